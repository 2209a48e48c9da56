using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Twinning.Features.Accounts;

/// <summary>
/// Checks the sign-in cookie against the database on every request, so that rights change on the next
/// request: the account must still exist, not be disabled, and carry the security stamp the cookie was
/// issued with (renewed by every change of rights and by signing out, so a copied cookie dies with the
/// session). The request then runs with the roles the database holds now, not the cookie's.
/// Identity's own validator works on an interval measured by the clock, which tests pin; this one
/// does not depend on time at all. The account and its roles are read in one query: this runs before
/// every page.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true) return;
        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        var userId = context.Principal.FindFirstValue(claims.UserIdClaimType);
        var stamp = context.Principal.FindFirstValue(claims.SecurityStampClaimType);

        var factory = (DisplayNameClaims)services.GetRequiredService<IUserClaimsPrincipalFactory<TwinningUser>>();
        var found = userId is null ? null : await factory.AccountAsync(userId, context.HttpContext.RequestAborted);

        if (found is not { } account || account.User.SecurityStamp is null || account.User.SecurityStamp != stamp || AccountChanges.IsDisabled(account.User))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        context.ReplacePrincipal(DisplayNameClaims.Principal(account.User, account.Roles, claims));
    }
}
