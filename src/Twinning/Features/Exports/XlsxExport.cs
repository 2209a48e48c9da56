using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Twinning.Data;

namespace Twinning.Features.Exports;

/// <summary>
/// Every record kind of a partnership as one workbook, a sheet per kind, titled and headed in the reader's
/// language with enum values as words: a bold frozen header row with
/// an autofilter, dates as real dates, amounts and counts as numbers. Rows are streamed with the SAX
/// writer straight into a zip opened for writing only, so each sheet is compressed as it is written and
/// memory stays flat however large the partnership. The package's few fixed parts are written here by
/// hand because the SDK's package layer keeps every part in memory until the end.
/// </summary>
public static class XlsxExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // Indexes into the cell formats of the stylesheet below (the import template uses them too).
    internal const uint PlainStyle = 0, HeaderStyle = 1, DateStyle = 2, QuotedTextStyle = 3;
    private const uint IsoDateFormat = 164; // the first id free for custom number formats

    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string SpreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /// <summary>Writes the workbook to <paramref name="output"/> (a file: the sheets are written synchronously).</summary>
    public static async Task WriteAsync(IReadOnlyList<IExportSheet> sheets, ExportLanguage language, TwinningDb db, int partnershipId, Stream output, CancellationToken ct)
    {
        using var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true);
        var sheetList = new Sheets();
        var filters = new DefinedNames();
        for (var index = 0; index < sheets.Count; index++)
        {
            var sheet = sheets[index];
            var title = language.SheetTitle(sheet);
            int rows;
            await using (var part = zip.CreateEntry($"xl/worksheets/sheet{index + 1}.xml").Open())
                rows = await WriteSheetAsync(sheet, language, part, db, partnershipId, ct);
            sheetList.Append(new Sheet { Name = title, SheetId = (uint)index + 1, Id = $"rId{index + 1}" });
            // Excel keeps an autofilter's range in this hidden name as well as on the sheet.
            filters.Append(new DefinedName($"'{title.Replace("'", "''")}'!$A$1:${ColumnName(sheet.Columns.Count - 1)}${rows + 1}")
                { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)index, Hidden = true });
        }
        Part(zip, "xl/workbook.xml", new Workbook(sheetList, filters).OuterXml);
        Part(zip, "xl/styles.xml", Styles().OuterXml);
        Part(zip, "xl/_rels/workbook.xml.rels", Relationships(sheets.Select((_, i) => ($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml"))
            .Append(($"rId{sheets.Count + 1}", "styles", "styles.xml"))));
        Part(zip, "_rels/.rels", Relationships([("rId1", "officeDocument", "xl/workbook.xml")]));
        Part(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + $"<Override PartName=\"/xl/workbook.xml\" ContentType=\"{SpreadsheetTypes}sheet.main+xml\"/>"
            + $"<Override PartName=\"/xl/styles.xml\" ContentType=\"{SpreadsheetTypes}styles+xml\"/>"
            + string.Concat(sheets.Select((_, i) => $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"{SpreadsheetTypes}worksheet+xml\"/>"))
            + "</Types>");
    }

    private static string Relationships(IEnumerable<(string Id, string Type, string Target)> relationships) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{RelationshipTypes}{r.Type}\" Target=\"{r.Target}\"/>"))
        + "</Relationships>";

    private static void Part(System.IO.Compression.ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new System.Text.UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        writer.Write(xml);
    }

    private static async Task<int> WriteSheetAsync(IExportSheet sheet, ExportLanguage language, Stream part, TwinningDb db, int partnershipId, CancellationToken ct)
    {
        var lastColumn = ColumnName(sheet.Columns.Count - 1);
        var rowCount = 0;
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
            { WorkbookViewId = 0 }));
        writer.WriteElement(new Columns(sheet.Columns.Select((c, i) => new DocumentFormat.OpenXml.Spreadsheet.Column
            { Min = (uint)i + 1, Max = (uint)i + 1, Width = c.Width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        WriteRow(writer, 1, sheet.Columns.Select(c => (object?)language.Header(c.Name)).ToArray(), header: true);
        await foreach (var row in sheet.RowsAsync(db, partnershipId, ct))
            WriteRow(writer, (uint)(++rowCount + 1), [.. row.Select(language.Value)], header: false);
        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{rowCount + 1}" });
        writer.WriteEndElement();
        return rowCount;
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, object?[] values, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null) continue;
            var cell = Cell(values[i]!, header);
            cell.CellReference = ColumnName(i) + rowIndex.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static Cell Cell(object value, bool header) => value switch
    {
        // A date is the spreadsheet's serial day number with a date format: it sorts, filters and sums as a date.
        DateOnly date => new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)))
            { StyleIndex = DateStyle },
        bool flag => new Cell(new CellValue(flag)) { DataType = CellValues.Boolean },
        decimal amount => new Cell(new CellValue(amount)) { DataType = CellValues.Number },
        int count => new Cell(new CellValue(count)) { DataType = CellValues.Number },
        _ => Text(value.ToString() ?? "", header),
    };

    /// <summary>
    /// Inline text: never a formula, whatever it starts with. Text that looks like one also gets Excel's
    /// quote prefix, so editing the cell later does not turn it into a formula either.
    /// </summary>
    private static Cell Text(string text, bool header) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        DataType = CellValues.InlineString,
        StyleIndex = header ? HeaderStyle : SpreadsheetText.LooksLikeFormula(text) ? QuotedTextStyle : PlainStyle,
    };

    internal static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = IsoDateFormat, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = IsoDateFormat, FontId = 0, FillId = 0, BorderId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, QuotePrefix = true, ApplyNumberFormat = true })
        { Count = 4 });

    /// <summary>0 → A, 25 → Z, 26 → AA.</summary>
    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
