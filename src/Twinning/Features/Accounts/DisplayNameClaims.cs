using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Twinning.Features.Accounts;

/// <summary>Puts the person's display name in the sign-in cookie, so the header greets them by name, not by email.</summary>
public sealed class DisplayNameClaims(UserManager<TwinningUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<TwinningUser, IdentityRole>(users, roles, options)
{
    public const string Type = "twinning:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(TwinningUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim(Type, user.DisplayName));
        return identity;
    }
}
