using System.IO.Compression;
using System.Security;
using System.Text;

namespace Twinning.Extraction.Tests;

/// <summary>Builds real .docx packages (the parts Word writes) for tests.</summary>
internal static class Docx
{
    public static byte[] WithParagraphs(params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(p)}</w:t></w:r></w:p>"));
        return Package($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");
    }

    public static byte[] Package(string documentXml) => Package(w => w.Write(Encoding.UTF8.GetBytes(documentXml)));

    public static byte[] Package(Action<Stream> writeDocument)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            writeDocument(document);
        }
        return buffer.ToArray();
    }
}
