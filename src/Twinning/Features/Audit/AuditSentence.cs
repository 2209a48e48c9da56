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

    /// <summary>
    /// A link added or removed as a line: "Participant added: Nguyễn Văn A" ({0} the link's label, {1} the record,
    /// linked to its page). A label inside the sentence rather than at its start takes a small first letter, as
    /// a word in a sentence does ("Đã thêm người tham dự: …").
    /// </summary>
    public static IHtmlContent Link(IStringLocalizer t, AuditLinkChange change)
    {
        var html = new HtmlContentBuilder();
        var pattern = LinkPattern(t, change);
        var at = 0;
        foreach (Match slot in Slot().Matches(pattern))
        {
            html.Append(pattern[at..slot.Index]);
            if (slot.Value == "{0}") html.Append(LabelAt(change.Label, slot.Index));
            else html.AppendHtml(Value(change.Value));
            at = slot.Index + slot.Length;
        }
        html.Append(pattern[at..]);
        return html;
    }

    /// <summary>The link line as plain text, as a screen reader or a test reads it.</summary>
    public static string LinkText(IStringLocalizer t, AuditLinkChange change)
    {
        var pattern = LinkPattern(t, change);
        return string.Format(pattern, LabelAt(change.Label, pattern.IndexOf("{0}", StringComparison.Ordinal)), change.Value.Text);
    }

    private static string LinkPattern(IStringLocalizer t, AuditLinkChange change) => t[change.Added ? "Audit.Link.Added" : "Audit.Link.Removed"].Value;

    private static string LabelAt(string label, int position) =>
        position > 0 && label.Length > 0 ? char.ToLower(label[0], System.Globalization.CultureInfo.CurrentUICulture) + label[1..] : label;

    private static IHtmlContent Value(AuditValue value)
    {
        if (value.Url is not { } url) return new HtmlContentBuilder().Append(value.Text);
        var link = new TagBuilder("a");
        link.Attributes["href"] = url;
        link.InnerHtml.Append(value.Text);
        return link;
    }

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
