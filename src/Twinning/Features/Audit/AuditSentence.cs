using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Audit;

/// <summary>
/// An audit line as a sentence: "Lan changed Meeting: Hội đàm…, 12/03/2024." The pattern is UI text
/// ("{0} đã sửa {1}."); who and the record are encoded and the record is linked to its page.
/// </summary>
public static partial class AuditSentence
{
    public static IHtmlContent Html(IStringLocalizer t, AuditLine line)
    {
        var html = new HtmlContentBuilder();
        var pattern = t[line.SentenceKey].Value;
        var at = 0;
        foreach (Match slot in Slot().Matches(pattern))
        {
            html.Append(pattern[at..slot.Index]);
            html.AppendHtml(slot.Value == "{0}" ? Who(line.Who) : Record(line.Subject));
            at = slot.Index + slot.Length;
        }
        html.Append(pattern[at..]);
        return html;
    }

    /// <summary>The sentence as plain text, as a screen reader or a test reads it.</summary>
    public static string Text(IStringLocalizer t, AuditLine line) =>
        string.Format(t[line.SentenceKey].Value, line.Who, line.Subject.ToString());

    private static IHtmlContent Who(string who)
    {
        var strong = new TagBuilder("strong");
        strong.InnerHtml.Append(who);
        return strong;
    }

    private static IHtmlContent Record(RecordName name)
    {
        var html = new HtmlContentBuilder();
        html.Append(name.Kind + ": ");
        if (name.Url is { } url)
        {
            var link = new TagBuilder("a");
            link.Attributes["href"] = url;
            link.InnerHtml.Append(name.Name);
            html.AppendHtml(link);
        }
        else html.Append(name.Name);
        return html;
    }

    [GeneratedRegex(@"\{[01]\}")]
    private static partial Regex Slot();
}
