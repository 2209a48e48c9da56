using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Programmes;

/// <summary>
/// Create or edit a programme with its intake of each year, one form and one save. A Contributor's
/// programme belongs to their organisation and waits for an Editor. When someone else saved the
/// programme meanwhile, both versions are shown side by side and nothing typed is lost.
/// </summary>
public sealed class EditProgrammeModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : PageModel, IActivityForm
{
    [BindProperty] public ProgrammeInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    /// <summary>Pressed "add a year": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddIntake { get; set; }

    public bool IsNew { get; private set; }
    public int? ProgrammeId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public ActivityChoices Choices { get; private set; } = null!;
    public ActivityCommonInput Common => Input;

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var programme = await FindOrStartAsync(id, partnership, ct);
        if (programme is null) return NotFound();
        if (!await MayEditAsync(programme, ct)) return Forbid();
        Input = ProgrammeInput.From(programme);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var programme = await FindOrStartAsync(id, partnership, ct);
        if (programme is null) return NotFound();
        if (!await MayEditAsync(programme, ct)) return Forbid();

        if (AddIntake)
        {
            Input.Intakes.Add(new IntakeInput());
            ModelState.Clear();
            return Page();
        }
        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || programme.Version != Input.Version))
            return ShowConflict(programme);
        Validate();
        if (!ModelState.IsValid) return Page();

        await SaveAsync(programme, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(programme.Id, ct))!);
        }
        return Redirect($"/activities/{programme.Id}");
    }

    /// <summary>The programme to edit, or a new one of the partnership named in the address; null when either is unknown.</summary>
    private async Task<Programme?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        ProgrammeId = id;
        var programme = IsNew ? new Programme { PartnershipId = partnershipId ?? 0, Status = ActivityStatus.Planned } : await LoadAsync(id!.Value, ct);
        if (programme is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programme.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ActivityChoices.LoadAsync(db, access, partnership, ct);
        // A Contributor's new programme is their organisation's from the start, so the Contributor rule applies to it.
        if (IsNew && Choices.OwnerOrganisationIds is { Count: > 0 } own) programme.OwnerOrganisationId = own[0];
        return programme;
    }

    private async Task<bool> MayEditAsync(Programme programme, CancellationToken ct)
    {
        if (!Choices.Allows(await permissions.CanEditAsync(programme, ct))) return false;
        Choices.MaySetPublic = await permissions.SavesAreApprovedAsync(programme, ct);
        return true;
    }

    /// <summary>What DataAnnotations cannot say: dates in order, the quota's minimum within its maximum, one row a year, choices that exist.</summary>
    private void Validate()
    {
        for (var i = 0; i < Input.Intakes.Count; i++)
            if (Input.Intakes[i] is { Remove: true } or { IsBlank: true })
                ActivityCommonInput.IgnoreRow(ModelState, $"Input.Intakes[{i}]");
        Input.ValidateCommon(ModelState, Choices, t);
        if (Input.AnnualQuotaMin is { } min && Input.AnnualQuotaMax is { } max && max < min)
            ModelState.AddModelError("Input.AnnualQuotaMax", t["Validation.MaxBelowMin", t["ProgrammeEdit.QuotaMax"], t["ProgrammeEdit.QuotaMin"]]);
        if (Input.ProviderId is { } provider && !Choices.HasOrganisation(provider))
            ModelState.AddModelError("Input.ProviderId", t["Validation.Unknown"]);
        if (Input.BeneficiaryId is { } beneficiary && !Choices.HasOrganisation(beneficiary))
            ModelState.AddModelError("Input.BeneficiaryId", t["Validation.Unknown"]);

        var seen = new HashSet<int>();
        for (var i = 0; i < Input.Intakes.Count; i++)
        {
            var row = Input.Intakes[i];
            if (row.Remove || row.IsBlank || row.Year is not { } year) continue;
            if (!seen.Add(year))
                ModelState.AddModelError($"Input.Intakes[{i}].Year", t["Validation.DuplicateYear", year]);
        }
    }

    /// <summary>Puts the form onto the programme and its intakes; nothing is written until the one SaveChanges.</summary>
    private async Task SaveAsync(Programme programme, CancellationToken ct)
    {
        Input.ApplyCommonTo(programme, await Choices.ChosenCommitmentsAsync(db, Input.CommitmentIds, ct), Choices);
        Input.ApplyTo(programme);
        await workflow.AfterEditAsync(programme, ct);
        if (IsNew) db.Programmes.Add(programme);

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
    }

    private IActionResult ShowConflict(Programme current)
    {
        var theirs = ProgrammeInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, Choices, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<Programme?> LoadAsync(int id, CancellationToken ct) =>
        db.Programmes.AsSplitQuery().Include(p => p.Commitments).Include(p => p.Intakes).FirstOrDefaultAsync(p => p.Id == id, ct);
}
