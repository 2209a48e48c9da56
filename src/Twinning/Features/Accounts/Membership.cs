using Twinning.Features.Organisations;

namespace Twinning.Features.Accounts;

/// <summary>
/// A user's role in one partnership. Roles are scoped, which Identity's global roles cannot express:
/// an Editor acts for one side (a country code), a Contributor for one organisation.
/// </summary>
public sealed class Membership
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public int PartnershipId { get; set; }
    public PartnershipRole Role { get; set; }

    /// <summary>For Editors: the side they act for (VN, LA…).</summary>
    public string? Side { get; set; }

    /// <summary>For Contributors: the organisation whose activities they keep.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

public enum PartnershipRole
{
    Viewer,
    Contributor,
    Editor,
}

/// <summary>The one global role; everything else is a <see cref="Membership"/>.</summary>
public static class GlobalRoles
{
    public const string Administrator = "Administrator";
}
