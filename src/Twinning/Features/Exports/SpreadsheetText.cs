namespace Twinning.Features.Exports;

/// <summary>
/// Defence against formula injection (CSV injection): a spreadsheet runs a cell that starts with = + - @
/// (or a tab or carriage return, which some programs skip before those) as a formula. Text from articles
/// and forms is untrusted, so such text is written with a leading apostrophe in CSV and as a quoted text
/// cell in XLSX.
/// </summary>
public static class SpreadsheetText
{
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    public static string Defused(string text) => LooksLikeFormula(text) ? "'" + text : text;
}
