using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Twinning.Web.Localization;

/// <summary>POST /culture: the language switch in the page header. Remembers the choice in a cookie.</summary>
public static class CultureSwitch
{
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/culture", ([FromForm] string language, [FromForm] string? returnUrl, HttpContext context, UiTextCatalog catalog) =>
        {
            if (!catalog.Languages.ContainsKey(language))
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Unknown language '{language}'.");
            var culture = LocalizationSetup.CultureFor(language);
            // Max-Age, not Expires: a year from when the browser receives it, whatever the server's clock says.
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            // Only a local path may be returned to: the form's value is attacker-controllable.
            return Results.LocalRedirect(ReturnUrls.LocalOrHome(returnUrl));
        }).AllowAnonymous(); // the sign-in page has the switch too
        return endpoints;
    }
}
