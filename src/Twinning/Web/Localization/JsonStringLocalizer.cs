using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Twinning.Web.Localization;

/// <summary>
/// UI text from Resources/ui.{language}.json: one flat key → text map per language. A language is
/// offered as soon as its file exists (drop in ui.lo.json for Lao); a key missing from a language falls
/// back to Vietnamese, then shows the key itself so a gap is visible rather than blank.
/// </summary>
public sealed class UiTextCatalog
{
    public const string DefaultLanguage = "vi";

    public FrozenDictionary<string, FrozenDictionary<string, string>> Languages { get; }

    public UiTextCatalog(string folder)
    {
        Languages = Directory.EnumerateFiles(folder, "ui.*.json")
            .ToFrozenDictionary(
                file => Path.GetFileNameWithoutExtension(file)["ui.".Length..],
                file => (JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(file))
                         ?? throw new InvalidDataException($"{file} is empty")).ToFrozenDictionary());
        if (!Languages.ContainsKey(DefaultLanguage))
            throw new InvalidDataException($"{folder} has no ui.{DefaultLanguage}.json");
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
