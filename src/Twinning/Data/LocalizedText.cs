namespace Twinning.Data;

/// <summary>
/// A piece of text in the programme's three languages. Stored as three columns on its owner
/// (an EF owned type); any of them may be missing, so readers always go through <see cref="In"/>.
/// </summary>
public sealed class LocalizedText
{
    public string? Vi { get; set; }
    public string? En { get; set; }
    public string? Lo { get; set; }

    public LocalizedText() { }

    public LocalizedText(string? vi, string? en = null, string? lo = null)
    {
        Vi = vi;
        En = en;
        Lo = lo;
    }

    /// <summary>The text in the given language, falling back to the others so a reader never sees a blank.</summary>
    public string In(string language) => Pick(language) ?? Vi ?? En ?? Lo ?? string.Empty;

    /// <summary>The text in the reader's UI language (<see cref="System.Globalization.CultureInfo.CurrentUICulture"/>).</summary>
    public override string ToString() => In(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    public IEnumerable<string> All()
    {
        if (!string.IsNullOrWhiteSpace(Vi)) yield return Vi;
        if (!string.IsNullOrWhiteSpace(En)) yield return En;
        if (!string.IsNullOrWhiteSpace(Lo)) yield return Lo;
    }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Vi) && string.IsNullOrWhiteSpace(En) && string.IsNullOrWhiteSpace(Lo);

    private string? Pick(string language) => language switch
    {
        "vi" => NullIfBlank(Vi),
        "en" => NullIfBlank(En),
        "lo" => NullIfBlank(Lo),
        _ => null,
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
