using System.Text;

namespace Twinning.Extraction.Input;

/// <summary>
/// Turns bytes into text: BOMs and BOM-less UTF-16 are recognised, UTF-8 is read strictly, and other
/// single-byte text is read as Windows-1258 (the Vietnamese code page) with a note saying so.
/// Binary data is refused rather than guessed at.
/// </summary>
internal static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, List<string> notes)
    {
        if (bytes.Length == 0) throw new ArticleRejectedException(RejectionReason.Empty, "The file is empty: there is no article to read.");
        RejectKnownBinary(bytes);

        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return Strict(new UTF8Encoding(false, true), bytes, 3, "UTF-8");
        if (bytes is [0xFF, 0xFE, 0, 0, ..]) return Strict(new UTF32Encoding(false, false, true), bytes, 4, "UTF-32");
        if (bytes is [0xFF, 0xFE, ..]) return Strict(new UnicodeEncoding(false, false, true), bytes, 2, "UTF-16");
        if (bytes is [0xFE, 0xFF, ..]) return Strict(new UnicodeEncoding(true, false, true), bytes, 2, "UTF-16");

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            notes.Add("The file had no byte-order mark; it was read as UTF-16.");
            return Strict(new UnicodeEncoding(bigEndian, false, true), bytes, 0, "UTF-16");
        }
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            throw new ArticleRejectedException(RejectionReason.Binary,
                "The file holds binary data, not text (it contains NUL bytes). Save the article as plain text, a web page or a Word document.");
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            notes.Add("The file is not UTF-8; it was read as Windows-1258 (Vietnamese). Check the text for wrong letters.");
            return Encoding.GetEncoding(1258).GetString(bytes);
        }
    }

    private static string Strict(Encoding encoding, byte[] bytes, int skip, string name)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new ArticleRejectedException(RejectionReason.UnreadableEncoding,
                $"The file says it is {name} but contains bytes that are not valid {name}. Save it again as UTF-8 text.", e);
        }
    }

    /// <summary>Latin/Vietnamese text in UTF-16 has a zero byte in most code units' high half.</summary>
    private static bool LooksLikeUtf16(byte[] bytes, out bool bigEndian)
    {
        bigEndian = false;
        var n = Math.Min(bytes.Length, 4096) & ~1;
        if (n < 4) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        var pairs = n / 2;
        if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return true;
        if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) { bigEndian = true; return true; }
        return false;
    }

    private static void RejectKnownBinary(byte[] b)
    {
        string? kind = b switch
        {
            [0x50, 0x4B, 0x03, 0x04, ..] => "a ZIP archive (perhaps a Word .docx file — give it the .docx extension)",
            [0x25, 0x50, 0x44, 0x46, ..] => "a PDF document",
            [0x89, 0x50, 0x4E, 0x47, ..] => "a PNG image",
            [0xFF, 0xD8, 0xFF, ..] => "a JPEG image",
            [0x47, 0x49, 0x46, 0x38, ..] => "a GIF image",
            [0xD0, 0xCF, 0x11, 0xE0, ..] => "an old Word/Excel (.doc/.xls) file",
            [0x4D, 0x5A, ..] => "a program",
            [0x7F, 0x45, 0x4C, 0x46, ..] => "a program",
            [0x1F, 0x8B, ..] => "a gzip archive",
            _ => null,
        };
        if (kind is not null)
            throw new ArticleRejectedException(RejectionReason.Binary,
                $"The file is {kind}, not text. Save the article as plain text (.txt), a web page (.html) or a Word document (.docx).");
    }
}
