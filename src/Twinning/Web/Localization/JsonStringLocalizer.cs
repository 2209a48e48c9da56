using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Twinning.Web.Localization;

/// <summary>
/// UI text from Resources/{language}/*.json: flat key → text maps, one file per feature, merged (a key
/// defined twice is an error). A language is offered as soon as its folder exists (vi, en and lo
/// today); a key missing from a language falls back to Vietnamese, then shows the key itself so a
/// gap is visible rather than blank (UiTextTests fail on any key one language lacks).
/// </summary>
public sealed class UiTextCatalog
{
    public const string DefaultLanguage = "vi";

    public FrozenDictionary<string, FrozenDictionary<string, string>> Languages { get; }

    public UiTextCatalog(string folder)
    {
        Languages = Directory.EnumerateDirectories(folder)
            .Where(d => Directory.EnumerateFiles(d, "*.json").Any())
            .ToFrozenDictionary(d => Path.GetFileName(d), Load);
        if (!Languages.ContainsKey(DefaultLanguage))
            throw new InvalidDataException($"{folder} has no {DefaultLanguage}/ folder of UI text");
    }

    private static FrozenDictionary<string, string> Load(string languageFolder)
    {
        var texts = new Dictionary<string, string>();
        foreach (var file in Directory.EnumerateFiles(languageFolder, "*.json").Order())
        {
            var entries = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                ?? throw new InvalidDataException($"{file} is empty");
            foreach (var (key, text) in entries)
                if (!texts.TryAdd(key, text))
                    throw new InvalidDataException($"{file}: the key '{key}' is already defined in another file of {languageFolder}");
        }
        return texts.ToFrozenDictionary();
    }

    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "Resources");

    public string? Find(string language, string key) =>
        Languages.TryGetValue(language, out var texts) && texts.TryGetValue(key, out var text) ? text
        : Languages[DefaultLanguage].GetValueOrDefault(key);
}

public sealed class JsonStringLocalizer(UiTextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, name);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.Languages.GetValueOrDefault(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, catalog.Languages[UiTextCatalog.DefaultLanguage])
            .Select(kv => new LocalizedString(kv.Key, kv.Value));
}

/// <summary>All types share one catalogue: the app's UI text is small and keys are namespaced by page.</summary>
public sealed class JsonStringLocalizerFactory(UiTextCatalog catalog) : IStringLocalizerFactory
{
    private readonly JsonStringLocalizer _localizer = new(catalog);
    public IStringLocalizer Create(Type resourceSource) => _localizer;
    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
