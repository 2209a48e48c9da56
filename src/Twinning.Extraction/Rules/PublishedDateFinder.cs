using System.Text.RegularExpressions;

namespace Twinning.Extraction.Rules;

/// <summary>
/// The publication date, only where the text shows it: a page header such as "Cập nhật: 17/09/2024",
/// "09:43 | 04/09/2025 GMT+7" or "date 2026-01-27" near the top. Its span is excluded from events.
/// </summary>
internal static partial class PublishedDateFinder
{
    [GeneratedRegex(@"^\s*(?:date|published|ngày đăng|ngày xuất bản|đăng ngày|cập nhật|cập nhật lúc|đăng lúc|xuất bản)\s*:?\s*(?:(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})|(?:[^\d\n]{0,20})?(?:\d{1,2}:\d{2}\s*[|,]?\s*)?(?:ngày\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4}))", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledHeader();

    [GeneratedRegex(@"^\s*(?:(?:Thứ\s+\S+|Chủ\s+nhật)\s*,?\s*)?(?:\d{1,2}:\d{2}\s*(?:\|\s*)?)?(?:ngày\s+)?(?<d>\d{1,2})[/.-](?<m>\d{1,2})[/.-](?<y>\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2})?(?:\s*\(?GMT[+-]\d+\)?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyLine();

    public static (ExtractedDate Date, TextSpan Header)? Find(string text)
    {
        // A labelled date ("Cập nhật: 11:02 ngày 30/11/2022") anywhere in the page head wins over a bare date
        // line, which on some sites is the day the page was shown ("Thứ tư, 24/04/2024" above the menu).
        var offset = 0;
        var lines = 0;
        (ExtractedDate, TextSpan)? bare = null;
        foreach (var line in text.Split('\n'))
        {
            if (++lines > 16) break;
            var m = LabelledHeader().Match(line);
            var labelled = m.Success;
            if (!m.Success && line.Length <= 60 && lines <= 6 && bare is null) m = DateOnlyLine().Match(line);
            if (m.Success && Make(m) is { } date)
            {
                var span = new TextSpan(offset + m.Index, m.Length);
                if (labelled) return (new ExtractedDate(date, false, m.Value.Trim(), span), span);
                bare = (new ExtractedDate(date, false, m.Value.Trim(), span), span);
            }
            offset += line.Length + 1;
        }
        return bare;
    }

    private static DateOnly? Make(Match m)
    {
        var y = int.Parse(m.Groups["y"].Value);
        var mo = int.Parse(m.Groups["m"].Value);
        var d = int.Parse(m.Groups["d"].Value);
        return y is >= 1900 and <= 2100 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }
}
