namespace Twinning.Features.Sources;

/// <summary>
/// Cuts a source text into runs, each either plain or covered by one or more citations, so a page
/// can mark every cited span even where quotes overlap (several facts from one sentence).
/// </summary>
public static class HighlightedText
{
    public sealed record Run(string Text, IReadOnlyList<Citation> Covering, IReadOnlyList<Citation> Starting);

    public static List<Run> Split(string text, IReadOnlyCollection<Citation> citations)
    {
        var valid = citations.Where(c => c.Start >= 0 && c.Length > 0 && c.Start + c.Length <= text.Length).ToList();
        var cuts = valid.SelectMany(c => new[] { c.Start, c.Start + c.Length }).Append(0).Append(text.Length)
            .Distinct().Order().ToList();
        var runs = new List<Run>(cuts.Count);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var covering = valid.Where(c => c.Start <= from && c.Start + c.Length >= to).ToList();
            var starting = valid.Where(c => c.Start == from).ToList();
            runs.Add(new Run(text[from..to], covering, starting));
        }
        return runs;
    }
}
