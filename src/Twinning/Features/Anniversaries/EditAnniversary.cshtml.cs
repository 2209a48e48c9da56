using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Anniversaries;

/// <summary>Add or correct a date the two sides celebrate; its round-number milestones are computed from it.</summary>
public sealed class EditAnniversaryModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t)
    : RecordEditPage<Anniversary, AnniversaryInput>(db, permissions, workflow, t)
{
    protected override async Task<Anniversary?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct)
    {
        var anniversary = IsNew ? new Anniversary { PartnershipId = partnership ?? 0 } : await Db.Anniversaries.FirstOrDefaultAsync(a => a.Id == id, ct);
        return anniversary is not null && await Db.Partnerships.AnyAsync(p => p.Id == anniversary.PartnershipId, ct) ? anniversary : null;
    }

    protected override AnniversaryInput InputFrom(Anniversary anniversary) => AnniversaryInput.From(anniversary);
    protected override string SavedUrl(Anniversary anniversary) => $"/partnerships/{anniversary.PartnershipId}";
}

public sealed class AnniversaryInput : IRecordInput<Anniversary, AnniversaryInput>
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
