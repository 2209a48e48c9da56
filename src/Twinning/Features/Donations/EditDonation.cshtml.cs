using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Donations;

/// <summary>Create or edit a donation (a gift in kind).</summary>
public sealed class EditDonationModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : ActivityEditPage<Donation, DonationInput>(db, permissions, workflow, access, t)
{
    protected override Task<Donation?> LoadAsync(int id, CancellationToken ct) =>
        Db.Donations.Include(d => d.Commitments).FirstOrDefaultAsync(d => d.Id == id, ct);

    protected override IEnumerable<int?> LinkedOrganisations(Donation donation) => [donation.DonorId, donation.RecipientId];

    protected override DonationInput InputFrom(Donation donation) => DonationInput.From(donation);
    protected override void ApplyInputTo(Donation donation) => Input.ApplyTo(donation);
    protected override IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(DonationInput theirs) => Input.Compare(theirs, Choices, T);
    protected override void Replace(string field, DonationInput theirs) => Input.Replace(field, theirs);

    protected override void Validate()
    {
        if (Input.DonorId is { } donor && !Choices.HasOrganisation(donor))
            ModelState.AddModelError("Input.DonorId", T["Validation.Unknown"]);
        if (Input.RecipientId is { } recipient && !Choices.HasOrganisation(recipient))
            ModelState.AddModelError("Input.RecipientId", T["Validation.Unknown"]);
    }
}
