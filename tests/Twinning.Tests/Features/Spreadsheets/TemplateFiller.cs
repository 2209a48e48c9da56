using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>
/// Fills a downloaded template (or an exported workbook) as an officer would in a spreadsheet program: rows
/// appended under the header of a sheet, text as text, dates as real date cells in the file's date style.
/// </summary>
public static class TemplateFiller
{
    public static byte[] Fill(byte[] template, string sheetTitle, params IReadOnlyDictionary<string, object>[] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetTitle);
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var headers = data.Elements<Row>().First().Elements<Cell>()
                .ToDictionary(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
            var dateStyle = DateStyle(workbook);
            var next = data.Elements<Row>().Max(r => r.RowIndex!.Value) + 1;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = next };
                foreach (var (header, value) in values.OrderBy(v => headers[v.Key].Length).ThenBy(v => headers[v.Key]))
                {
                    var reference = headers[header] + next.ToString(CultureInfo.InvariantCulture);
                    row.Append(value switch
                    {
                        DateOnly date => new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = dateStyle },
                        int number => new Cell(new CellValue(number)) { CellReference = reference, DataType = CellValues.Number },
                        _ => new Cell(new InlineString(new Text(value.ToString()!))) { CellReference = reference, DataType = CellValues.InlineString },
                    });
                }
                data.Append(row);
                next++;
            }
        }
        return stream.ToArray();
    }

    /// <summary>The file's own date cell style: the first whose number format is a date.</summary>
    private static uint DateStyle(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var dateFormats = styles.NumberingFormats!.Elements<NumberingFormat>().Where(f => f.FormatCode!.Value!.Contains('y')).Select(f => f.NumberFormatId!.Value).ToHashSet();
        return (uint)styles.CellFormats!.Elements<CellFormat>().ToList().FindIndex(f => dateFormats.Contains(f.NumberFormatId!.Value));
    }
}
