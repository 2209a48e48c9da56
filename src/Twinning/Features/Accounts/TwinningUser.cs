using Microsoft.AspNetCore.Identity;

namespace Twinning.Features.Accounts;

/// <summary>A person who signs in. What they may do is in <see cref="Membership"/> rows (and the Administrator role).</summary>
public sealed class TwinningUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public List<Membership> Memberships { get; set; } = [];
}
