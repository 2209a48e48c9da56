using Microsoft.Extensions.Localization;

namespace Twinning.Features.Exports;

/// <summary>
/// The words of an export in the reader's language: sheet titles, column headers and enum values.
/// Both writers (XLSX and CSV) go through here, and the spreadsheet import reads the same words back in
/// any of the three languages, so a file exported in Lao can be imported by a Vietnamese officer.
/// </summary>
public sealed class ExportLanguage(IStringLocalizer t)
{
    /// <summary>The suffixes of a text kept in three languages ("title_vi"), each a column of its own.</summary>
    public static readonly IReadOnlyList<string> TextLanguages = ["vi", "en", "lo"];

    /// <summary>Excel refuses these in a sheet's name, and names longer than 31 characters.</summary>
    private static readonly char[] NotInSheetNames = [':', '\\', '/', '?', '*', '[', ']'];
    public const int MaxSheetTitle = 31;

    /// <summary>"Tiêu đề (tiếng Việt)" for "title_vi"; "Trưởng đoàn" for "leader".</summary>
    public string Header(string column) => HeaderKeys(column) switch
    {
        (var key, null) => t[key],
        (var key, var language) => $"{t[key]} ({t[language]})",
    };

    /// <summary>
    /// The resource keys a column's header is made of: its own, and the language's when it is one of the
    /// three copies of a text. Public so the import can build the same headers from any language's texts.
    /// </summary>
    public static (string Key, string? LanguageKey) HeaderKeys(string column)
    {
        var cut = column.Length - 3;
        if (cut > 0 && column[cut] == '_' && TextLanguages.Contains(column[(cut + 1)..]))
            return ($"Exports.Column.{column[..cut]}", $"Exports.Language.{column[(cut + 1)..]}");
        return ($"Exports.Column.{column}", null);
    }

    public string SheetTitle(IExportSheet sheet) => SheetTitle(t[$"Exports.Sheet.{sheet.Name}"].Value);

    /// <summary>A title Excel accepts: without the characters it forbids, at most 31 characters.</summary>
    public static string SheetTitle(string title)
    {
        var clean = string.Concat(title.Select(c => NotInSheetNames.Contains(c) ? ' ' : c)).Trim().Trim('\'');
        return clean.Length <= MaxSheetTitle ? clean : clean[..MaxSheetTitle].TrimEnd();
    }

    /// <summary>An enum member as the word the pages use ("Đoàn ra", not "AToB"); any other value as it is.</summary>
    public object? Value(object? value) => value is Enum member ? Word(member) : value;

    public string Word(Enum member) => t[EnumKey(member)];

    public static string EnumKey(Enum member) => $"Enum.{member.GetType().Name}.{member}";
}
