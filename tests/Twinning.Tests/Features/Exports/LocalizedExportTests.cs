using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using Twinning.Features.Exports;

namespace Twinning.Tests.Features.Exports;

/// <summary>
/// The workbook and the CSV files speak the reader's language: sheet titles, headers and enum values as the
/// pages word them (issue 11 and 13), while dates stay dates and the layout (frozen header, filter) is kept.
/// </summary>
public sealed class LocalizedExportTests(ExportsApp app) : IClassFixture<ExportsApp>
{
    /// <summary>Language; visits' sheet title; three headers; the tricky visit's direction (A → B) and status (Proposed) as words.</summary>
    public static TheoryData<string, string, string[], string, string> Languages() => new()
    {
        { "vi", "Đoàn công tác", ["Tiêu đề (tiếng Việt)", "Ngày bắt đầu", "Hướng đoàn"], "Đoàn ra", "Đề xuất" },
        { "en", "Visits", ["Title (Vietnamese)", "Start date", "Direction"], "Outbound", "Proposed" },
        { "lo", "ການຢ້ຽມຢາມ", ["ຫົວຂໍ້ (ພາສາຫວຽດ)", "ວັນທີເລີ່ມ", "ທິດທາງ"], "ຂາອອກ", "ສະເໜີ" },
    };

    [Theory, MemberData(nameof(Languages))]
    public async Task The_workbook_is_titled_headed_and_worded_in_the_readers_language(string language, string visitsTitle, string[] headers, string outbound, string proposed)
    {
        var reader = await app.ReaderInAsync(language);
        using var workbook = new WorkbookReader(await app.DownloadAsync(reader, $"/partnerships/{app.PartnershipA}/exports/workbook.xlsx"));

        workbook.SheetNames.ShouldContain(visitsTitle);
        var headerRow = workbook.Sheet(visitsTitle).Descendants<Row>().First().Elements<Cell>().Select(WorkbookReader.Text).ToList();
        foreach (var header in headers) headerRow.ShouldContain(header);
        headerRow.ShouldNotContain("title_vi");
        headerRow.ShouldAllBe(h => !h.StartsWith("Exports."));

        var visit = workbook.Rows(visitsTitle).Single(r => r.Values.Any(c => WorkbookReader.Text(c) == ExportsApp.TrickyTitle));
        WorkbookReader.Text(visit[headers[2]]).ShouldBe(outbound);
        visit.Values.Select(WorkbookReader.Text).ShouldContain(proposed);
        workbook.Date(visit[headers[1]]).ShouldBe(new DateOnly(2025, 5, 6));

        var sheet = workbook.Sheet(visitsTitle);
        var pane = sheet.Descendants<Pane>().Single();
        (pane.State!.Value, pane.VerticalSplit!.Value, pane.TopLeftCell!.Value).ShouldBe((PaneStateValues.Frozen, 1d, "A2"));
        sheet.Elements<AutoFilter>().Single().Reference!.Value.ShouldStartWith("A1:");
        workbook.ValidationErrors().ShouldBeEmpty();
    }

    [Theory, InlineData("vi"), InlineData("en"), InlineData("lo")]
    public async Task No_cell_of_the_workbook_shows_an_enum_code(string language)
    {
        var reader = await app.ReaderInAsync(language);
        using var workbook = new WorkbookReader(await app.DownloadAsync(reader, $"/partnerships/{app.PartnershipA}/exports/workbook.xlsx"));
        // Codes that are not also English words ("Pipeline" is both).
        var codes = new[] { "AToB", "BToA", "InProgress", "CourtesyCall", "WorkingSession", "PromotionConference", "CadreTraining", "MemorandumOfUnderstanding", "EducationAndTraining", "PeoplesCommittee" };
        var texts = workbook.SheetNames.SelectMany(n => workbook.Sheet(n).Descendants<Cell>()).Select(WorkbookReader.Text).ToHashSet();
        texts.Intersect(codes).ShouldBeEmpty();
        texts.Count.ShouldBeGreaterThan(100, "the dataset fills the workbook");
    }

    [Theory, MemberData(nameof(Languages))]
    public async Task Csv_headers_and_values_are_in_the_readers_language(string language, string _, string[] headers, string outbound, string proposed)
    {
        var reader = await app.ReaderInAsync(language);
        var records = CsvReader.Parse(Encoding.UTF8.GetString(await app.DownloadAsync(reader, $"/partnerships/{app.PartnershipA}/exports/visits.csv")).TrimStart('\uFEFF'));
        var header = records[0].ToList();
        foreach (var expected in headers) header.ShouldContain(expected);
        var row = records.Single(r => r[0] == app.TrickyVisitId.ToString());
        row[header.IndexOf(headers[2])].ShouldBe(outbound);
        row[header.IndexOf(headers[1])].ShouldBe("2025-05-06");
        row.ShouldContain(proposed);
    }

    [Fact]
    public void Every_column_has_a_header_in_each_language_unique_within_its_sheet_and_every_title_suits_excel()
    {
        foreach (var words in new[] { ExportWords.Vi, ExportWords.En, ExportWords.Lo })
            foreach (var sheet in ExportSheets.All)
            {
                var headers = sheet.Columns.Select(c => words.Header(c.Name)).ToList();
                headers.ShouldBeUnique($"{words.Language} {sheet.Name}");
                var title = words.SheetTitle(sheet.Name);
                ExportLanguage.SheetTitle(title).ShouldBe(title, $"{words.Language} {sheet.Name}: a title Excel accepts as it is");
            }
    }
}
