using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Organisations;

/// <summary>The organisation form: names in three languages, abbreviation, kind, side, city and parent body.</summary>
public sealed class OrganisationInput : Editing.IRecordInput<Organisation, OrganisationInput>
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.vi")]
    public string NameVi { get; set; } = "";

    [StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.en")]
    public string? NameEn { get; set; }

    [StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "Language.Name.lo")]
    public string? NameLo { get; set; }

    [StringLength(40, ErrorMessage = "Validation.Length"), Display(Name = "Organisation.Abbreviation")]
    public string? Abbreviation { get; set; }

    [Display(Name = "Field.Kind")]
    public OrganisationKind Kind { get; set; } = OrganisationKind.Department;

    [Required(ErrorMessage = "Validation.Required"), RegularExpression("^[A-Z]{2}$", ErrorMessage = "Validation.Country"), Display(Name = "Field.Side")]
    public string Country { get; set; } = "VN";

    [StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Organisation.City")]
    public string? City { get; set; }

    [Display(Name = "Organisation.Parent")]
    public int? ParentId { get; set; }

    public int Version { get; set; }

    public static OrganisationInput From(Organisation o) => new()
    {
        NameVi = o.Name.Vi ?? "", NameEn = o.Name.En, NameLo = o.Name.Lo, Abbreviation = o.Abbreviation, Kind = o.Kind,
        Country = o.Country, City = o.City, ParentId = o.ParentId, Version = o.Version,
    };

    public void ApplyTo(Organisation o)
    {
        o.Name.Vi = Editing.FormText.Clean(NameVi);
        o.Name.En = Editing.FormText.Clean(NameEn);
        o.Name.Lo = Editing.FormText.Clean(NameLo);
        o.Abbreviation = Editing.FormText.Clean(Abbreviation);
        o.Kind = Kind;
        o.Country = Country;
        o.City = Editing.FormText.Clean(City);
        o.ParentId = ParentId;
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(OrganisationInput theirs, IStringLocalizer t) =>
    [
        (nameof(NameVi), t["Language.Name.vi"], NameVi, theirs.NameVi),
        (nameof(NameEn), t["Language.Name.en"], NameEn, theirs.NameEn),
        (nameof(NameLo), t["Language.Name.lo"], NameLo, theirs.NameLo),
        (nameof(Abbreviation), t["Organisation.Abbreviation"], Abbreviation, theirs.Abbreviation),
        (nameof(Kind), t["Field.Kind"], Kind.ToString(), theirs.Kind.ToString()),
        (nameof(Country), t["Field.Side"], Country, theirs.Country),
        (nameof(City), t["Organisation.City"], City, theirs.City),
        (nameof(ParentId), t["Organisation.Parent"], ParentId?.ToString(), theirs.ParentId?.ToString()),
    ];

    public void Replace(string field, OrganisationInput theirs) => Editing.FormText.TakeField(this, theirs, field);

}
