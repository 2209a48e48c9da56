namespace Twinning.Features.Sources;

/// <summary>
/// Cuts a text into runs, each either plain or covered by one or more marked spans (citations on a
/// source page, proposed facts on an import's review), so a page can mark every span even where they
/// overlap (several facts from one sentence).
/// </summary>
public static class HighlightedText
{
    public sealed record Run<T>(string Text, IReadOnlyList<T> Covering, IReadOnlyList<T> Starting);

    public static List<Run<Citation>> Split(string text, IReadOnlyCollection<Citation> citations) =>
        Split(text, citations, c => c.Start, c => c.Length);

    public static List<Run<T>> Split<T>(string text, IReadOnlyCollection<T> spans, Func<T, int> start, Func<T, int> length)
    {
        var valid = spans.Where(s => start(s) >= 0 && length(s) > 0 && start(s) + length(s) <= text.Length).ToList();
        var cuts = valid.SelectMany(s => new[] { start(s), start(s) + length(s) }).Append(0).Append(text.Length)
            .Distinct().Order().ToList();
        var runs = new List<Run<T>>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var covering = valid.Where(s => start(s) <= from && start(s) + length(s) >= to).ToList();
            var starting = valid.Where(s => start(s) == from).ToList();
            runs.Add(new Run<T>(text[from..to], covering, starting));
        }
        return runs;
    }
}
