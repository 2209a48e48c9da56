using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Twinning.Features.Accounts;

namespace Twinning.Web.Localization;

/// <summary>
/// POST /culture: the language switch in the page header. Remembers the choice in a cookie and, for a
/// signed-in person, in their profile, which the next sign-in (on any browser) applies again.
/// </summary>
public static class CultureSwitch
{
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/culture", async ([FromForm] string language, [FromForm] string? returnUrl, HttpContext context, UiTextCatalog catalog, UserManager<TwinningUser> users) =>
        {
            if (!catalog.Languages.ContainsKey(language))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Unknown language '{language}'.");
            Remember(context, language);
            if (context.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(context.User) is { } user && user.PreferredCulture != language)
            {
                user.PreferredCulture = language;
                await users.UpdateAsync(user);
            }
            // Only a local path may be returned to: the form's value is attacker-controllable.
            return Results.LocalRedirect(ReturnUrls.LocalOrHome(returnUrl));
        }).AllowAnonymous(); // the sign-in page has the switch too
        return endpoints;
    }

    /// <summary>Sets the culture cookie that <see cref="CookieRequestCultureProvider"/> reads on the next requests.</summary>
    public static void Remember(HttpContext context, string language) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            // Max-Age, not Expires: a year from when the browser receives it, whatever the server's clock says.
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(LocalizationSetup.CultureFor(language))),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
}
