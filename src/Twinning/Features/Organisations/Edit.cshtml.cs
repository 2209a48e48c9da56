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
    public List<Organisation> Parents { get; private set; } = [];

    protected override async Task<Organisation?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct)
    {
        var organisation = IsNew ? new Organisation() : await Db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        // Any organisation but itself may be the parent (deeper cycles are rare enough to leave to review).
        if (organisation is not null)
            Parents = await Db.Organisations.AsNoTracking().Where(o => o.Id != id).OrderBy(o => o.Country).ThenBy(o => o.Name.Vi).ToListAsync(ct);
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
