using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Projects;

/// <summary>
/// Create or edit a project with its milestones, one form and one save. A Contributor's project belongs
/// to their organisation and waits for an Editor. When someone else saved the project meanwhile, both
/// versions are shown side by side and nothing typed is lost.
/// </summary>
public sealed class EditProjectModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : PageModel, IActivityForm
{
    [BindProperty] public ProjectInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    /// <summary>Pressed "add a milestone": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddMilestone { get; set; }

    public bool IsNew { get; private set; }
    public int? ProjectId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public ActivityChoices Choices { get; private set; } = null!;
    public ActivityCommonInput Common => Input;

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var project = await FindOrStartAsync(id, partnership, ct);
        if (project is null) return NotFound();
        if (!await MayEditAsync(project, ct)) return Forbid();
        Input = ProjectInput.From(project);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var project = await FindOrStartAsync(id, partnership, ct);
        if (project is null) return NotFound();
        if (!await MayEditAsync(project, ct)) return Forbid();

        if (AddMilestone)
        {
            Input.Milestones.RemoveAll(m => m.Remove && m.Id == 0);
            Input.Milestones.Add(new MilestoneInput());
            ModelState.Clear();
            return Page();
        }
        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || project.Version != Input.Version))
            return ShowConflict(project);
        Validate();
        if (!ModelState.IsValid) return Page();

        await SaveAsync(project, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(project.Id, ct))!);
        }
        return Redirect($"/activities/{project.Id}");
    }

    /// <summary>The project to edit, or a new one of the partnership named in the address; null when either is unknown.</summary>
    private async Task<Project?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        ProjectId = id;
        var project = IsNew ? new Project { PartnershipId = partnershipId ?? 0, Status = ActivityStatus.Planned } : await LoadAsync(id!.Value, ct);
        if (project is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == project.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ActivityChoices.LoadAsync(db, access, partnership, ct);
        // A Contributor's new project is their organisation's from the start, so the Contributor rule applies to it.
        if (IsNew && Choices.OwnerOrganisationIds is { Count: > 0 } own) project.OwnerOrganisationId = own[0];
        return project;
    }

    private async Task<bool> MayEditAsync(Project project, CancellationToken ct)
    {
        if (!Choices.Allows(await permissions.CanEditAsync(project, ct))) return false;
        Choices.MaySetPublic = await permissions.SavesAreApprovedAsync(project, ct);
        return true;
    }

    /// <summary>What DataAnnotations cannot say: dates in order, an ISO 4217 currency with any amount, choices that exist.</summary>
    private void Validate()
    {
        for (var i = 0; i < Input.Milestones.Count; i++)
            if (Input.Milestones[i] is { Remove: true } or { IsBlank: true })
                ActivityCommonInput.IgnoreRow(ModelState, $"Input.Milestones[{i}]");
        Input.ValidateCommon(ModelState, Choices, t);
        ActivityCommonInput.ValidateOrder(ModelState, t, Input.PlannedStart, Input.PlannedEnd, nameof(Input.PlannedEnd), "ProjectEdit.PlannedEnd", "ProjectEdit.PlannedStart");
        ActivityCommonInput.ValidateOrder(ModelState, t, Input.ActualStart, Input.ActualEnd, nameof(Input.ActualEnd), "ProjectEdit.ActualEnd", "ProjectEdit.ActualStart");

        if (Input.CurrencyCode is { } currency && !Currencies.IsIso4217(currency))
            ModelState.AddModelError("Input.BudgetCurrency", t["Validation.Currency", t["ProjectEdit.BudgetCurrency"]]);
        else if (Input.BudgetAmount is not null && Input.CurrencyCode is null)
            ModelState.AddModelError("Input.BudgetCurrency", t["Validation.Required", t["ProjectEdit.BudgetCurrency"]]);

        if (Input.FunderId is { } funder && !Choices.HasOrganisation(funder))
            ModelState.AddModelError("Input.FunderId", t["Validation.Unknown"]);
        if (Input.RecipientId is { } recipient && !Choices.HasOrganisation(recipient))
            ModelState.AddModelError("Input.RecipientId", t["Validation.Unknown"]);
    }

    /// <summary>Puts the form onto the project and its milestones; nothing is written until the one SaveChanges.</summary>
    private async Task SaveAsync(Project project, CancellationToken ct)
    {
        Input.ApplyCommonTo(project, await Choices.ChosenCommitmentsAsync(db, Input.CommitmentIds, ct), Choices);
        Input.ApplyTo(project);
        await workflow.AfterEditAsync(project, ct);
        if (IsNew) db.Projects.Add(project);

        var existing = project.Milestones.ToList();
        var kept = new HashSet<int>();
        foreach (var row in Input.KeptMilestones())
        {
            // Only milestones of this project can be edited through its form; an unknown id is a new milestone.
            var milestone = existing.FirstOrDefault(m => m.Id == row.Id && row.Id != 0 && !kept.Contains(m.Id));
            if (milestone is null)
            {
                milestone = new Milestone();
                project.Milestones.Add(milestone);
            }
            else kept.Add(milestone.Id);
            row.ApplyTo(milestone);
        }
        foreach (var gone in existing.Where(m => !kept.Contains(m.Id)))
            project.Milestones.Remove(gone); // a part of the project: deleted with the save (cascade)
    }

    private IActionResult ShowConflict(Project current)
    {
        var theirs = ProjectInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, Choices, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<Project?> LoadAsync(int id, CancellationToken ct) =>
        db.Projects.AsSplitQuery().Include(p => p.Commitments).Include(p => p.Milestones).FirstOrDefaultAsync(p => p.Id == id, ct);
}
