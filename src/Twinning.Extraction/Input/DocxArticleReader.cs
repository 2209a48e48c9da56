using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Twinning.Extraction.Input;

/// <summary>
/// Reads the body text of a Word (.docx) file: paragraphs, tabs and line breaks of word/document.xml.
/// The zip is opened defensively — a file that is not a zip, lacks the document part, or inflates
/// past the limit (a zip bomb) is refused with a message, never read to exhaustion.
/// </summary>
internal static class DocxArticleReader
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string Read(byte[] bytes, long maxUncompressed, int maxTextChars = InputLimits.DefaultMaxTextChars, CancellationToken ct = default)
    {
        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
            throw new ArticleRejectedException(RejectionReason.BadDocx,
                "The file is not a Word document (.docx): it is not a zip package. If it is an old .doc file, open it in Word and save it as .docx.");
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > 10_000) throw Bad("it holds an implausible number of parts");
            var entry = zip.GetEntry("word/document.xml") ?? throw Bad("it has no document body (word/document.xml)");
            if (entry.Length > maxUncompressed)
                throw new ArticleRejectedException(RejectionReason.TooLarge,
                    $"The Word document's text would unpack to {entry.Length / 1024 / 1024} MB, more than the {maxUncompressed / 1024 / 1024} MB allowed (it may be a zip bomb).");
            using var stream = new LimitedStream(entry.Open(), maxUncompressed);
            return ReadBody(stream, maxTextChars, ct);
        }
        catch (InvalidDataException e)
        {
            throw new ArticleRejectedException(RejectionReason.BadDocx, "The Word document is damaged: its zip structure cannot be read.", e);
        }
        catch (XmlException e)
        {
            throw new ArticleRejectedException(RejectionReason.BadDocx, $"The Word document is damaged: its text part is not valid XML ({e.Message}).", e);
        }
    }

    private static ArticleRejectedException Bad(string why) =>
        new(RejectionReason.BadDocx, $"The file is not a usable Word document: {why}.");

    private static string ReadBody(Stream stream, int maxTextChars, CancellationToken ct)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, MaxCharactersFromEntities = 0 };
        using var reader = XmlReader.Create(stream, settings);
        var sb = new StringBuilder();
        var nodes = 0;
        while (reader.Read())
        {
            if ((++nodes & 0xFFF) == 0) ct.ThrowIfCancellationRequested();
            if (reader.NamespaceURI != WordNs) continue;
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "t" when !reader.IsEmptyElement: AppendText(reader, sb, maxTextChars); break;
                    case "tab": sb.Append('\t'); break;
                    case "br" or "cr": sb.Append('\n'); break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "p")
            {
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// A run's text, read in chunks so one huge w:t never becomes one huge string; stops at the article
    /// text limit instead of collecting megabytes first and refusing afterwards.
    /// </summary>
    private static void AppendText(XmlReader reader, StringBuilder sb, int maxTextChars)
    {
        var buffer = new char[4096];
        while (reader.Read() && reader.NodeType is XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA)
        {
            int n;
            while ((n = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
            {
                sb.Append(buffer, 0, n);
                if (sb.Length > maxTextChars)
                    throw new ArticleRejectedException(RejectionReason.TooLarge,
                        $"The Word document holds more than {maxTextChars:N0} characters of text, too long to be an article. Paste only the article itself.");
            }
        }
        // The reader now stands on the run's end tag (or whatever follows); the main loop reads on from there.
    }

    /// <summary>Stops reading once more than the limit has come out, whatever the zip header claimed.</summary>
    private sealed class LimitedStream(Stream inner, long limit) : Stream
    {
        private long read;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            if (read > limit)
                throw new ArticleRejectedException(RejectionReason.TooLarge,
                    $"The Word document unpacks to more than {limit / 1024 / 1024} MB of text (it may be a zip bomb).");
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
