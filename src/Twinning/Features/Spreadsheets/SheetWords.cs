using System.Collections.Frozen;
using Twinning.Features.Exports;
using Twinning.Web.Localization;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// The words of the exports read backwards, in every language at once: a sheet title, a header or an enum
/// word written for a Vietnamese, English or Lao reader gives back the sheet, column or member it stands
/// for. So a workbook exported in Lao imports for a Vietnamese officer, and the enum codes themselves
/// ("AToB") are understood too. Matching ignores case and surrounding space.
/// </summary>
public sealed class SheetWords
{
    private readonly FrozenDictionary<string, string> _sheets;
    private readonly FrozenDictionary<string, string> _headers;
    private readonly Dictionary<Type, FrozenDictionary<string, Enum>> _members = [];
    private readonly UiTextCatalog _catalog;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<UiTextCatalog, SheetWords> Built = [];

    /// <summary>The words of a catalogue, built once: the catalogue never changes while the app runs.</summary>
    public static SheetWords For(UiTextCatalog catalog) => Built.GetValue(catalog, c => new SheetWords(c));

    private SheetWords(UiTextCatalog catalog)
    {
        _catalog = catalog;
        var sheets = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in ExportSheets.All)
            sheets[sheet.Name] = sheet.Name;
        foreach (var column in ColumnNames())
            headers[column] = column;
        foreach (var language in catalog.Languages.Keys)
        {
            foreach (var sheet in ExportSheets.All)
                if (Find(language, $"Exports.Sheet.{sheet.Name}") is { } title)
                    sheets[ExportLanguage.SheetTitle(title)] = sheet.Name;
            foreach (var column in ColumnNames())
                if (Header(language, column) is { } header)
                    headers[header] = column;
        }
        _sheets = sheets.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _headers = headers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The export's columns, and those only the import reads (an activity's participants).</summary>
    private static IEnumerable<string> ColumnNames() =>
        ExportSheets.All.SelectMany(s => s.Columns).Select(c => c.Name).Concat(ImportableSheets.All.SelectMany(s => s.Columns).Select(c => c.Name)).Distinct();

    /// <summary>The sheet ("visits") a title stands for in any language, or null.</summary>
    public string? Sheet(string title) => _sheets.GetValueOrDefault(title.Trim());

    /// <summary>The column ("title_vi") a header stands for in any language, or null.</summary>
    public string? Column(string header) => _headers.GetValueOrDefault(header.Trim());

    /// <summary>The member of <typeparamref name="TEnum"/> a word stands for in any language, or null.</summary>
    public TEnum? Member<TEnum>(string word) where TEnum : struct, Enum
    {
        FrozenDictionary<string, Enum> members;
        lock (_members)
            if (!_members.TryGetValue(typeof(TEnum), out members!))
                _members[typeof(TEnum)] = members = MembersOf<TEnum>();
        return members.TryGetValue(word.Trim(), out var member) ? (TEnum)member : null;
    }

    private FrozenDictionary<string, Enum> MembersOf<TEnum>() where TEnum : struct, Enum
    {
        var words = new Dictionary<string, Enum>(StringComparer.OrdinalIgnoreCase);
        foreach (var member in Enum.GetValues<TEnum>())
        {
            words[member.ToString()] = member;
            foreach (var language in _catalog.Languages.Keys)
                if (Find(language, ExportLanguage.EnumKey(member)) is { } word)
                    words.TryAdd(word, member);
        }
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private string? Header(string language, string column)
    {
        var (key, languageKey) = ExportLanguage.HeaderKeys(column);
        if (Find(language, key) is not { } text) return null;
        if (languageKey is null) return text;
        return Find(language, languageKey) is { } copy ? $"{text} ({copy})" : null;
    }

    private string? Find(string language, string key) =>
        _catalog.Languages[language].TryGetValue(key, out var text) ? text : null;
}
