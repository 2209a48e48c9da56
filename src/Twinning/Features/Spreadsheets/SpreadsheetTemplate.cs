using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Localization;
using Twinning.Features.Exports;
using Twinning.Features.Partnerships;
using ExcelColumn = DocumentFormat.OpenXml.Spreadsheet.Column;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// The workbook to fill in: a sheet per kind the import reads, headed in the reader's language exactly as
/// the export is (so an export is also a filled template), with the valid words of each list column offered
/// as a drop-down (data validation over a hidden sheet of lists, the partnership's commitments among them), date columns formatted and checked as
/// dates, and numbers checked as numbers. Excel and LibreOffice refuse a wrong entry as it is typed; the
/// import checks every cell again, since validation does not stop a pasted value.
/// </summary>
public static class SpreadsheetTemplate
{
    private const int LastRow = WorkbookFile.MaxRows + 1;

    public static byte[] Write(Partnership partnership, IReadOnlyList<string> commitments, IStringLocalizer t)
    {
        var language = new ExportLanguage(t);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxExport.Styles();
            var sheets = new Sheets();
            var listsTitle = ExportLanguage.SheetTitle(t["Spreadsheets.ListsSheet"]);
            var lists = ListColumns();
            uint sheetId = 1;
            foreach (var importable in ImportableSheets.All)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = KindSheet(importable, language, listsTitle, lists, commitments.Count);
                sheets.Append(new Sheet { Name = language.SheetTitle(ExportSheets.Named(importable.Name)!), SheetId = sheetId++, Id = workbookPart.GetIdOfPart(part) });
            }
            var listsPart = workbookPart.AddNewPart<WorksheetPart>();
            listsPart.Worksheet = ListsSheet(partnership, commitments, language, lists);
            sheets.Append(new Sheet { Name = listsTitle, SheetId = sheetId, Id = workbookPart.GetIdOfPart(listsPart), State = SheetStateValues.Hidden });
            workbookPart.Workbook = new Workbook(sheets);
        }
        return stream.ToArray();
    }

    /// <summary>The enums offered as lists, each in a column of the lists sheet (A, B, …), in a fixed order.</summary>
    private static List<Type> ListColumns() =>
        ImportableSheets.All.SelectMany(s => s.Columns).Select(c => c.Choices).OfType<Type>().Distinct().ToList();

    private static Worksheet KindSheet(IImportableSheet importable, ExportLanguage language, string listsTitle, List<Type> lists, int commitments)
    {
        // The ID first, as in the export: empty for a new activity, an activity's ID to name one already recorded.
        var columns = importable.Columns.Prepend(new ImportColumn("id", FieldKind.Number, null, false)).ToList();
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < columns.Count; i++)
            header.Append(new Cell(new InlineString(new Text(language.Header(columns[i].Name))))
                { CellReference = $"{XlsxExport.ColumnName(i)}1", DataType = CellValues.InlineString, StyleIndex = XlsxExport.HeaderStyle });
        var validations = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
            if (Validation(columns[i], $"{XlsxExport.ColumnName(i)}2:{XlsxExport.ColumnName(i)}{LastRow}", language, listsTitle, lists, commitments) is { } validation)
                validations.Append(validation);
        validations.Count = (uint)validations.ChildElements.Count;
        return new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>(["A2"]) })
                { WorkbookViewId = 0 }),
            new Columns(columns.Select((c, i) => new ExcelColumn
            {
                Min = (uint)i + 1, Max = (uint)i + 1, CustomWidth = true,
                Width = c.Kind == FieldKind.Text ? ColumnWidth.Wide : ColumnWidth.Medium,
                Style = c.Kind == FieldKind.Date ? XlsxExport.DateStyle : null,
            })),
            new SheetData(header),
            validations);
    }

    private static DataValidation? Validation(ImportColumn column, string range, ExportLanguage language, string listsTitle, List<Type> lists, int commitments)
    {
        var validation = new DataValidation
        {
            SequenceOfReferences = new ListValue<StringValue>([range]), AllowBlank = true, ShowErrorMessage = true,
            ErrorTitle = Clip(language.Header(column.Name)),
            // What the cell takes, shown when it is selected; the same words head the refusal of a wrong entry.
            ShowInputMessage = true, PromptTitle = Clip(language.Header(column.Name)), Prompt = language.Word(column.Kind), Error = language.Word(column.Kind),
        };
        switch (column.Kind)
        {
            case FieldKind.Choice:
                var index = lists.IndexOf(column.Choices!);
                var letter = XlsxExport.ColumnName(index);
                validation.Type = DataValidationValues.List;
                validation.Formula1 = new Formula1($"'{listsTitle.Replace("'", "''")}'!${letter}$2:${letter}${Enum.GetValues(column.Choices!).Length + 1}");
                return validation;
            case FieldKind.Commitments when commitments > 0:
                // The partnership's commitments, in the column after the enums' lists. A warning rather than a
                // refusal: a cell may name several, separated by "; ", which no list holds.
                var commitmentColumn = XlsxExport.ColumnName(lists.Count);
                validation.Type = DataValidationValues.List;
                validation.ErrorStyle = DataValidationErrorStyleValues.Warning;
                validation.Formula1 = new Formula1($"'{listsTitle.Replace("'", "''")}'!${commitmentColumn}$2:${commitmentColumn}${commitments + 1}");
                return validation;
            case FieldKind.Date:
                validation.Type = DataValidationValues.Date;
                validation.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                validation.Formula1 = new Formula1("1"); // 1 January 1900: any real date
                return validation;
            case FieldKind.Number:
                validation.Type = DataValidationValues.Decimal;
                validation.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                validation.Formula1 = new Formula1("0");
                return validation;
            default:
                return null;
        }
    }

    /// <summary>The hidden sheet the drop-downs read: a column of words per list, the partnership's commitments, and the partnership's name.</summary>
    private static Worksheet ListsSheet(Partnership partnership, IReadOnlyList<string> commitments, ExportLanguage language, List<Type> lists)
    {
        var rows = new SortedDictionary<uint, Row>();
        Row RowAt(uint index) => rows.TryGetValue(index, out var row) ? row : rows[index] = new Row { RowIndex = index };
        for (var i = 0; i < lists.Count; i++)
        {
            var members = Enum.GetValues(lists[i]).Cast<Enum>().ToList();
            RowAt(1).Append(TextCell(XlsxExport.ColumnName(i), 1, lists[i].Name, XlsxExport.HeaderStyle));
            for (var m = 0; m < members.Count; m++)
                RowAt((uint)m + 2).Append(TextCell(XlsxExport.ColumnName(i), (uint)m + 2, language.Word(members[m]), XlsxExport.PlainStyle));
        }
        var commitmentColumn = XlsxExport.ColumnName(lists.Count);
        RowAt(1).Append(TextCell(commitmentColumn, 1, language.Header("commitments"), XlsxExport.HeaderStyle));
        for (var c = 0; c < commitments.Count; c++)
            RowAt((uint)c + 2).Append(TextCell(commitmentColumn, (uint)c + 2, commitments[c], XlsxExport.PlainStyle));
        RowAt(1).Append(TextCell(XlsxExport.ColumnName(lists.Count + 1), 1, partnership.Name.ToString(), XlsxExport.HeaderStyle));
        return new Worksheet(new SheetData(rows.Values));
    }

    private static Cell TextCell(string column, uint row, string text, uint style) =>
        new(new InlineString(new Text(text))) { CellReference = $"{column}{row}", DataType = CellValues.InlineString, StyleIndex = style };

    /// <summary>Excel limits a validation's error title to 32 characters.</summary>
    private static string Clip(string text) => text.Length <= 32 ? text : text[..32];
}
