using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Donations;

/// <summary>
/// Create or edit a donation (a gift in kind). A Contributor's donation belongs to their organisation
/// and waits for an Editor. When someone else saved the donation meanwhile, both versions are shown
/// side by side and nothing typed is lost.
/// </summary>
public sealed class EditDonationModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : PageModel, IActivityForm
{
    [BindProperty] public DonationInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    public bool IsNew { get; private set; }
    public int? DonationId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public ActivityChoices Choices { get; private set; } = null!;
    public ActivityCommonInput Common => Input;

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var donation = await FindOrStartAsync(id, partnership, ct);
        if (donation is null) return NotFound();
        if (!await MayEditAsync(donation, ct)) return Forbid();
        Input = DonationInput.From(donation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var donation = await FindOrStartAsync(id, partnership, ct);
        if (donation is null) return NotFound();
        if (!await MayEditAsync(donation, ct)) return Forbid();

        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || donation.Version != Input.Version))
            return ShowConflict(donation);
        Input.ValidateCommon(ModelState, Choices, t);
        if (Input.DonorId is { } donor && !Choices.HasOrganisation(donor))
            ModelState.AddModelError("Input.DonorId", t["Validation.Unknown"]);
        if (Input.RecipientId is { } recipient && !Choices.HasOrganisation(recipient))
            ModelState.AddModelError("Input.RecipientId", t["Validation.Unknown"]);
        if (!ModelState.IsValid) return Page();

        Input.ApplyCommonTo(donation, await Choices.ChosenCommitmentsAsync(db, Input.CommitmentIds, ct), Choices);
        Input.ApplyTo(donation);
        await workflow.AfterEditAsync(donation, ct);
        if (IsNew) db.Donations.Add(donation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(donation.Id, ct))!);
        }
        return Redirect($"/activities/{donation.Id}");
    }

    /// <summary>The donation to edit, or a new one of the partnership named in the address; null when either is unknown.</summary>
    private async Task<Donation?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        DonationId = id;
        var donation = IsNew ? new Donation { PartnershipId = partnershipId ?? 0, Status = ActivityStatus.Planned } : await LoadAsync(id!.Value, ct);
        if (donation is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == donation.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ActivityChoices.LoadAsync(db, access, partnership, ct);
        // A Contributor's new donation is their organisation's from the start, so the Contributor rule applies to it.
        if (IsNew && Choices.OwnerOrganisationIds is { Count: > 0 } own) donation.OwnerOrganisationId = own[0];
        return donation;
    }

    private async Task<bool> MayEditAsync(Donation donation, CancellationToken ct)
    {
        if (!Choices.Allows(await permissions.CanEditAsync(donation, ct))) return false;
        Choices.MaySetPublic = await permissions.SavesAreApprovedAsync(donation, ct);
        return true;
    }

    private IActionResult ShowConflict(Donation current)
    {
        var theirs = DonationInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, Choices, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<Donation?> LoadAsync(int id, CancellationToken ct) =>
        db.Donations.Include(d => d.Commitments).FirstOrDefaultAsync(d => d.Id == id, ct);
}
