using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Twinning.Tests.Features.Exports;

/// <summary>An XLSX file opened with the Open XML SDK, cell by cell, as a spreadsheet program would read it.</summary>
public sealed class WorkbookReader : IDisposable
{
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;

    public WorkbookReader(byte[] bytes)
    {
        _stream = new MemoryStream(bytes);
        _document = SpreadsheetDocument.Open(_stream, false);
    }

    public WorkbookPart Workbook => _document.WorkbookPart!;

    /// <summary>What the Open XML SDK's schema validator finds wrong with the file (Office 2019 rules).</summary>
    public IReadOnlyList<string> ValidationErrors() =>
        new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019).Validate(_document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    public IReadOnlyList<string> SheetNames => Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)Workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>The sheet's rows as header → cell, the first row giving the headers.</summary>
    public List<Dictionary<string, Cell>> Rows(string name)
    {
        var rows = Sheet(name).GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        var headers = rows[0].Elements<Cell>().ToDictionary(c => ColumnOf(c), Text);
        return rows.Skip(1).Select(r => r.Elements<Cell>().ToDictionary(c => headers[ColumnOf(c)], c => c)).ToList();
    }

    /// <summary>
    /// The rows of one kind's sheet in a workbook written for <paramref name="words"/>' reader (Vietnamese by
    /// default), keyed by column name ("title_vi") rather than by the header the reader sees.
    /// </summary>
    public List<Dictionary<string, Cell>> Named(string kind, ExportWords? words = null)
    {
        words ??= ExportWords.Vi;
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == words.SheetTitle(kind));
        var rows = Rows(sheet.Name!.Value!);
        return rows.Select(r => r.ToDictionary(c => NameOf(c.Key, kind, words), c => c.Value)).ToList();
    }

    private static string NameOf(string header, string kind, ExportWords words) =>
        Twinning.Features.Exports.ExportSheets.Named(kind)!.Columns.Select(c => c.Name).SingleOrDefault(n => words.Header(n) == header)
        ?? throw new KeyNotFoundException($"no column of {kind} is headed '{header}' in {words.Language}");

    public static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";

    public CellFormat Format(Cell cell) =>
        Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    /// <summary>A date cell: a number whose format is a date pattern. Fails for text that merely looks like a date.</summary>
    public DateOnly Date(Cell cell)
    {
        (cell.DataType is null || cell.DataType.Value == CellValues.Number).ShouldBeTrue("a date is a number, not text");
        var formatId = Format(cell).NumberFormatId!.Value;
        var code = Workbook.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId!.Value == formatId)?.FormatCode?.Value;
        (formatId is >= 14 and <= 17 || code is not null && code.Contains('y') && code.Contains('d')).ShouldBeTrue($"number format {formatId} ({code}) is a date format");
        return DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)));
    }

    public static decimal Number(Cell cell)
    {
        (cell.DataType is null || cell.DataType.Value == CellValues.Number).ShouldBeTrue("an amount is a number, not text");
        return decimal.Parse(cell.CellValue!.Text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static string ColumnOf(Cell cell) => new(cell.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray());

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}
