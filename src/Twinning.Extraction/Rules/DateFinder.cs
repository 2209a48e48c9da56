using System.Text.RegularExpressions;

namespace Twinning.Extraction.Rules;

/// <summary>A day and month (and perhaps a year) written in the text; ranges carry their end.</summary>
internal sealed record DateMention(int Start, int End, int Day, int Month, int? Year, int? EndDay, int? EndMonth, int? EndYear, string Written)
{
    public bool IsRange => EndDay is not null;
}

/// <summary>
/// Finds the date forms of the Vietnamese press: "12/3", "ngày 26/1/2026", "từ ngày 11 đến 12/3",
/// "17.11" and "17-7-2024" (dots and hyphens only after a time word or with a year, so "2.5 ha" is
/// not a date), and "ngày 05 tháng 3 năm 2020". Day always comes before month.
/// </summary>
internal static partial class DateFinder
{
    [GeneratedRegex(@"(?:(?:từ|Từ)\s+(?:ngày\s+)?|ngày\s+|Ngày\s+)(\d{1,2})(?:[/.-](\d{1,2}))?\s*(?:đến|tới|–|-)\s*(?:ngày\s+)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?(?!\d)")]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<![\d/.,])(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Formal();

    [GeneratedRegex(@"(?<![\d/.,-])(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])")]
    private static partial Regex Slashed();

    [GeneratedRegex(@"(?<![\d/.,-])(\d{1,2})([.-])(\d{1,2})(?:\2(\d{4}))?(?![\d])(?![.,-]\d)")]
    private static partial Regex DottedOrHyphened();

    [GeneratedRegex(@"(?:sáng|trưa|chiều|tối|đêm|ngày|hôm|nay|từ|đến)\s*\(?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWordBefore();

    public static List<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        var taken = new List<(int Start, int End)>();
        bool Free(int s, int e) => !taken.Any(t => s < t.End && t.Start < e);
        void Add(DateMention m)
        {
            if (!Free(m.Start, m.End) || !Valid(m)) return;
            found.Add(m);
            taken.Add((m.Start, m.End));
        }

        foreach (Match m in Range().Matches(text))
        {
            var endMonth = Int(m.Groups[4]);
            var startMonth = m.Groups[2].Success ? Int(m.Groups[2]) : endMonth;
            var year = m.Groups[5].Success ? Int(m.Groups[5]) : (int?)null;
            var startYear = year is { } y && startMonth > endMonth ? y - 1 : year; // a range across New Year
            Add(new DateMention(m.Index, m.Index + m.Length, Int(m.Groups[1]), startMonth, startYear, Int(m.Groups[3]), endMonth, year, m.Value));
        }
        foreach (Match m in Formal().Matches(text))
            Add(new DateMention(m.Index, m.Index + m.Length, Int(m.Groups[1]), Int(m.Groups[2]), m.Groups[3].Success ? Int(m.Groups[3]) : null, null, null, null, m.Value));
        foreach (Match m in Slashed().Matches(text))
            Add(new DateMention(m.Index, m.Index + m.Length, Int(m.Groups[1]), Int(m.Groups[2]), m.Groups[3].Success ? Int(m.Groups[3]) : null, null, null, null, m.Value));
        foreach (Match m in DottedOrHyphened().Matches(text))
        {
            var hasYear = m.Groups[4].Success;
            var before = text.AsSpan(Math.Max(0, m.Index - 12), Math.Min(12, m.Index)).ToString();
            if (!hasYear && !TimeWordBefore().IsMatch(before)) continue;
            Add(new DateMention(m.Index, m.Index + m.Length, Int(m.Groups[1]), Int(m.Groups[3]), hasYear ? Int(m.Groups[4]) : null, null, null, null, m.Value));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static int Int(Group g) => int.Parse(g.ValueSpan, System.Globalization.CultureInfo.InvariantCulture);

    private static bool Valid(DateMention m)
    {
        static bool Ok(int d, int mo, int? y) => mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y is >= 1900 and <= 2100 ? y.Value : 2024, mo) && (y is null or (>= 1900 and <= 2100));
        return Ok(m.Day, m.Month, m.Year) && (m.EndDay is null || (Ok(m.EndDay.Value, m.EndMonth!.Value, m.EndYear) && (m.EndMonth != m.Month || m.EndDay > m.Day)));
    }
}
