using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Twinning.Features.Reports.Docx;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as a DOCX laid out as Decree 30 sets: A4 with its margins,
/// Times New Roman (Liberation Serif where absent, a Lao font for Lao), the two-column header block,
/// page numbers centred at the top from page two, "Nơi nhận:" and the signature at the end.
/// </summary>
public static class DocxReportWriter
{
    public static byte[] Write(ReportDocument report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    /// <summary>
    /// Writes the package to <paramref name="stream"/> (seekable: a package is a zip). The document's body
    /// is written element by element rather than built as one tree and saved: a report of ten thousand
    /// activities is some twenty thousand table rows, and only the row being written is ever in memory.
    /// </summary>
    public static void Write(ReportDocument report, Stream stream)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create(report.Language);
        AddFonts(main);

        // The parts the body refers to (charts, page headers) exist before the body is written in one pass.
        var drawingId = 1u;
        var charts = report.Body.Concat(report.Appendix).OfType<ReportChart>()
            .ToDictionary(c => c, c => DocxChart.Add(main, c.Chart, drawingId++), (IEqualityComparer<ReportChart>)ReferenceEqualityComparer.Instance);
        var section = Section(main);

        using (var writer = OpenXmlWriter.Create(main))
        {
            writer.WriteStartDocument(true);
            writer.WriteStartElement(new Document(), [], Namespaces);
            writer.WriteStartElement(new Body());
            IEnumerable<OpenXmlElement> header = report.Header.Layout == HeaderLayout.Lao ? LaoHeaderBlock(report.Header) : [HeaderBlock(report.Header)];
            foreach (var element in header) writer.WriteElement(element);
            writer.WriteElement(DocxText.Paragraph(report.Header.DocumentType, new TextStyle(DecreeFormat.SizeBody, Bold: true), JustificationValues.Center, spacingBefore: 360, spacingAfter: 0, keepNext: true));
            writer.WriteElement(DocxText.Paragraph(report.Header.Summary, new TextStyle(DecreeFormat.SizeBody, Bold: true), JustificationValues.Center, spacingAfter: 0, keepNext: true));
            writer.WriteElement(DocxText.Rule(DecreeFormat.TextWidth / 3));

            foreach (var block in report.Body) Write(writer, block, charts);
            writer.WriteElement(Closing(report.Closing));
            foreach (var block in report.Appendix) Write(writer, block, charts);
            writer.WriteElement(section);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        document.PackageProperties.Title = $"{report.Header.DocumentType} {report.Header.Summary}";
        document.PackageProperties.Language = report.Language;
        document.PackageProperties.Creator = "Twinning";
    }

    /// <summary>Declared once on the root rather than on every element that uses them (the section's r:id, the charts' drawing).</summary>
    private static readonly KeyValuePair<string, string>[] Namespaces =
    [
        new("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        new("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        new("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        new("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        new("c", "http://schemas.openxmlformats.org/drawingml/2006/chart"),
    ];

    private static void Write(OpenXmlWriter writer, ReportBlock block, Dictionary<ReportChart, Paragraph> charts)
    {
        var size = DecreeFormat.SizeBody;
        switch (block)
        {
            // Headings name Word's heading styles too, so they reach the navigation pane and a table of contents.
            case ReportHeading { Level: 0 } h:
                writer.WriteElement(DocxText.Paragraph(h.Text, new TextStyle(size, Bold: true), JustificationValues.Center, spacingAfter: 240, pageBreakBefore: true, keepNext: true, styleId: DocxStyles.Heading1));
                break;
            case ReportHeading h:
                writer.WriteElement(DocxText.Paragraph(h.Text, new TextStyle(size, Bold: true), JustificationValues.Both, firstLineIndent: DecreeFormat.FirstLineIndent, spacingBefore: 120, keepNext: true,
                    styleId: h.Level == 1 ? DocxStyles.Heading1 : DocxStyles.Heading2));
                break;
            case ReportToComplete p:
                writer.WriteElement(DocxText.Paragraph(p.Text, new TextStyle(size, Italic: true), JustificationValues.Both, DecreeFormat.FirstLineIndent));
                break;
            case ReportItem p:
                writer.WriteElement(DocxTables.StyledParagraph($"- {p.Text}", DocxStyles.ListItem)); // thousands of them: the style carries the look
                break;
            case ReportParagraph p:
                writer.WriteElement(DocxText.Paragraph(p.Text, new TextStyle(size), JustificationValues.Both, DecreeFormat.FirstLineIndent));
                break;
            case ReportTable t:
                writer.WriteElement(DocxText.Paragraph(t.Caption, new TextStyle(DecreeFormat.SizeTable, Bold: true), JustificationValues.Center, spacingBefore: 120, spacingAfter: 60, keepNext: true));
                DocxTables.Write(writer, t);
                writer.WriteElement(DocxText.Paragraph("", new TextStyle(DecreeFormat.SizeTable), JustificationValues.Left, spacingAfter: 0));
                break;
            case ReportChart c:
                writer.WriteElement(DocxText.Paragraph(c.Chart.Title, new TextStyle(DecreeFormat.SizeHeader, Bold: true, Italic: true), JustificationValues.Center, spacingBefore: 120, keepNext: true));
                writer.WriteElement(charts[c]);
                break;
            default:
                throw new NotSupportedException(block.GetType().Name);
        }
    }

    /// <summary>
    /// Decree 30's header: issuing body (with its parent above) and the number on the left; national
    /// name and motto, and the place and date, on the right. "Số" and the date share the second row,
    /// so they stand on one line as the decree's layout has them.
    /// </summary>
    private static Table HeaderBlock(ReportHeader h)
    {
        var bodies = new List<Paragraph>();
        if (h.ParentBody is not null)
            bodies.Add(DocxText.Paragraph(h.ParentBody, new TextStyle(DecreeFormat.SizeHeader), JustificationValues.Center, spacingAfter: 0));
        bodies.Add(DocxText.Paragraph(h.IssuingBody, new TextStyle(DecreeFormat.SizeHeader, Bold: true), JustificationValues.Center, spacingAfter: 0));
        bodies.Add(DocxText.Rule(1300));
        var leftWidth = DecreeFormat.TextWidth * 2 / 5;
        return DocxTables.Layout(leftWidth,
        [
            new LayoutRow(bodies,
            [
                DocxText.Paragraph(h.NationalName, new TextStyle(DecreeFormat.SizeHeader, Bold: true), JustificationValues.Center, spacingAfter: 0),
                DocxText.Paragraph(h.Motto, new TextStyle(DecreeFormat.SizeBody, Bold: true), JustificationValues.Center, spacingAfter: 0),
                DocxText.Rule(1050),
            ]),
            new LayoutRow(
                [DocxText.Paragraph(h.Number, new TextStyle(DecreeFormat.SizeHeader), JustificationValues.Center, spacingBefore: 60, spacingAfter: 0)],
                [DocxText.Paragraph(h.PlaceAndDate, new TextStyle(DecreeFormat.SizeBody, Italic: true), JustificationValues.Center, spacingBefore: 60, spacingAfter: 0)]),
        ]);
    }

    /// <summary>
    /// The header of a Lao administrative document: the national name and motto centred across the page
    /// (with the short rule below them), then the issuing body on the left and, on the right, the number
    /// ("ເລກທີ …") above the place and date line.
    /// </summary>
    private static IEnumerable<OpenXmlElement> LaoHeaderBlock(ReportHeader h)
    {
        yield return DocxText.Paragraph(h.NationalName, new TextStyle(DecreeFormat.SizeBody, Bold: true), JustificationValues.Center, spacingAfter: 0);
        yield return DocxText.Paragraph(h.Motto, new TextStyle(DecreeFormat.SizeHeader, Bold: true), JustificationValues.Center, spacingAfter: 0);
        yield return DocxText.Rule(DecreeFormat.TextWidth / 3);
        var bodies = new List<Paragraph>();
        if (h.ParentBody is not null)
            bodies.Add(DocxText.Paragraph(h.ParentBody, new TextStyle(DecreeFormat.SizeHeader), JustificationValues.Left, spacingAfter: 0));
        bodies.Add(DocxText.Paragraph(h.IssuingBody, new TextStyle(DecreeFormat.SizeHeader, Bold: true), JustificationValues.Left, spacingAfter: 0));
        yield return DocxTables.Layout(DecreeFormat.TextWidth * 2 / 5, // the date line is the longer of the two
        [
            new LayoutRow(bodies,
            [
                DocxText.Paragraph(h.Number, new TextStyle(DecreeFormat.SizeHeader), JustificationValues.Right, spacingAfter: 0),
                DocxText.Paragraph(h.PlaceAndDate, new TextStyle(DecreeFormat.SizeHeader), JustificationValues.Right, spacingAfter: 0),
            ]),
        ]);
    }

    private static Table Closing(ReportClosing closing)
    {
        var recipients = new List<Paragraph>
        {
            DocxText.Paragraph(closing.RecipientsLabel, new TextStyle(DecreeFormat.SizeRecipientsLabel, Bold: true, Italic: true), JustificationValues.Left, spacingBefore: 240, spacingAfter: 0),
        };
        recipients.AddRange(closing.Recipients.Select(r => DocxText.Paragraph(r, new TextStyle(DecreeFormat.SizeRecipients), JustificationValues.Left, spacingAfter: 0)));
        return DocxTables.Layout(DecreeFormat.TextWidth / 2,
        [
            new LayoutRow(recipients,
            [
                DocxText.Paragraph(closing.Authority, new TextStyle(DecreeFormat.SizeBody, Bold: true), JustificationValues.Center, spacingBefore: 240, spacingAfter: 0),
                DocxText.Paragraph(closing.SignerTitle, new TextStyle(DecreeFormat.SizeBody, Bold: true), JustificationValues.Center, spacingAfter: 0),
                DocxText.Paragraph(closing.SignerNote, new TextStyle(DecreeFormat.SizeHeader, Italic: true), JustificationValues.Center, spacingAfter: 1200),
            ]),
        ]);
    }

    /// <summary>A4 with the decree's margins; the first page has its own, empty header, the others the page number.</summary>
    private static SectionProperties Section(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new RunProperties(new FontSize { Val = DecreeFormat.SizePageNumber.ToString() }, new FontSizeComplexScript { Val = DecreeFormat.SizePageNumber.ToString() }),
                new Text("2"))) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) },
            new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) },
            new PageSize { Width = DecreeFormat.PageWidth, Height = DecreeFormat.PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin { Top = DecreeFormat.MarginTop, Bottom = DecreeFormat.MarginBottom, Left = DecreeFormat.MarginLeft, Right = DecreeFormat.MarginRight, Header = 567, Footer = 567, Gutter = 0 },
            new TitlePage());
    }

    /// <summary>The fonts with the names a reader's machine may have instead (w:altName).</summary>
    private static void AddFonts(MainDocumentPart main)
    {
        var fonts = main.AddNewPart<FontTablePart>();
        fonts.Fonts = new Fonts(
            Font(DecreeFormat.Font, DecreeFormat.FontFallback, FontFamilyValues.Roman, "02020603050405020304"),
            Font(DecreeFormat.LaoFont, DecreeFormat.LaoFontFallback, FontFamilyValues.Auto, null));
    }

    private static Font Font(string name, string alternative, FontFamilyValues family, string? panose)
    {
        var font = new Font { Name = name };
        font.Append(new AltName { Val = alternative });
        if (panose is not null) font.Append(new Panose1Number { Val = panose });
        font.Append(new FontCharSet { Val = "00" }, new FontFamily { Val = family }, new Pitch { Val = FontPitchValues.Variable });
        return font;
    }
}
