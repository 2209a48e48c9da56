using System.Text.Json;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Features.Search;

/// <summary>
/// The gazetteer as search sees it: each place with all its spellings in three scripts, folded for the index,
/// so that a query naming a place ("Viêng Chăn", "vieng chan", "Vientiane", "ວຽງຈັນ") also looks for its other
/// names. Built from the extractor's vocabulary (every province and city it knows, with the spellings articles
/// use) and the generator's gazetteer of Lao provinces (Vietnamese, English, Lao script).
/// </summary>
public static class PlaceNames
{
    private static readonly Lazy<List<HashSet<string>>> Places = new(Load);

    /// <summary>Every folded spelling of the places that <paramref name="foldedQuery"/> names exactly; none when it names none.</summary>
    public static IEnumerable<string> SpellingsOf(string foldedQuery) =>
        Places.Value.Where(p => p.Contains(foldedQuery)).SelectMany(p => p);

    private static List<HashSet<string>> Load()
    {
        using var stream = typeof(ExtractionVocabulary).Assembly.GetManifestResourceStream("Twinning.Extraction.vocabulary.json")
            ?? throw new InvalidOperationException("The embedded vocabulary is missing from the Twinning.Extraction assembly.");
        var vocabulary = JsonSerializer.Deserialize<PlacesOnly>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var groups = new List<HashSet<string>>();
        foreach (var place in vocabulary.Places)
            Merge(groups, place.Names.Append(place.English));
        foreach (var (vi, en, lo) in Data.Generation.Gazetteer.LaoProvinces)
            Merge(groups, [vi, en, lo]);
        return groups;
    }

    /// <summary>Adds the spellings to the place that shares one of them, or as a new place.</summary>
    private static void Merge(List<HashSet<string>> groups, IEnumerable<string> names)
    {
        var folded = names.Select(TextFolding.ForIndex).Where(n => n.Length > 0).ToHashSet();
        var existing = groups.FirstOrDefault(g => g.Overlaps(folded));
        if (existing is null) groups.Add(folded);
        else existing.UnionWith(folded);
    }

    private sealed record PlacesOnly(List<PlaceEntry> Places);
}
