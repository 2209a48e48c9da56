using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Projects;

/// <summary>Create or edit a project with its milestones, one form and one save.</summary>
public sealed class EditProjectModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : ActivityEditPage<Project, ProjectInput>(db, permissions, workflow, access, t)
{
    /// <summary>Pressed "add a milestone": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddMilestone { get; set; }

    protected override Task<Project?> LoadAsync(int id, CancellationToken ct) =>
        Db.Projects.AsSplitQuery().Include(p => p.Commitments).Include(p => p.Milestones).FirstOrDefaultAsync(p => p.Id == id, ct);

    protected override IEnumerable<int?> LinkedOrganisations(Project project) => [project.FunderId, project.RecipientId];

    protected override ProjectInput InputFrom(Project project) => ProjectInput.From(project);
    protected override void ApplyInputTo(Project project) => Input.ApplyTo(project);
    protected override IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(ProjectInput theirs) => Input.Compare(theirs, Choices, T);
    protected override void Replace(string field, ProjectInput theirs) => Input.Replace(field, theirs);

    protected override bool AddRow()
    {
        if (!AddMilestone) return false;
        Input.Milestones.RemoveAll(m => m.Remove && m.Id == 0);
        Input.Milestones.Add(new MilestoneInput());
        return true;
    }

    /// <summary>What DataAnnotations cannot say: dates in order, an ISO 4217 currency with any amount, choices that exist.</summary>
    protected override void Validate()
    {
        for (var i = 0; i < Input.Milestones.Count; i++)
            if (Input.Milestones[i] is { Remove: true } or { IsBlank: true })
                ActivityCommonInput.IgnoreRow(ModelState, $"Input.Milestones[{i}]");
        ActivityCommonInput.ValidateOrder(ModelState, T, Input.PlannedStart, Input.PlannedEnd, nameof(Input.PlannedEnd), "ProjectEdit.PlannedEnd", "ProjectEdit.PlannedStart");
        ActivityCommonInput.ValidateOrder(ModelState, T, Input.ActualStart, Input.ActualEnd, nameof(Input.ActualEnd), "ProjectEdit.ActualEnd", "ProjectEdit.ActualStart");

        if (Input.CurrencyCode is { } currency && !Currencies.IsIso4217(currency))
            ModelState.AddModelError("Input.BudgetCurrency", T["Validation.Currency", T["ProjectEdit.BudgetCurrency"]]);
        else if (Input.BudgetAmount is not null && Input.CurrencyCode is null)
            ModelState.AddModelError("Input.BudgetCurrency", T["Validation.Required", T["ProjectEdit.BudgetCurrency"]]);

        if (Input.FunderId is { } funder && !Choices.HasOrganisation(funder))
            ModelState.AddModelError("Input.FunderId", T["Validation.Unknown"]);
        if (Input.RecipientId is { } recipient && !Choices.HasOrganisation(recipient))
            ModelState.AddModelError("Input.RecipientId", T["Validation.Unknown"]);
    }

    protected override Task SavePartsAsync(Project project, CancellationToken ct)
    {
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
        return Task.CompletedTask;
    }
}
