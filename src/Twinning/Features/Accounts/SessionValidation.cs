using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Twinning.Features.Accounts;

/// <summary>
/// Checks the sign-in cookie against the database on every request, so that rights change on the next
/// request: the account must still exist, not be disabled, and carry the security stamp the cookie was
/// issued with (renewed by every change of rights and by signing out, so a copied cookie dies with the
/// session). The request then runs with the roles the database holds now, not the cookie's.
/// Identity's own validator works on an interval measured by the clock, which tests pin; this one
/// does not depend on time at all.
/// </summary>
public static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal?.Identity?.IsAuthenticated != true) return;
        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<TwinningUser>>();
        var user = await signIn.ValidateSecurityStampAsync(context.Principal);
        if (user is null || AccountChanges.IsDisabled(user))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user));
    }
}
