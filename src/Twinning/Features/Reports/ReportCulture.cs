using System.Globalization;
using Twinning.Web.Localization;

namespace Twinning.Features.Reports;

/// <summary>
/// Runs the report in its own language, whatever the reader's UI language: the localizer, dates and
/// numbers all follow the current culture, which this sets for the scope of a using block.
/// </summary>
public sealed class ReportCulture : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

    public ReportCulture(string language)
    {
        var culture = CultureInfo.GetCultureInfo(LocalizationSetup.CultureFor(language));
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}
