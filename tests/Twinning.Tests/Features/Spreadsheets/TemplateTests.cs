using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Features.Exports;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>The template opened with the Open XML SDK: headers in the reader's language, drop-down lists of valid words, dates checked as dates.</summary>
public sealed class TemplateTests(SpreadsheetsApp app) : IClassFixture<SpreadsheetsApp>
{
    [Fact]
    public async Task The_template_offers_the_valid_words_of_each_list_and_checks_dates()
    {
        using var workbook = new WorkbookReader(await app.TemplateAsync(app.EditorOfA));
        workbook.ValidationErrors().ShouldBeEmpty();
        var vi = ExportWords.Vi;
        workbook.SheetNames.ShouldBe(["Đoàn công tác", "Cuộc gặp", "Dự án", "Chương trình đào tạo", "Sự kiện", "Tặng phẩm", "Cơ quan, tổ chức", "Nhân vật", "Danh sách"]);
        workbook.Workbook.Workbook.Sheets!.Elements<Sheet>().Last().State!.Value.ShouldBe(SheetStateValues.Hidden);

        var visits = workbook.Sheet("Đoàn công tác");
        var headers = visits.Descendants<Row>().First().Elements<Cell>().ToDictionary(WorkbookReader.Text, c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
        headers.Keys.ShouldContain("Tiêu đề (tiếng Việt)");
        visits.Descendants<Pane>().Single().State!.Value.ShouldBe(PaneStateValues.Frozen);
        var validations = visits.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!.Split(':')[0].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'));

        var direction = validations[headers["Hướng đoàn"]];
        direction.Type!.Value.ShouldBe(DataValidationValues.List);
        var listRange = direction.Formula1!.Text; // 'Danh sách'!$B$2:$B$4
        listRange.ShouldStartWith("'Danh sách'!");
        var column = listRange.Split('!')[1].Split('$')[1];
        var lists = workbook.Sheet("Danh sách").Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith(column) && c.CellReference.Value != column + "1").Select(WorkbookReader.Text);
        lists.ShouldBe(["Đoàn ra", "Đoàn vào", "Chung / trực tuyến"]);

        var commitmentList = validations[headers["Cam kết thực hiện"]];
        (commitmentList.Type!.Value, commitmentList.ErrorStyle!.Value).ShouldBe((DataValidationValues.List, DataValidationErrorStyleValues.Warning));
        var commitmentColumn = commitmentList.Formula1!.Text.Split('!')[1].Split('$')[1];
        var offered = workbook.Sheet("Danh sách").Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith(commitmentColumn) && c.CellReference.Value != commitmentColumn + "1").Select(WorkbookReader.Text).ToList();
        var keys = await app.Factory.WithAppDbAsync(db => db.Commitments.Where(c => c.Agreement!.PartnershipId == app.PartnershipA).Select(c => c.Key).ToListAsync());
        keys.Count.ShouldBeGreaterThan(0);
        offered.Select(label => label.Split(':')[0]).ShouldBe(keys, ignoreOrder: true);

        var start = validations[headers[vi.Header("start_date")]];
        start.Type!.Value.ShouldBe(DataValidationValues.Date);
        var startColumn = visits.Descendants<Column>().Single(c => c.Min!.Value == Twinning.Features.Spreadsheets.WorkbookFile.ColumnIndex(headers[vi.Header("start_date")]) + 1);
        var format = workbook.Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)startColumn.Style!.Value);
        format.NumberFormatId!.Value.ShouldBe(164u, "the date column is formatted as a date");
    }

    [Fact]
    public async Task The_template_is_headed_in_lao_for_a_lao_reader()
    {
        var client = await Twinning.Tests.Infrastructure.TestUsers.SignedInClientAsync(app.Factory, "contributor-a@sheets.test");
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dlo-LA%7Cuic%3Dlo-LA");
        using var workbook = new WorkbookReader(await app.TemplateAsync(client));
        workbook.SheetNames.ShouldContain("ການຢ້ຽມຢາມ");
        workbook.Sheet("ການຢ້ຽມຢາມ").Descendants<Row>().First().Elements<Cell>().Select(WorkbookReader.Text).ShouldContain("ຫົວຂໍ້ (ພາສາຫວຽດ)");
        workbook.Sheet("ລາຍການ").Descendants<Cell>().Select(WorkbookReader.Text).ShouldContain("ຂາອອກ");
    }
}
