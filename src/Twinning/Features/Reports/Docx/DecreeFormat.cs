namespace Twinning.Features.Reports.Docx;

/// <summary>
/// The measures of Decree 30/2020/NĐ-CP, Appendix I, in Word's units: twentieths of a point (twips) for
/// lengths, half-points for font sizes. One place, so a test can compare the document with the decree.
/// </summary>
public static class DecreeFormat
{
    /// <summary>A4 portrait: 210 × 297 mm.</summary>
    public const int PageWidth = 11906, PageHeight = 16838;

    /// <summary>Top and bottom 20 mm (decree: 20–25), left 30 mm (30–35), right 15 mm (15–20).</summary>
    public const int MarginTop = 1134, MarginBottom = 1134, MarginLeft = 1701, MarginRight = 850;

    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>First-line indent of body paragraphs: 1 cm.</summary>
    public const int FirstLineIndent = 567;

    /// <summary>At least 6 pt between paragraphs; line spacing 1.3 (decree: single to 1.5).</summary>
    public const int SpacingAfter = 120, LineSpacing = 312;

    public const string Font = "Times New Roman";

    /// <summary>Metric-compatible with Times New Roman and free, so LibreOffice on Linux lays out the same lines.</summary>
    public const string FontFallback = "Liberation Serif";

    /// <summary>Times New Roman has no Lao letters: Lao runs name a Lao font (Debian: fonts-lao, fonts-noto-core).</summary>
    public const string LaoFont = "Phetsarath OT", LaoFontFallback = "Noto Serif Lao";

    /// <summary>Half-points: 13 pt for the header's bodies and number, 14 pt for body text and headings.</summary>
    public const int SizeHeader = 26, SizeBody = 28, SizeTable = 24, SizePageNumber = 26;

    /// <summary>"Nơi nhận:" in 12 pt bold italic, its list in 11 pt.</summary>
    public const int SizeRecipientsLabel = 24, SizeRecipients = 22;
}
