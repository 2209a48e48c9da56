using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Organisations;

/// <summary>Create or edit an organisation, with the same conflict handling as every record form.</summary>
public sealed class EditOrganisationModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t) : PageModel
{
    [BindProperty] public OrganisationInput Input { get; set; } = new();
    [BindProperty] public string? Take { get; set; }

    public bool IsNew { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public List<Organisation> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var organisation = id is null ? new Organisation() : await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        if (!await permissions.CanEditAsync(organisation, ct)) return Forbid();
        IsNew = id is null;
        Input = OrganisationInput.From(organisation);
        await LoadParentsAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        var organisation = IsNew ? new Organisation() : await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        if (!await permissions.CanEditAsync(organisation, ct)) return Forbid();
        await LoadParentsAsync(id, ct);

        // "Use the saved value" (Take) always re-shows the conflict; it never saves.
        if (!IsNew && (organisation.Version != Input.Version || Take is not null)) return ShowConflict(organisation);
        if (Input.ParentId is { } parent && (parent == id || Parents.All(p => p.Id != parent)))
            ModelState.AddModelError("Input.ParentId", t["Organisation.BadParent"]);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(organisation);
        await workflow.AfterEditAsync(organisation, ct);
        if (IsNew) db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ShowConflict((await db.Organisations.FirstAsync(o => o.Id == organisation.Id, ct)));
        }
        return Redirect($"/organisations/{organisation.Id}");
    }

    private IActionResult ShowConflict(Organisation current)
    {
        var theirs = OrganisationInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, t), current.UpdatedById, current.UpdatedAt);
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    /// <summary>Any organisation but itself may be the parent (deeper cycles are rare enough to leave to review).</summary>
    private async Task LoadParentsAsync(int? id, CancellationToken ct) =>
        Parents = await db.Organisations.AsNoTracking().Where(o => o.Id != id).OrderBy(o => o.Country).ThenBy(o => o.Name.Vi).ToListAsync(ct);
}
