using Microsoft.AspNetCore.Identity;

namespace Twinning.Features.Accounts;

/// <summary>A person who signs in. What they may do is in <see cref="Membership"/> rows (and the Administrator role).</summary>
public sealed class TwinningUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>The UI language the person last chose with the switch ("vi", "en", "lo"); applied at each sign-in.</summary>
    public string? PreferredCulture { get; set; }
    public List<Membership> Memberships { get; set; } = [];
}
