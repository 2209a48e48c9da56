using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>
/// Edits an exported workbook as an officer would before uploading it again: the row of one record (found by
/// its ID column) gets new text in some cells, or a cell emptied. Cells are written as inline text, as a
/// spreadsheet program keeps typed text.
/// </summary>
public static class WorkbookEditor
{
    public static byte[] Edit(byte[] workbook, string sheetTitle, int id, IReadOnlyDictionary<string, string?> values)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetTitle);
            var data = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var rows = data.Elements<Row>().ToList();
            var columns = rows[0].Elements<Cell>().ToDictionary(c => c.InnerText, c => Letters(c.CellReference!.Value!));
            var idColumn = columns[Exports.ExportWords.Vi.Header("id")];
            var row = rows.Skip(1).Single(r => r.Elements<Cell>().Any(c => Letters(c.CellReference!.Value!) == idColumn && c.InnerText == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var (header, value) in values)
            {
                var reference = columns[header] + row.RowIndex!.Value;
                row.Elements<Cell>().SingleOrDefault(c => c.CellReference!.Value == reference)?.Remove();
                if (value is null) continue;
                var cell = new Cell(new InlineString(new Text(value))) { CellReference = reference, DataType = CellValues.InlineString };
                // Cells stay in column order, as the file format requires.
                var after = row.Elements<Cell>().LastOrDefault(c => Compare(c.CellReference!.Value!, reference) < 0);
                if (after is null) row.PrependChild(cell);
                else after.InsertAfterSelf(cell);
            }
        }
        return stream.ToArray();
    }

    private static string Letters(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());

    private static int Compare(string a, string b)
    {
        var (x, y) = (Letters(a), Letters(b));
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }
}
