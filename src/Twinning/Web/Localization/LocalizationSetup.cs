using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace Twinning.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>The culture each UI language formats numbers and dates with.</summary>
    private static readonly Dictionary<string, string> Cultures = new()
    {
        ["vi"] = "vi-VN",
        ["en"] = "en-GB",
        ["lo"] = "lo-LA",
    };

    public static IServiceCollection AddTwinningLocalization(this IServiceCollection services, string? folder = null)
    {
        var catalog = new UiTextCatalog(folder ?? UiTextCatalog.DefaultFolder);
        services.AddSingleton(catalog);
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddSingleton(typeof(IStringLocalizer<>), typeof(StringLocalizer<>));
        services.AddSingleton<IStringLocalizer>(sp => new JsonStringLocalizer(catalog));
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedBindingMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var supported = catalog.Languages.Keys
                .OrderBy(l => l == UiTextCatalog.DefaultLanguage ? 0 : 1).ThenBy(l => l)
                .Select(l => new CultureInfo(Cultures.GetValueOrDefault(l, l))).ToList();
            options.DefaultRequestCulture = new RequestCulture(Cultures[UiTextCatalog.DefaultLanguage]);
            options.SupportedCultures = supported;
            options.SupportedUICultures = supported;
            // Vietnamese unless the reader chose otherwise with the switch (a cookie, which sign-in sets
            // from the profile). Of the browser's languages only Lao is honoured: the offices asked for
            // Vietnamese by default, but a Lao officer's browser should not open on a Vietnamese page.
            options.RequestCultureProviders = [new CookieRequestCultureProvider(), new LaoBrowserCultureProvider()];
        });
        return services;
    }

    public static string CultureFor(string language) => Cultures.GetValueOrDefault(language, language);
}
