using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Twinning.Features.Spreadsheets;

/// <summary>One cell as a spreadsheet program holds it: text, or a number that may be formatted as a date.</summary>
public sealed record SheetCell(string Text, double? Number, bool IsDate);

/// <summary>A row of a sheet: its number as the spreadsheet shows it, and its cells by column index (0 = A).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<int, SheetCell> Cells);

/// <summary>A sheet by its title, with its rows (the first is the header).</summary>
public sealed record SheetContent(string Title, IReadOnlyList<SheetRow> Rows);

/// <summary>Why a file could not be read at all (a resource key): nothing of it is shown or written.</summary>
public sealed class UnreadableWorkbook(string reason, params object[] arguments) : Exception(reason)
{
    public string Reason => Message;
    public object[] Arguments => arguments;
}

/// <summary>
/// Reads an uploaded XLSX into plain cells. Uploads are untrusted: the size of the file, of the XML once
/// unzipped (a zip bomb is small) and the number of rows are bounded before anything is parsed, and any
/// file the Open XML SDK cannot open is refused with a reason rather than an error page.
/// </summary>
public static class WorkbookFile
{
    public const long MaxBytes = 4 * 1024 * 1024;
    public const long MaxUnzippedBytes = 64 * 1024 * 1024;
    public const int MaxRows = 5000;

    public static IReadOnlyList<SheetContent> Read(byte[] bytes)
    {
        if (bytes.Length == 0) throw new UnreadableWorkbook("Spreadsheets.Error.Empty");
        if (bytes.Length > MaxBytes) throw new UnreadableWorkbook("Spreadsheets.Error.TooLarge", MaxBytes / (1024 * 1024));
        CheckUnzippedSize(bytes);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new UnreadableWorkbook("Spreadsheets.Error.NotXlsx");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var dateStyles = DateStyles(workbook);
            var sheets = new List<SheetContent>();
            var rowCount = 0;
            foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part) continue;
                var rows = new List<SheetRow>();
                foreach (var row in part.Worksheet.Descendants<Row>())
                {
                    if (++rowCount > MaxRows + 20) throw new UnreadableWorkbook("Spreadsheets.Error.TooManyRows", MaxRows);
                    var cells = new Dictionary<int, SheetCell>();
                    var next = 0;
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                        next = index + 1;
                        if (Read(cell, strings, dateStyles) is { } value) cells[index] = value;
                    }
                    if (cells.Count > 0) rows.Add(new SheetRow((int)(row.RowIndex?.Value ?? (uint)rows.Count + 1), cells));
                }
                sheets.Add(new SheetContent(sheet.Name?.Value ?? "", rows));
            }
            return sheets;
        }
        catch (UnreadableWorkbook) { throw; }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            throw new UnreadableWorkbook("Spreadsheets.Error.NotXlsx");
        }
    }

    /// <summary>0 for "A7", 27 for "AB3".</summary>
    public static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z') break;
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    private static void CheckUnzippedSize(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) > MaxUnzippedBytes) throw new UnreadableWorkbook("Spreadsheets.Error.TooLarge", MaxBytes / (1024 * 1024));
        }
        catch (InvalidDataException)
        {
            throw new UnreadableWorkbook("Spreadsheets.Error.NotXlsx");
        }
    }

    private static SheetCell? Read(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return Text(cell.InlineString?.InnerText);
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? Text(strings[i]) : null;
        if (type == CellValues.String || type == CellValues.Error) return Text(raw);
        if (type == CellValues.Boolean) return raw is null ? null : new SheetCell(raw == "1" ? "TRUE" : "FALSE", null, false);
        if (string.IsNullOrWhiteSpace(raw)) return null;
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return Text(raw);
        return new SheetCell(raw, number, cell.StyleIndex?.Value is { } style && dateStyles.Contains(style));
    }

    private static SheetCell? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : new SheetCell(text.Trim().Normalize(System.Text.NormalizationForm.FormC), null, false);

    /// <summary>The cell formats whose number format shows a date: Excel's built-in ones, or a custom code with day and year.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.FormatCode?.Value is { } code && IsDateCode(code))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var styles = new HashSet<uint>();
        var index = 0u;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 17 or 22 || custom.Contains(id)) styles.Add(index);
            index++;
        }
        return styles;
    }

    private static bool IsDateCode(string code)
    {
        // Quoted literals and colours ("[Red]") are not date parts.
        var bare = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", "").ToLowerInvariant();
        return bare.Contains('y') && bare.Contains('d');
    }
}
