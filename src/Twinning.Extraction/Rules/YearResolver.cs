using Twinning.Extraction.Text;

namespace Twinning.Extraction.Rules;

/// <summary>
/// Gives a year to "12/3". With a publication date: the nearest such day on or before it (on or after
/// it when the sentence speaks of the future). Without one: the article's own year — the latest year
/// it states (full dates, "năm 2024", "Hà Nội-Vientiane 2024", the start of a period "2017-2020") or
/// implies through an anniversary ("55 năm thiết lập quan hệ ngoại giao" = 1962 + 55).
/// </summary>
internal sealed class YearResolver
{
    private readonly DateOnly? published;
    private readonly int? articleYear;

    public YearResolver(ArticleDocument doc, DateOnly? published, IReadOnlyList<DateMention> dates, TextSpan? header)
    {
        this.published = published;
        articleYear = published is null ? ArticleYear(doc, dates, header) : null;
    }

    public bool HasYear => published is not null || articleYear is not null;

    public (DateOnly Date, bool Inferred)? Resolve(int day, int month, int? year, bool future)
    {
        if (year is { } y) return DateOnly.TryParse($"{y:D4}-{month:D2}-{day:D2}", out var explicitDate) ? (explicitDate, false) : null;
        if (published is { } pub)
        {
            var candidates = new[] { pub.Year - 1, pub.Year, pub.Year + 1 }
                .Select(cy => Make(cy, month, day)).OfType<DateOnly>().ToList();
            var pick = future
                ? candidates.Where(c => c >= pub).DefaultIfEmpty(candidates.Last()).Min()
                : candidates.Where(c => c <= pub).DefaultIfEmpty(candidates.First()).Max();
            return (pick, true);
        }
        if (articleYear is { } ay && Make(ay, month, day) is { } d) return (d, true);
        return null;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int? ArticleYear(ArticleDocument doc, IReadOnlyList<DateMention> dates, TextSpan? header)
    {
        var years = new List<int>();
        foreach (var d in dates)
            if (d.Year is { } y && (header is null || d.Start >= header.Value.End)) years.Add(y);

        var tokens = doc.Tokens;
        var v = doc.Vocabulary;
        var exclusions = v.Data.YearRangeExclusions.Select(ToneKey.OfPhrase).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Number) continue;
            if (t.Length == 4 && int.TryParse(t.Text, out var year) && year is >= 1950 and <= 2100)
            {
                var rangeEnd = i >= 2 && tokens[i - 1].Key == "-" && tokens[i - 2].Kind == TokenKind.Number && tokens[i - 2].Length == 4;
                var partOfDate = i >= 1 && tokens[i - 1].Text is "/" or "." && tokens[i - 1].Start == tokens[i].Start - 1;
                // "kết quả hợp tác giai đoạn 2022-2024": a period under review has ended, so the story is at its end.
                if (rangeEnd && ReviewedBefore(tokens, v, i - 2)) years.Add(year);
                else if (!rangeEnd && !partOfDate && !PrecededBy(tokens, i, exclusions)) years.Add(year);
                else if (partOfDate && i >= 2 && tokens[i - 2].Kind == TokenKind.Number && i >= 3 && tokens[i - 3].Text != "/") years.Add(year); // month/year "4/2022"
            }
            else if (i + 2 < tokens.Count && tokens[i + 1].Key == "năm" && int.TryParse(t.Text, out var count) && count is > 0 and < 200
                     && v.Anniversaries.TryMatch(tokens, i + 2, out _, out var baseYear))
            {
                years.Add(baseYear + count);
            }
        }
        return years.Count == 0 ? null : years.Max();
    }

    private static bool ReviewedBefore(List<Token> tokens, Vocabulary.ExtractionVocabulary v, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 20); k--) // back to the start of the clause
        {
            if (tokens[k].Kind == TokenKind.NewLine || tokens[k].Text is "." or ";") return false;
            if (v.ReviewCues.Matches(tokens, k)) return true;
        }
        return false;
    }

    private static bool PrecededBy(List<Token> tokens, int i, List<string[]> phrases)
    {
        foreach (var p in phrases)
        {
            if (i - p.Length < 0) continue;
            var ok = true;
            for (var k = 0; k < p.Length && ok; k++) ok = tokens[i - p.Length + k].Key == p[k];
            if (ok) return true;
        }
        return false;
    }
}
