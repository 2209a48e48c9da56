using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Twinning.Data;

namespace Twinning.Features.Accounts;

/// <summary>
/// The claims of a signed-in person: Identity's own (id, user name, email, security stamp, roles) plus the
/// display name, so the header greets them by name, not by email. Built here rather than by Identity's
/// factory because that one asks the stores one query per part (user claims, roles, each role's claims),
/// and this principal is rebuilt on every request (<see cref="SessionValidation"/>): the app keeps no user
/// or role claims, so the roles are all there is to read, in one query.
/// </summary>
public sealed class DisplayNameClaims(UserManager<TwinningUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, TwinningDb db)
    : UserClaimsPrincipalFactory<TwinningUser, IdentityRole>(users, roles, options)
{
    public const string Type = "twinning:display_name";

    public override async Task<ClaimsPrincipal> CreateAsync(TwinningUser user) =>
        Principal(user, (await AccountAsync(user.Id, default))?.Roles ?? [], Options.ClaimsIdentity);

    /// <summary>An account and the names of its roles, in one query (null: no such account).</summary>
    public async Task<(TwinningUser User, List<string> Roles)?> AccountAsync(string userId, CancellationToken ct)
    {
        var found = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { User = u, Roles = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name!).ToList() })
            .SingleOrDefaultAsync(ct);
        return found is null ? null : (found.User, found.Roles);
    }

    /// <summary>The principal Identity's factory would build for these roles, with the display name.</summary>
    public static ClaimsPrincipal Principal(TwinningUser user, IEnumerable<string> roles, ClaimsIdentityOptions claims)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, claims.UserNameClaimType, claims.RoleClaimType);
        identity.AddClaim(new Claim(claims.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(claims.UserNameClaimType, user.UserName ?? ""));
        if (user.Email is { } email) identity.AddClaim(new Claim(claims.EmailClaimType, email));
        if (user.SecurityStamp is { } stamp) identity.AddClaim(new Claim(claims.SecurityStampClaimType, stamp));
        foreach (var role in roles) identity.AddClaim(new Claim(claims.RoleClaimType, role));
        if (!string.IsNullOrWhiteSpace(user.DisplayName)) identity.AddClaim(new Claim(Type, user.DisplayName));
        return new ClaimsPrincipal(identity);
    }
}
