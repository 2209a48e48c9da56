using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Partnerships;

/// <summary>Administrators add and rename partnerships: a deployment can hold a city's whole portfolio.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditPartnershipModel(TwinningDb db, IStringLocalizer t) : PageModel
{
    [BindProperty] public PartnershipInput Input { get; set; } = new();
    [BindProperty] public string? Take { get; set; }
    public bool IsNew { get; private set; }
    public EditConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var partnership = id is null ? new Partnership() : await db.Partnerships.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partnership is null) return NotFound();
        IsNew = id is null;
        Input = PartnershipInput.From(partnership);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        var partnership = IsNew ? new Partnership() : await db.Partnerships.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (partnership is null) return NotFound();
        // "Use the saved value" (Take) always re-shows the conflict; it never saves.
        if (!IsNew && (partnership.Version != Input.Version || Take is not null)) return ShowConflict(partnership);
        if (!ModelState.IsValid) return Page();
        Input.ApplyTo(partnership);
        partnership.State = RecordState.Approved; // only Administrators come here
        if (IsNew) db.Partnerships.Add(partnership);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ShowConflict(await db.Partnerships.FirstAsync(p => p.Id == partnership.Id, ct));
        }
        return Redirect($"/partnerships/{partnership.Id}");
    }

    private IActionResult ShowConflict(Partnership current)
    {
        var theirs = PartnershipInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, t), current.UpdatedById, current.UpdatedAt);
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }
}

public sealed class PartnershipInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Partnership.NameVi")]
    public string NameVi { get; set; } = "";
    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Partnership.NameEn")] public string? NameEn { get; set; }
    [Required(ErrorMessage = "Validation.Required"), StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Partnership.CityA")]
    public string CityAVi { get; set; } = "";
    [StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Partnership.CityAEn")] public string? CityAEn { get; set; }
    [Required(ErrorMessage = "Validation.Required"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Validation.Country"), Display(Name = "Partnership.CountryA")]
    public string CityACountry { get; set; } = "VN";
    [Required(ErrorMessage = "Validation.Required"), StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Partnership.CityB")]
    public string CityBVi { get; set; } = "";
    [StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Partnership.CityBEn")] public string? CityBEn { get; set; }
    [Required(ErrorMessage = "Validation.Required"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Validation.Country"), Display(Name = "Partnership.CountryB")]
    public string CityBCountry { get; set; } = "";
    [Display(Name = "Partnership.Since")] public DateOnly? Since { get; set; }
    [Display(Name = "Field.Status")] public PartnershipStatus Status { get; set; } = PartnershipStatus.Active;
    public int Version { get; set; }

    public static PartnershipInput From(Partnership p) => new()
    {
        NameVi = p.Name.Vi ?? "", NameEn = p.Name.En, CityAVi = p.CityAName.Vi ?? "", CityAEn = p.CityAName.En, CityACountry = p.CityACountry is { Length: 2 } a ? a : "VN",
        CityBVi = p.CityBName.Vi ?? "", CityBEn = p.CityBName.En, CityBCountry = p.CityBCountry, Since = p.Since, Status = p.Status, Version = p.Version,
    };

    public void ApplyTo(Partnership p)
    {
        p.Name.Vi = NameVi.Trim().Normalize(System.Text.NormalizationForm.FormC);
        p.Name.En = NameEn?.Trim();
        p.CityAName.Vi = CityAVi.Trim().Normalize(System.Text.NormalizationForm.FormC);
        p.CityAName.En = CityAEn?.Trim();
        p.CityACountry = CityACountry;
        p.CityBName.Vi = CityBVi.Trim().Normalize(System.Text.NormalizationForm.FormC);
        p.CityBName.En = CityBEn?.Trim();
        p.CityBCountry = CityBCountry;
        p.Since = Since;
        p.Status = Status;
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(PartnershipInput theirs, IStringLocalizer t) =>
        typeof(PartnershipInput).GetProperties().Where(p => p.Name != nameof(Version))
            .Select(p => (p.Name, t[$"Partnership.Field.{p.Name}"].Value, p.GetValue(this)?.ToString(), p.GetValue(theirs)?.ToString()));

    public void Replace(string field, PartnershipInput theirs) => Editing.FormText.TakeField(this, theirs, field);
}
