using Twinning.Extraction.Text;

namespace Twinning.Extraction.Vocabulary;

/// <summary>Longest-match lookup of multi-word phrases over tokens, keyed by the first word.</summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Keys, T Value)>> byFirst = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var keys = ToneKey.OfPhrase(phrase);
            if (keys.Length == 0) continue;
            if (!byFirst.TryGetValue(keys[0], out var list)) byFirst[keys[0]] = list = [];
            list.Add((keys, value));
        }
        foreach (var list in byFirst.Values) list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
    }

    public static PhraseMatcher<string> Of(IEnumerable<string> phrases) => new(phrases.Select(p => (p, p)));

    /// <summary>The longest phrase starting at token <paramref name="index"/>: its token count and value.</summary>
    public bool TryMatch(IReadOnlyList<Token> tokens, int index, out int length, out T value)
    {
        length = 0;
        value = default!;
        if (index >= tokens.Count || !byFirst.TryGetValue(tokens[index].Key, out var candidates)) return false;
        foreach (var (keys, v) in candidates)
        {
            if (index + keys.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 1; k < keys.Length && ok; k++) ok = tokens[index + k].Key == keys[k];
            if (!ok) continue;
            length = keys.Length;
            value = v;
            return true;
        }
        return false;
    }

    public bool Matches(IReadOnlyList<Token> tokens, int index) => TryMatch(tokens, index, out _, out _);

    /// <summary>Whether any phrase occurs in tokens [from, to).</summary>
    public bool AnyIn(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i < Math.Min(to, tokens.Count); i++)
            if (TryMatch(tokens, i, out var len, out _) && i + len <= to) return true;
        return false;
    }
}
