using Twinning.Web.Localization;

namespace Twinning.Tests.Features.Exports;

/// <summary>
/// The headers and sheet titles an export should carry in one language, read straight from the resource
/// files, so a test can find the column of a known name ("title_vi") in a file written for any reader.
/// </summary>
public sealed class ExportWords(string language)
{
    private static readonly UiTextCatalog Catalog = new(UiTextCatalog.DefaultFolder);

    public static readonly ExportWords Vi = new("vi"), En = new("en"), Lo = new("lo");

    public string Language => language;

    public string Text(string key) => Catalog.Languages[language].TryGetValue(key, out var text) ? text
        : throw new KeyNotFoundException($"{language} has no text for {key}");

    public string SheetTitle(string kind) => Text($"Exports.Sheet.{kind}");

    /// <summary>"title_vi" → "Tiêu đề (tiếng Việt)": the column's text, then the language of the copy in brackets.</summary>
    public string Header(string column)
    {
        var suffix = column.Length > 3 && column[^3] == '_' ? column[^2..] : null;
        return suffix is "vi" or "en" or "lo"
            ? $"{Text($"Exports.Column.{column[..^3]}")} ({Text($"Exports.Language.{suffix}")})"
            : Text($"Exports.Column.{column}");
    }
}
