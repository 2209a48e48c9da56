using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Accounts;

/// <summary>A role in a partnership as an Administrator enters it: Editors need a side, Contributors an organisation.</summary>
public sealed class MembershipInput : IValidatableObject
{
    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Users.Partnership")]
    public int? PartnershipId { get; set; }

    [Display(Name = "Users.Role")]
    public PartnershipRole Role { get; set; } = PartnershipRole.Viewer;

    [RegularExpression("^[A-Z]{2}$", ErrorMessage = "Validation.Country"), Display(Name = "Field.Side")]
    public string? Side { get; set; }

    [Display(Name = "Field.Organisation")]
    public int? OrganisationId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Messages from Validate are not localised by the framework as attribute messages are.
        var t = validationContext.GetService(typeof(IStringLocalizer)) as IStringLocalizer;
        string Text(string key) => t?[key] ?? key;
        if (Role == PartnershipRole.Editor && string.IsNullOrEmpty(Side))
            yield return new ValidationResult(Text("Users.EditorNeedsSide"), [nameof(Side)]);
        if (Role == PartnershipRole.Contributor && OrganisationId is null)
            yield return new ValidationResult(Text("Users.ContributorNeedsOrganisation"), [nameof(OrganisationId)]);
    }

    public Membership ToMembership() => new()
    {
        PartnershipId = PartnershipId!.Value, Role = Role,
        Side = Role == PartnershipRole.Editor ? Side : null,
        OrganisationId = Role == PartnershipRole.Contributor ? OrganisationId : null,
    };
}
