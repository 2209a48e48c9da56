namespace Twinning.Extraction;

public enum ArticleFormat { PlainText, Html, Docx }

/// <summary>An article as received: already-decoded text, or bytes with the format they claim to be.</summary>
public sealed class ArticleInput
{
    private ArticleInput(ArticleFormat format, string? text, byte[]? bytes, string? fileName)
    {
        Format = format;
        Text = text;
        Bytes = bytes;
        FileName = fileName;
    }

    public ArticleFormat Format { get; }
    public string? Text { get; }
    public byte[]? Bytes { get; }
    public string? FileName { get; }

    public static ArticleInput FromText(string text, ArticleFormat format = ArticleFormat.PlainText) =>
        new(format, text ?? throw new ArgumentNullException(nameof(text)), null, null);

    public static ArticleInput FromBytes(byte[] bytes, ArticleFormat format, string? fileName = null) =>
        new(format, null, bytes ?? throw new ArgumentNullException(nameof(bytes)), fileName);

    /// <summary>The format is taken from the file name's extension (.txt, .html/.htm, .docx).</summary>
    public static ArticleInput FromBytes(byte[] bytes, string fileName) => FromBytes(bytes, FormatOf(fileName), fileName);

    /// <summary>Reads at most <paramref name="maxBytes"/> (+1 to detect excess) so a huge stream is refused, not buffered.</summary>
    public static ArticleInput FromStream(Stream stream, string fileName, long maxBytes = InputLimits.DefaultMaxInputBytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw InputLimits.TooLarge(buffer.Length, maxBytes, "file");
        }
        return FromBytes(buffer.ToArray(), fileName);
    }

    public static ArticleFormat FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".txt" or ".text" or "" => ArticleFormat.PlainText,
        ".html" or ".htm" or ".xhtml" => ArticleFormat.Html,
        ".docx" => ArticleFormat.Docx,
        var other => throw new ArticleRejectedException(RejectionReason.UnsupportedFormat,
            $"Files of type '{other}' cannot be read as articles. Use plain text (.txt), a saved web page (.html) or a Word document (.docx)."),
    };
}

/// <summary>Size limits, so no input can make the extractor run out of time or memory.</summary>
public static class InputLimits
{
    /// <summary>Largest file: a saved web page with its inline scripts and styles can run to a few megabytes.</summary>
    public const long DefaultMaxInputBytes = 30L * 1024 * 1024;
    /// <summary>Longest article text (after a page's markup is gone); press articles are a few tens of kilobytes.</summary>
    /// <remarks>Half a million characters (ten times the longest report-style article) keeps one article within the
    /// time budget and under 100 MB; at 2 M characters the rules took over 2 s and 300 MB for four at once.</remarks>
    public const int DefaultMaxTextChars = 512 * 1024;
    /// <summary>Most bytes a DOCX's document part may inflate to (zip bombs are stopped here).</summary>
    /// <remarks>Real articles' document.xml is well under a megabyte; 16 MB keeps the reader's memory bounded.</remarks>
    public const long DefaultMaxDocxUncompressedBytes = 16L * 1024 * 1024;
    /// <summary>Real article pages hold a few thousand elements.</summary>
    public const int DefaultMaxHtmlElements = 20_000;
    /// <summary>Real article pages hold a few thousand attributes; hostile ones hundreds of thousands.</summary>
    public const int DefaultMaxHtmlAttributes = 60_000;
    /// <summary>A real article takes milliseconds; a one-megabyte text well under a second.</summary>
    public static readonly TimeSpan DefaultTimeBudget = TimeSpan.FromSeconds(2);

    internal static ArticleRejectedException TooComplex(string why) =>
        new(RejectionReason.TooComplex, $"The input is too complex to be read as an article: {why}. Paste only the article's text.");

    internal static ArticleRejectedException TooLarge(long size, long limit, string what) =>
        new(RejectionReason.TooLarge,
            $"The {what} is too large to be an article ({size / 1024 / 1024.0:0.#} MB; the limit is {limit / 1024 / 1024} MB). Paste only the article itself.");
}
