using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Anniversaries;

/// <summary>Add or correct a date the two sides celebrate; its round-number milestones are computed from it.</summary>
public sealed class EditAnniversaryModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t) : PageModel
{
    [BindProperty] public AnniversaryInput Input { get; set; } = new();
    [BindProperty] public string? Take { get; set; }
    public bool IsNew { get; private set; }
    public EditConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var anniversary = await FindOrStartAsync(id, partnership, ct);
        if (anniversary is null) return NotFound();
        if (!await permissions.CanEditAsync(anniversary, ct)) return Forbid();
        Input = AnniversaryInput.From(anniversary);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var anniversary = await FindOrStartAsync(id, partnership, ct);
        if (anniversary is null) return NotFound();
        if (!await permissions.CanEditAsync(anniversary, ct)) return Forbid();
        if (!IsNew && (anniversary.Version != Input.Version || Take is not null)) return ShowConflict(anniversary);
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(anniversary);
        await workflow.AfterEditAsync(anniversary, ct);
        if (IsNew) db.Anniversaries.Add(anniversary);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ShowConflict(await db.Anniversaries.FirstAsync(a => a.Id == anniversary.Id, ct));
        }
        return Redirect($"/partnerships/{anniversary.PartnershipId}");
    }

    private async Task<Anniversary?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        var anniversary = IsNew ? new Anniversary { PartnershipId = partnershipId ?? 0 } : await db.Anniversaries.FirstOrDefaultAsync(a => a.Id == id, ct);
        return anniversary is not null && await db.Partnerships.AnyAsync(p => p.Id == anniversary.PartnershipId, ct) ? anniversary : null;
    }

    private IActionResult ShowConflict(Anniversary current)
    {
        var theirs = AnniversaryInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, t), current.UpdatedById, current.UpdatedAt);
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }
}

public sealed class AnniversaryInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.vi")]
    public string NameVi { get; set; } = "";
    [StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.en")] public string? NameEn { get; set; }
    [StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.lo")] public string? NameLo { get; set; }
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Anniversary.BaseDate")] public DateOnly? BaseDate { get; set; }
    public int Version { get; set; }

    public static AnniversaryInput From(Anniversary a) => new()
    {
        NameVi = a.Name.Vi ?? "", NameEn = a.Name.En, NameLo = a.Name.Lo, BaseDate = a.Id == 0 ? null : a.BaseDate, Version = a.Version,
    };

    public void ApplyTo(Anniversary a)
    {
        a.Name.Vi = NameVi.Trim().Normalize(System.Text.NormalizationForm.FormC);
        a.Name.En = string.IsNullOrWhiteSpace(NameEn) ? null : NameEn.Trim();
        a.Name.Lo = string.IsNullOrWhiteSpace(NameLo) ? null : NameLo.Trim().Normalize(System.Text.NormalizationForm.FormC);
        a.BaseDate = BaseDate!.Value;
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(AnniversaryInput theirs, IStringLocalizer t) =>
    [
        (nameof(NameVi), t["Language.Name.vi"], NameVi, theirs.NameVi),
        (nameof(NameEn), t["Language.Name.en"], NameEn, theirs.NameEn),
        (nameof(NameLo), t["Language.Name.lo"], NameLo, theirs.NameLo),
        (nameof(BaseDate), t["Anniversary.BaseDate"], BaseDate?.ToString("yyyy-MM-dd"), theirs.BaseDate?.ToString("yyyy-MM-dd")),
    ];

    public void Replace(string field, AnniversaryInput theirs) => Editing.FormText.TakeField(this, theirs, field);
}
