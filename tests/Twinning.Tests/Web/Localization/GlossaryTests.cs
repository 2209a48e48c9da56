using Twinning.Web.Localization;

namespace Twinning.Tests.Web.Localization;

/// <summary>docs/glossary.md and the UI text say the same thing in all three languages.</summary>
public sealed class GlossaryTests
{
    private static readonly UiTextCatalog Catalog = new(UiTextCatalog.DefaultFolder);

    [Theory]
    [InlineData("Commitment areas", "Enum.CommitmentArea.")]
    [InlineData("Roles", "Enum.PartnershipRole.")]
    public void The_resources_use_the_glossarys_terms(string section, string keyPrefix)
    {
        var rows = Rows(section);
        rows.Count.ShouldBeGreaterThan(2);
        var keys = Catalog.Languages["en"].Where(kv => kv.Key.StartsWith(keyPrefix)).ToList();
        keys.Count.ShouldBe(rows.Count, $"every {keyPrefix}* text has a row in “{section}”");
        foreach (var (vi, en, lo) in rows)
        {
            var key = keys.Single(kv => kv.Value == en).Key;
            Catalog.Languages["vi"][key].ShouldBe(vi, key);
            Catalog.Languages["lo"][key].ShouldBe(lo, key);
        }
    }

    private static List<(string Vi, string En, string Lo)> Rows(string section)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "glossary.md"));
        return lines.SkipWhile(l => l != $"## {section}").Skip(1)
            .TakeWhile(l => !l.StartsWith("## "))
            .Where(l => l.StartsWith("| ") && !l.StartsWith("| Vietnamese"))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => (c[1], c[2], c[3])).ToList();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Twinning.slnx"))) directory = directory.Parent;
        return directory.FullName;
    }
}
