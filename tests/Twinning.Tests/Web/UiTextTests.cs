using System.Text.RegularExpressions;
using Twinning.Web.Localization;

namespace Twinning.Tests.Web;

/// <summary>All UI text goes through the resource files, and every language has every text.</summary>
public sealed partial class UiTextTests
{
    private static readonly UiTextCatalog Catalog = new(UiTextCatalog.DefaultFolder);

    [Fact]
    public void Vietnamese_and_English_are_offered()
    {
        Catalog.Languages.Keys.ShouldContain("vi");
        Catalog.Languages.Keys.ShouldContain("en");
    }

    [Fact]
    public void Lao_is_offered_and_written_in_lao_script()
    {
        var lao = Catalog.Languages["lo"];
        // Formats, culture names and the names of the other languages are not Lao words.
        string[] notLao = ["Format.Date", "Format.DateCulture", "Audit.Format.DateTime", "Language.en", "Language.vi", "Report.DefaultSymbol", "Report.Milestone"];
        lao.Where(kv => !notLao.Contains(kv.Key) && !LaoLetter().IsMatch(kv.Value)).Select(kv => kv.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_language_keeps_the_placeholders_of_vietnamese()
    {
        foreach (var (language, texts) in Catalog.Languages)
            texts.Where(kv => Catalog.Languages["vi"].TryGetValue(kv.Key, out var vi) && !Placeholders(vi).SetEquals(Placeholders(kv.Value)))
                .Select(kv => kv.Key).ShouldBeEmpty($"texts of Resources/{language}/ whose {{0}}… differ from Vietnamese");
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet();

    [Fact]
    public void Every_language_has_the_same_keys_as_vietnamese()
    {
        var vietnamese = Catalog.Languages["vi"].Keys.ToHashSet();
        foreach (var (language, texts) in Catalog.Languages)
        {
            vietnamese.Except(texts.Keys).ShouldBeEmpty($"keys missing from Resources/{language}/");
            texts.Keys.Except(vietnamese).ShouldBeEmpty($"keys in Resources/{language}/ that Vietnamese lacks");
            texts.Where(kv => string.IsNullOrWhiteSpace(kv.Value)).ShouldBeEmpty($"blank texts in Resources/{language}/");
        }
    }

    [Fact]
    public void Every_key_a_page_uses_exists()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "Twinning", "Features");
        var used = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        used.Count.ShouldBeGreaterThan(50);
        used.Where(k => !Catalog.Languages["vi"].ContainsKey(k)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_member_of_every_displayed_enum_has_a_text()
    {
        var enums = typeof(Twinning.Data.TwinningDb).Assembly.GetTypes()
            .Where(t => t.IsEnum && t.Namespace?.StartsWith("Twinning.Features") == true);
        var missing = enums.SelectMany(e => Enum.GetNames(e).Select(n => $"Enum.{e.Name}.{n}"))
            .Where(k => !Catalog.Languages["vi"].ContainsKey(k)).ToList();
        missing.ShouldBeEmpty();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Twinning.slnx"))) directory = directory.Parent;
        return directory.FullName;
    }

    [GeneratedRegex(@"[\u0E80-\u0EFF]")]
    private static partial Regex LaoLetter();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""T\["([A-Za-z0-9.]+)"[\],]""")]
    private static partial Regex LiteralKey();
}
