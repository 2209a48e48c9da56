using Microsoft.AspNetCore.Localization;
using Microsoft.Net.Http.Headers;

namespace Twinning.Web.Localization;

/// <summary>
/// Lao when the browser prefers it (Accept-Language "lo" or "lo-LA" ranked above Vietnamese and English),
/// and no opinion otherwise, so that the default, Vietnamese, applies.
/// </summary>
public sealed class LaoBrowserCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var header = httpContext.Request.GetTypedHeaders().AcceptLanguage;
        var first = header
            .Where(v => (v.Quality ?? 1) > 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => v.Value.Value?.Split('-')[0].ToLowerInvariant())
            .FirstOrDefault(l => l is "lo" or "vi" or "en");
        return Task.FromResult(first == "lo" ? new ProviderCultureResult(LocalizationSetup.CultureFor("lo")) : null);
    }
}
