using Twinning.Features.Charts;

namespace Twinning.Features.Reports;

/// <summary>
/// A report as content only: the header block, the body as a list of blocks, and the closing. Built once
/// by <see cref="ReportComposer"/> and rendered twice, as HTML (Print.cshtml) and as DOCX
/// (<see cref="Docx.DocxReportWriter"/>), so the two cannot say different things.
/// </summary>
public sealed record ReportDocument(string Language, ReportHeader Header, IReadOnlyList<ReportBlock> Body, ReportClosing Closing, IReadOnlyList<ReportBlock> Appendix);

/// <summary>
/// The header block: issuing body, number, national name and motto, place and date, then the type and
/// summary. <see cref="Layout"/> says which country's administrative layout places them.
/// </summary>
public sealed record ReportHeader(
    string? ParentBody,
    string IssuingBody,
    string Number,
    string NationalName,
    string Motto,
    string PlaceAndDate,
    string DocumentType,
    string Summary,
    HeaderLayout Layout = HeaderLayout.Decree30);

/// <summary>
/// Decree30: the Vietnamese two-column block (issuing body and number left, national name, motto and date right).
/// Lao: the layout of Lao administrations: the national name and motto centred above everything, then the
/// issuing body on the left and the number with the place and date on the right.
/// </summary>
public enum HeaderLayout
{
    Decree30,
    Lao,
}

/// <summary>"Nơi nhận:" with its list (left) and the signature block (right).</summary>
public sealed record ReportClosing(string RecipientsLabel, IReadOnlyList<string> Recipients, string Authority, string SignerTitle, string SignerNote);

public abstract record ReportBlock;

/// <summary>Level 1: "I. NHỮNG KẾT QUẢ…" (bold capitals); level 2: "1. …" (bold); level 0: a centred part title.</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;

/// <summary>Justified body text with a first-line indent.</summary>
public sealed record ReportParagraph(string Text) : ReportBlock;

/// <summary>A point of a list, "- …".</summary>
public sealed record ReportItem(string Text) : ReportBlock;

/// <summary>Italic guidance for the officer who completes the report (shortcomings, next steps).</summary>
public sealed record ReportToComplete(string Text) : ReportBlock;

public sealed record ReportTable(string Id, string Caption, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A column and its share of the table's width (the shares of a table add up to 100).</summary>
public sealed record ReportColumn(string Header, int Percent, bool Numeric = false);

public sealed record ReportChart(Chart Chart) : ReportBlock;
