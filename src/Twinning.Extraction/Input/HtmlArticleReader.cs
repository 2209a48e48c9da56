using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Twinning.Extraction.Input;

/// <summary>
/// Finds the article in a saved web page with AngleSharp's HTML5 parser: drops scripts, navigation,
/// comment and share widgets, picks the element holding the most paragraph text, and renders it as
/// plain text. Every walk over the tree is iterative, so deeply nested (hostile) markup cannot
/// overflow the stack.
/// </summary>
internal static partial class HtmlArticleReader
{
    private static readonly string[] DroppedTags =
        ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "video", "audio", "head"];

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "figcaption", "figure",
        "blockquote", "section", "article", "header", "main", "dd", "dt", "pre", "hr", "td", "th",
    };

    [GeneratedRegex("related|comment|share|social|banner|advert|ads-|sidebar|menu|breadcrumb|footer|login|subscribe|popup|cookie|player|tags|tin-khac|lienquan|relate", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateClass();

    public sealed record Result(string Text, DateOnly? Published);

    /// <summary>Real pages nest a few dozen levels; HTML5 tree building slows quadratically with depth.</summary>
    public const int MaxNesting = 5_000;

    [GeneratedRegex(@"<(/?)(div|span|section|article|table|tbody|ul|ol|blockquote|main|aside|header|footer|nav|form|font|b|i|u|em|strong|a|center|small|big|sup|sub)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContainerTag();

    /// <summary>Most elements and attributes a page may hold (counted by a linear pre-scan before parsing).</summary>
    public sealed record Limits(int MaxElements, int MaxAttributes, int MaxTextChars = InputLimits.DefaultMaxTextChars)
    {
        public static readonly Limits Default = new(InputLimits.DefaultMaxHtmlElements, InputLimits.DefaultMaxHtmlAttributes);
        /// <summary>One element's attributes: the parser checks each new one against the others (quadratic).</summary>
        public int MaxAttributesPerElement => Math.Max(100, MaxAttributes / 60); // 1,000 by default: 5,000 on one element already took 0.6 s
    }

    public static Result Read(string html) => Read(html, Limits.Default, CancellationToken.None);

    public static Result Read(string html, Limits limits, CancellationToken ct)
    {
        RejectDeepNesting(html);
        RejectExcessMarkup(html, limits);
        ct.ThrowIfCancellationRequested();
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        ct.ThrowIfCancellationRequested();
        var published = PublishedFromMeta(document);
        var title = document.QuerySelector("h1")?.TextContent.Trim()
            ?? document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Trim();

        var body = (IElement?)document.Body ?? document.DocumentElement;
        var seen = 0;
        foreach (var element in Descendants(body).ToList())
        {
            if ((++seen & 0x3FF) == 0) ct.ThrowIfCancellationRequested();
            if (DroppedTags.Contains(element.LocalName)) { element.Remove(); continue; }
            var marker = $"{element.ClassName} {element.Id}";
            if (marker.Length > 1 && BoilerplateClass().IsMatch(marker) && element.LocalName is not "body" and not "html" and not "article" and not "main")
                element.Remove();
        }

        var root = document.QuerySelector("[itemprop='articleBody']") ?? document.QuerySelector("article") ?? DensestElement(body) ?? body;
        ct.ThrowIfCancellationRequested();
        var text = Render(root);
        if (!string.IsNullOrWhiteSpace(title) && !text.Contains(title, StringComparison.Ordinal))
            text = title + "\n\n" + text;
        return new Result(text, published);
    }

    /// <summary>A linear pre-scan so hostile nesting is refused before the parser spends minutes on it.</summary>
    private static void RejectDeepNesting(string html)
    {
        var depth = 0;
        // EnumerateMatches: no Match object per tag (a page of 100,000 tags made 30 MB of them).
        foreach (var m in ContainerTag().EnumerateMatches(html))
        {
            depth = html[m.Index + 1] != '/' ? depth + 1 : Math.Max(0, depth - 1);
            if (depth > MaxNesting)
                throw new ArticleRejectedException(RejectionReason.BadHtml,
                    $"The web page nests its elements more than {MaxNesting:N0} levels deep, which no real article page does. Save the article's text instead (copy and paste it).");
        }
    }

    /// <summary>
    /// A linear pre-scan of the start tags: counts elements and attributes the way the parser will see
    /// them, and refuses a page with more than any real article page holds before the parser starts
    /// (its attribute handling is quadratic in the attributes of one element).
    /// </summary>
    private static void RejectExcessMarkup(string html, Limits limits)
    {
        int elements = 0, attributes = 0, i = 0, n = html.Length;
        long text = 0; // characters outside tags, scripts and styles: at least the page's text, counted before the parser builds it
        var from = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            text += i - from;
            if (text > limits.MaxTextChars)
                throw new ArticleRejectedException(RejectionReason.TooLarge,
                    $"The web page holds more than {limits.MaxTextChars:N0} characters of text, too long to be an article. Paste only the article itself.");
            i++;
            if (i >= n || !char.IsAsciiLetter(html[i]))
            {
                // An end tag, comment or doctype: markup, not text (to its '>').
                var close = i < n && html[i] is '/' or '!' or '?' ? html.IndexOf('>', i) : -1;
                from = close < 0 ? i - 1 : close + 1;
                if (close >= 0) i = close + 1;
                continue;
            }
            if (++elements > limits.MaxElements)
                throw InputLimits.TooComplex($"the web page holds more than {limits.MaxElements:N0} elements, which no real article page does");
            var nameStart = i;
            while (i < n && !IsSpace(html[i]) && html[i] is not '>' and not '/') i++;
            var rawText = html.AsSpan(nameStart, i - nameStart) is var name && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
                ? "</" + name.ToString() : null;
            var own = 0;
            while (i < n && html[i] != '>')
            {
                var c = html[i];
                if (IsSpace(c) || c == '/') { i++; continue; }
                if (++own > limits.MaxAttributesPerElement)
                    throw InputLimits.TooComplex($"one element of the web page holds more than {limits.MaxAttributesPerElement:N0} attributes, which no real article page does");
                if (++attributes > limits.MaxAttributes)
                    throw InputLimits.TooComplex($"the web page holds more than {limits.MaxAttributes:N0} attributes, which no real article page does");
                while (i < n && !IsSpace(html[i]) && html[i] is not '>' and not '=' and not '/') i++;
                while (i < n && IsSpace(html[i])) i++;
                if (i >= n || html[i] != '=') continue;
                i++;
                while (i < n && IsSpace(html[i])) i++;
                if (i < n && html[i] is '"' or '\'')
                {
                    var close = html.IndexOf(html[i], i + 1);
                    i = close < 0 ? n : close + 1;
                }
                else
                {
                    while (i < n && !IsSpace(html[i]) && html[i] != '>') i++;
                }
            }
            if (rawText is not null && i < n)
            {
                var end = html.IndexOf(rawText, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? n : end;
            }
            else if (i < n) i++; // past the '>'
            from = i;
        }
        text += n - Math.Min(from, n);
        if (text > limits.MaxTextChars)
            throw new ArticleRejectedException(RejectionReason.TooLarge,
                $"The web page holds more than {limits.MaxTextChars:N0} characters of text, too long to be an article. Paste only the article itself.");
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static DateOnly? PublishedFromMeta(IDocument document)
    {
        var value = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? document.QuerySelector("meta[itemprop='datePublished']")?.GetAttribute("content")
            ?? document.QuerySelector("meta[name='pubdate']")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        return value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", out var date) ? date : null;
    }

    /// <summary>The element whose direct paragraphs hold the most text (readability's core idea).</summary>
    private static IElement? DensestElement(IElement root)
    {
        var scores = new Dictionary<IElement, int>();
        foreach (var p in Descendants(root))
        {
            if (p.LocalName is not "p" and not "br" || p.ParentElement is not { } parent) continue;
            var length = p.LocalName == "p" ? p.TextContent.Length : 80;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + length / 2;
        }
        return scores.Count == 0 ? null : scores.MaxBy(kv => kv.Value).Key;
    }

    private static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;
            // ChildNodes is a list; Children is a filtered view whose indexer walks it from the start each time.
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push(child);
        }
    }

    private static string Render(INode root)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element && BlockTags.Contains(element.LocalName))
            {
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
                if (exit) continue;
                stack.Push((node, true));
            }
            if (exit) continue;
            if (node.NodeType == NodeType.Text)
            {
                var value = node.TextContent;
                if (value.Length > 0) sb.Append(value.Replace('\n', ' '));
                continue;
            }
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--) stack.Push((node.ChildNodes[i], false));
        }
        return sb.ToString();
    }
}
