using System.IO.Compression;
using System.Text;

namespace Twinning.Extraction.Tests.Hostile;

/// <summary>
/// The hostile inputs of issue 9 item 8, each within the 30 MB upload limit. Shared with
/// benchmarks/Twinning.Extraction.Benchmarks (linked there), so the tests and the figures use the same inputs.
/// </summary>
public static class HostileInputs
{
    private const string Article = "<h1>Đoàn đại biểu thăm Viên Chăn</h1><p>Ngày 5/3/2024, đoàn đại biểu thành phố Hà Nội đã thăm và làm việc tại Viên Chăn.</p>";

    /// <summary>One element carrying <paramref name="count"/> distinct attributes.</summary>
    public static string HtmlAttributesOnOneElement(int count = 300_000)
    {
        var sb = new StringBuilder("<html><body><div");
        for (var i = 0; i < count; i++) sb.Append(" a").Append(i).Append("=\"x\"");
        return sb.Append('>').Append(Article).Append("</div></body></html>").ToString();
    }

    /// <summary><paramref name="count"/> attributes spread ten to an element.</summary>
    public static string HtmlAttributesOnManyElements(int count = 300_000)
    {
        var sb = new StringBuilder("<html><body>").Append(Article);
        for (var i = 0; i < count / 10; i++)
        {
            sb.Append("<span");
            for (var j = 0; j < 10; j++) sb.Append(" a").Append(j).Append("=\"x\"");
            sb.Append("></span>");
        }
        return sb.Append("</body></html>").ToString();
    }

    /// <summary><paramref name="count"/> sibling elements (each one the parser and the cleaner visit).</summary>
    public static string HtmlManyElements(int count = 1_000_000)
    {
        var sb = new StringBuilder("<html><body>").Append(Article);
        for (var i = 0; i < count; i++) sb.Append("<p>x</p>");
        return sb.Append("</body></html>").ToString();
    }

    /// <summary>Elements nested <paramref name="depth"/> deep.</summary>
    public static string HtmlDeeplyNested(int depth = 200_000)
    {
        var sb = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append(Article);
        for (var i = 0; i < depth; i++) sb.Append("</div>");
        return sb.Append("</body></html>").ToString();
    }

    /// <summary>A small .docx whose document part inflates to about <paramref name="megabytes"/> MB of text.</summary>
    public static byte[] DocxBomb(int megabytes = 95)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var head = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>");
            document.Write(head);
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1024 * 1024));
            for (var i = 0; i < megabytes; i++) document.Write(chunk);
            document.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
        }
        return buffer.ToArray();
    }

    public static IEnumerable<(string Name, ArticleInput Input)> All()
    {
        yield return ("html-300k-attributes-one-element", ArticleInput.FromText(HtmlAttributesOnOneElement(), ArticleFormat.Html));
        yield return ("html-300k-attributes-many-elements", ArticleInput.FromText(HtmlAttributesOnManyElements(), ArticleFormat.Html));
        yield return ("html-1m-elements", ArticleInput.FromText(HtmlManyElements(), ArticleFormat.Html));
        yield return ("html-nested-200k", ArticleInput.FromText(HtmlDeeplyNested(), ArticleFormat.Html));
        yield return ("docx-95mb-bomb", ArticleInput.FromBytes(DocxBomb(), ArticleFormat.Docx, "bomb.docx"));
        yield return ("docx-15mb-under-the-cap", ArticleInput.FromBytes(DocxBomb(15), ArticleFormat.Docx, "big.docx"));
        yield return ("html-29mb-of-paragraphs", ArticleInput.FromText(HtmlLongText(29), ArticleFormat.Html));
        yield return ("html-just-under-every-limit", ArticleInput.FromText(HtmlJustUnderTheLimits(), ArticleFormat.Html));
    }

    /// <summary>
    /// The costliest page the limits let through: 19,000 paragraphs with three attributes each and
    /// as much article-like text as MaxTextChars allows (dates, names, titles), so the rules have work.
    /// </summary>
    public static string HtmlJustUnderTheLimits()
    {
        var sb = new StringBuilder("<html><body><article>").Append(Article);
        var sentence = "Ngày 5/3/2024, Phó Chủ tịch UBND thành phố Hà Nội đã tiếp đoàn đại biểu thủ đô Viên Chăn. ";
        var text = 0;
        for (var i = 0; i < 19_000 && text + 20_000 < InputLimits.DefaultMaxTextChars; i++)
        {
            // Each paragraph differs (the cleaner drops repeated lines as page furniture).
            var line = $"{sentence} Đoàn số {i} gồm {i % 40 + 3} thành viên, ngày {i % 28 + 1}/{i % 12 + 1}/20{i % 30 + 10}.";
            sb.Append("<p class=\"c\" id=\"p").Append(i).Append("\" data-i=\"").Append(i).Append("\">").Append(line).Append("</p>");
            text += line.Length;
        }
        return sb.Append("</article></body></html>").ToString();
    }

    /// <summary>Ordinary markup up to the upload limit: few elements, long paragraphs.</summary>
    public static string HtmlLongText(int megabytes)
    {
        var sb = new StringBuilder("<html><body>").Append(Article);
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("Hà Nội và Viên Chăn hợp tác. ", 3_000)) + "</p>";
        while (sb.Length < megabytes * 1024 * 1024) sb.Append(paragraph);
        return sb.Append("</body></html>").ToString();
    }
}
