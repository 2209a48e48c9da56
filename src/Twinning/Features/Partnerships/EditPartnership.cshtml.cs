using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Partnerships;

/// <summary>
/// Administrators add partnerships (a deployment can hold a city's whole portfolio); a partnership's own
/// Editors may correct its details too (<see cref="RecordPermissions"/>: a new one has no Editors yet).
/// </summary>
public sealed class EditPartnershipModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t)
    : RecordEditPage<Partnership, PartnershipInput>(db, permissions, workflow, t)
{
    protected override async Task<Partnership?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct) =>
        IsNew ? new Partnership() : await Db.Partnerships.FirstOrDefaultAsync(p => p.Id == id, ct);

    protected override PartnershipInput InputFrom(Partnership partnership) => PartnershipInput.From(partnership);
    protected override string SavedUrl(Partnership partnership) => $"/partnerships/{partnership.Id}";
}

public sealed class PartnershipInput : IRecordInput<Partnership, PartnershipInput>
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
