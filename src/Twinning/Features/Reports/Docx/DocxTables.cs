using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Twinning.Features.Reports.Docx;

/// <summary>
/// Report tables in Word: ruled, fixed widths from the model's shares, the header row repeated on every
/// page. The caption is the paragraph before the table (w:tblCaption is a Word 2010 addition that
/// strict Office 2007 validation refuses).
/// </summary>
public static class DocxTables
{
    /// <summary>
    /// Writes the table row by row: the rows of a large report are built one at a time and written at
    /// once, never held as one tree.
    /// </summary>
    public static void Write(OpenXmlWriter writer, ReportTable model)
    {
        var widths = model.Columns.Select(c => DecreeFormat.TextWidth * c.Percent / 100).ToList();
        writer.WriteStartElement(new Table());
        writer.WriteElement(new TableProperties(
            new TableWidth { Width = DecreeFormat.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })));
        writer.WriteElement(new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString() })));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var c = 0; c < model.Columns.Count; c++)
            header.Append(Cell(model.Columns[c].Header, widths[c], new TextStyle(DecreeFormat.SizeTable, Bold: true), JustificationValues.Center));
        writer.WriteElement(header);

        // Body cells name a paragraph style instead of repeating size, spacing and alignment: an
        // appendix of ten thousand activities is fifty thousand cells, and their markup is most of the file.
        foreach (var row in model.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < model.Columns.Count; c++)
                tr.Append(new TableCell(StyledParagraph(row[c], model.Columns[c].Numeric ? DocxStyles.TableNumber : DocxStyles.TableText)));
            writer.WriteElement(tr);
        }
        writer.WriteEndElement();
    }

    public static Paragraph StyledParagraph(string text, string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(DocxText.Runs(text, null));
        return paragraph;
    }

    public static TableCell Cell(string text, int width, TextStyle style, JustificationValues justification) =>
        new(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }),
            DocxText.Paragraph(text, style, justification, spacingAfter: 0));

    /// <summary>A table without rules that only places blocks side by side: the header block and the closing.</summary>
    public static Table Layout(int leftWidth, IEnumerable<LayoutRow> rows)
    {
        var rightWidth = DecreeFormat.TextWidth - leftWidth;
        var table = new Table(new TableProperties(
                new TableWidth { Width = DecreeFormat.TextWidth.ToString(), Type = TableWidthUnitValues.Dxa },
                new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                    new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = leftWidth.ToString() }, new GridColumn { Width = rightWidth.ToString() }));
        foreach (var (left, right) in rows)
            table.Append(new TableRow(LayoutCell(leftWidth, left), LayoutCell(rightWidth, right)));
        return table;
    }

    private static TableCell LayoutCell(int width, IEnumerable<Paragraph> paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(), Type = TableWidthUnitValues.Dxa }));
        cell.Append(paragraphs);
        return cell;
    }
}

/// <summary>The paragraphs of the left and the right cell of one row of a layout table.</summary>
public readonly record struct LayoutRow(IEnumerable<Paragraph> Left, IEnumerable<Paragraph> Right);
