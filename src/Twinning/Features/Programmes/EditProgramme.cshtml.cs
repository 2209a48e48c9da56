using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Programmes;

/// <summary>Create or edit a programme with its intake of each year, one form and one save.</summary>
public sealed class EditProgrammeModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : ActivityEditPage<Programme, ProgrammeInput>(db, permissions, workflow, access, t)
{
    /// <summary>Pressed "add a year": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddIntake { get; set; }

    protected override Task<Programme?> LoadAsync(int id, CancellationToken ct) =>
        Db.Programmes.AsSplitQuery().Include(p => p.Commitments).Include(p => p.Intakes).FirstOrDefaultAsync(p => p.Id == id, ct);

    protected override IEnumerable<int?> LinkedOrganisations(Programme programme) => [programme.ProviderId, programme.BeneficiaryId];

    protected override ProgrammeInput InputFrom(Programme programme) => ProgrammeInput.From(programme);
    protected override void ApplyInputTo(Programme programme) => Input.ApplyTo(programme);
    protected override IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(ProgrammeInput theirs) => Input.Compare(theirs, Choices, T);
    protected override void Replace(string field, ProgrammeInput theirs) => Input.Replace(field, theirs);

    protected override bool AddRow()
    {
        if (!AddIntake) return false;
        Input.Intakes.Add(new IntakeInput());
        return true;
    }

    /// <summary>What DataAnnotations cannot say: the quota's minimum within its maximum, one row a year, choices that exist.</summary>
    protected override void Validate()
    {
        for (var i = 0; i < Input.Intakes.Count; i++)
            if (Input.Intakes[i] is { Remove: true } or { IsBlank: true })
                ActivityCommonInput.IgnoreRow(ModelState, $"Input.Intakes[{i}]");
        if (Input.AnnualQuotaMin is { } min && Input.AnnualQuotaMax is { } max && max < min)
            ModelState.AddModelError("Input.AnnualQuotaMax", T["Validation.MaxBelowMin", T["ProgrammeEdit.QuotaMax"], T["ProgrammeEdit.QuotaMin"]]);
        if (Input.ProviderId is { } provider && !Choices.HasOrganisation(provider))
            ModelState.AddModelError("Input.ProviderId", T["Validation.Unknown"]);
        if (Input.BeneficiaryId is { } beneficiary && !Choices.HasOrganisation(beneficiary))
            ModelState.AddModelError("Input.BeneficiaryId", T["Validation.Unknown"]);

        var seen = new HashSet<int>();
        for (var i = 0; i < Input.Intakes.Count; i++)
        {
            var row = Input.Intakes[i];
            if (row.Remove || row.IsBlank || row.Year is not { } year) continue;
            if (!seen.Add(year))
                ModelState.AddModelError($"Input.Intakes[{i}].Year", T["Validation.DuplicateYear", year]);
        }
    }

    protected override Task SavePartsAsync(Programme programme, CancellationToken ct)
    {
        // One intake a year: a year's stored intake is updated in place, years no longer listed are deleted.
        var wanted = Input.KeptIntakes().ToDictionary(i => i.Year!.Value, i => i.Count!.Value);
        foreach (var gone in programme.Intakes.Where(i => !wanted.ContainsKey(i.Year)).ToList())
            programme.Intakes.Remove(gone);
        foreach (var (year, count) in wanted)
        {
            var intake = programme.Intakes.FirstOrDefault(i => i.Year == year);
            if (intake is null) programme.Intakes.Add(new Intake { Year = year, Count = count });
            else intake.Count = count;
        }
        return Task.CompletedTask;
    }
}
