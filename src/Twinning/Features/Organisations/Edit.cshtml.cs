using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Organisations;

/// <summary>Create or edit an organisation, with the same conflict handling as every record form.</summary>
public sealed class EditOrganisationModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t)
    : RecordEditPage<Organisation, OrganisationInput>(db, permissions, workflow, t)
{
    /// <summary>The bodies the user may read, and the stored parent whatever its state (<see cref="RecordOptions"/>).</summary>
    public List<RecordOption> Parents { get; private set; } = [];

    protected override async Task<Organisation?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct)
    {
        var organisation = IsNew ? new Organisation() : await Db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        // Any organisation but itself may be the parent (deeper cycles are rare enough to leave to review).
        if (organisation is not null)
            Parents = (await RecordOptions.OrganisationsAsync(Db, await Permissions.ReadFilterAsync(ct), [organisation.ParentId], ct))
                .Where(o => o.Id != id).BySideThenVietnameseName();
        return organisation;
    }

    protected override OrganisationInput InputFrom(Organisation organisation) => OrganisationInput.From(organisation);
    protected override string SavedUrl(Organisation organisation) => $"/organisations/{organisation.Id}";

    protected override void Validate(Organisation organisation)
    {
        if (Input.ParentId is { } parent && (parent == organisation.Id || Parents.All(p => p.Id != parent)))
            ModelState.AddModelError("Input.ParentId", T["Organisation.BadParent"]);
    }
}
