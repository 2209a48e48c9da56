using System.Text.Json;
using System.Text.Json.Serialization;
using Twinning.Features.Search;

namespace Twinning.Features.People;

/// <summary>
/// Tells whether two worded titles name the same office, by the extractor's title grammar (head + bodies,
/// places and place nouns, from Twinning.Extraction's vocabulary.json): articles write "Tổng Bí thư" and
/// "Tổng Bí thư Đảng Nhân dân Cách mạng Lào", "Chủ tịch nước Lào" and "Chủ tịch nước Cộng hòa Dân chủ
/// Nhân dân Lào" for one post. Two wordings are one office when they share the whole title head and
///  - one is the other plus a qualifier (a body, a place, a place noun such as "thủ đô"), or
///  - they differ only in how they name the same place (Lào / CHDCND Lào, Viêng Chăn / Vientiane).
/// "Phó Bí thư" and "Phó Bí thư Thường trực", or "Chủ tịch" and "Chủ tịch nước", stay apart: the longer
/// head is a different office. Organisation and period are the caller's to compare.
/// </summary>
public sealed class OfficeTitles
{
    private readonly List<string[]> _heads;
    private readonly HashSet<string> _qualifiers; // folded phrases: bodies, place names, place nouns
    private readonly Dictionary<string, string> _placeOf; // folded place name -> the place's English name
    private readonly int _longestPhrase;

    public static OfficeTitles Default { get; } = LoadEmbedded();

    public OfficeTitles(IEnumerable<string> heads, IEnumerable<string> bodies, IEnumerable<string> placeNouns, IEnumerable<(string Name, string Place)> places)
    {
        _heads = heads.Select(Words).Where(w => w.Length > 0).ToList();
        var headPhrases = _heads.Select(h => string.Join(' ', h)).ToList();
        _placeOf = [];
        foreach (var (name, place) in places) _placeOf.TryAdd(TextFolding.Fold(name), place);
        // A qualifier word that is part of some head ("thường trực", "đặc mệnh toàn quyền") changes the office, not where it is.
        var nouns = placeNouns.Select(TextFolding.Fold).Where(n => n.Length > 0 && !headPhrases.Any(h => $" {h} ".Contains($" {n} ", StringComparison.Ordinal)));
        _qualifiers = [.. bodies.Select(TextFolding.Fold).Where(b => b.Length > 0), .. nouns, .. _placeOf.Keys];
        _longestPhrase = _qualifiers.Max(q => q.Split(' ').Length);
    }

    public bool SameOffice(string a, string b)
    {
        var x = Words(a);
        var y = Words(b);
        if (x.SequenceEqual(y)) return true;
        var common = 0;
        while (common < x.Length && common < y.Length && x[common] == y[common]) common++;
        // Both wordings must hold their whole head inside the shared part.
        var core = Math.Max(HeadLength(x), HeadLength(y));
        if (core == 0 || core > common) return false;

        // The shared part may end inside a qualifier ("… Trung ương Đảng" / "… Trung ương Đảng Nhân dân Cách mạng Lào"):
        // try each split of what follows the head.
        for (var split = common; split >= core; split--)
        {
            var restX = x[split..];
            var restY = y[split..];
            if (restX.Length == 0 || restY.Length == 0)
            {
                if (AreQualifiers(restX) && AreQualifiers(restY)) return true;
            }
            else if (PlaceOf(restX) is { } placeX && placeX == PlaceOf(restY)) return true;
        }
        return false;
    }

    private int HeadLength(string[] words) =>
        _heads.Where(h => h.Length <= words.Length && h.SequenceEqual(words.Take(h.Length))).Select(h => h.Length).DefaultIfEmpty(0).Max();

    /// <summary>Whether the words split wholly into qualifier phrases (empty counts).</summary>
    private bool AreQualifiers(string[] words)
    {
        var reachable = new bool[words.Length + 1];
        reachable[0] = true;
        for (var i = 0; i < words.Length; i++)
        {
            if (!reachable[i]) continue;
            for (var n = 1; n <= Math.Min(_longestPhrase, words.Length - i); n++)
                if (_qualifiers.Contains(string.Join(' ', words, i, n))) reachable[i + n] = true;
        }
        return reachable[words.Length];
    }

    /// <summary>The place the words name, after any place nouns ("thủ đô Viêng Chăn", "nước Lào"); null if they name none.</summary>
    private string? PlaceOf(string[] words)
    {
        for (var start = 0; start < words.Length; start++)
        {
            if (_placeOf.TryGetValue(string.Join(' ', words[start..]), out var place)) return place;
            if (!AreQualifiers(words[start..(start + 1)])) return null;
        }
        return null;
    }

    private static string[] Words(string text) => TextFolding.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed record Grammar(List<string> TitleHeads, List<string> TitleBodies, List<string> TitleQualifiers, List<GrammarPlace> Places);

    private sealed record GrammarPlace(string English, List<string> Names);

    /// <summary>The title grammar shipped with the extractor, read from its embedded vocabulary.json.</summary>
    private static OfficeTitles LoadEmbedded()
    {
        using var stream = typeof(Twinning.Extraction.ArticleExtractor).Assembly.GetManifestResourceStream("Twinning.Extraction.vocabulary.json")
            ?? throw new InvalidOperationException("The extractor's vocabulary is missing.");
        var grammar = JsonSerializer.Deserialize<Grammar>(stream, new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        })!;
        return new OfficeTitles(grammar.TitleHeads, grammar.TitleBodies, grammar.TitleQualifiers,
            grammar.Places.SelectMany(p => p.Names.Append(p.English).Select(n => (n, p.English))));
    }
}
