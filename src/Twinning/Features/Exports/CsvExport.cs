using System.Globalization;
using System.Text;
using Twinning.Data;

namespace Twinning.Features.Exports;

/// <summary>
/// One record kind as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they hold a
/// comma, quote or line break. Headers and enum values in the reader's language, as in the workbook. UTF-8 with a byte-order mark, without which Excel reads Vietnamese and Lao
/// as mojibake. Written straight to the response, row by row.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static async Task WriteAsync(IExportSheet sheet, ExportLanguage language, TwinningDb db, int partnershipId, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync(Line(sheet.Columns.Select(c => (object?)language.Header(c.Name))));
        await foreach (var row in sheet.RowsAsync(db, partnershipId, ct))
            await writer.WriteLineAsync(Line(row.Select(language.Value)));
        await writer.FlushAsync(ct);
    }

    private static string Line(IEnumerable<object?> values) => string.Join(',', values.Select(Field));

    /// <summary>Dates as ISO 8601 and numbers with a point: what every spreadsheet and script reads regardless of locale.</summary>
    internal static string Field(object? value) => value switch
    {
        null => "",
        string text => Quoted(SpreadsheetText.Defused(text)),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number and not Enum => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quoted(SpreadsheetText.Defused(value.ToString() ?? "")),
    };

    private static string Quoted(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
