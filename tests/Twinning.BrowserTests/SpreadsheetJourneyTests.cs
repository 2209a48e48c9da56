using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// An officer downloads the spreadsheet template from the exports page, fills two visits in it (one with an
/// impossible date), uploads it, reads the review at desktop and phone width and adds the valid row.
/// </summary>
public sealed class SpreadsheetJourneyTests(EmptyPartnershipFixture fixture) : IClassFixture<EmptyPartnershipFixture>
{
    [Fact]
    public async Task An_officer_fills_the_template_reviews_each_row_and_adds_the_valid_one()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, fixture.EditorEmail, fixture.EditorPassword);
            await page.GotoAsync($"/partnerships/{fixture.PartnershipId}/exports");
            await page.GetByRole(AriaRole.Link, new() { Name = "Thêm, cập nhật từ bảng tính", Exact = true }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Tải mẫu bảng tính (XLSX)", Exact = true }).ClickAsync());
            var template = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);

            var filled = Fill(template, "Đoàn công tác",
                new() { ["Tiêu đề (tiếng Việt)"] = "Đoàn Sở Giáo dục Viêng Chăn thăm Hà Nội", ["Ngày bắt đầu"] = new DateOnly(2026, 3, 9), ["Hướng đoàn"] = "Đoàn vào" },
                new() { ["Tiêu đề (tiếng Việt)"] = "Đoàn có ngày không có thật", ["Ngày bắt đầu"] = "31/02/2024", ["Hướng đoàn"] = "Đoàn ra" });
            await page.GetByLabel("Tệp bảng tính").SetInputFilesAsync(new FilePayload
            {
                Name = "doan-cong-tac.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = filled,
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp", Exact = true }).ClickAsync();

            var rows = page.Locator("table.spreadsheet-review tbody tr");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0).Locator(".badge.new")).ToHaveTextAsync("Mới");
            await Expect(rows.Nth(1)).ToContainTextAsync("Dòng 3, cột Ngày bắt đầu: 31/02/2024 không phải là ngày");
            await Artifacts.ScreenshotAsync(page, "spreadsheet-1-review");
            await page.SetViewportSizeAsync(390, 844);
            await Artifacts.ScreenshotAsync(page, "spreadsheet-2-review-phone");
            await page.SetViewportSizeAsync(1280, 900);

            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm 1 dòng mới và cập nhật 0 dòng thay đổi", Exact = true }).ClickAsync();
            await Expect(page.Locator("#accepted")).ToContainTextAsync("Đã thêm 1 bản ghi.");
            await Expect(page.Locator("#accepted a")).ToHaveTextAsync("Đoàn Sở Giáo dục Viêng Chăn thăm Hà Nội");
            await Artifacts.ScreenshotAsync(page, "spreadsheet-3-added");

            // The same visit again by its ID with an English title: a change, shown before → after, then applied.
            var id = int.Parse((await page.Locator("#accepted a").GetAttributeAsync("href"))!.Split('/')[^1], CultureInfo.InvariantCulture);
            var change = Fill(template, "Đoàn công tác", new Dictionary<string, object> { ["Mã số"] = id.ToString(CultureInfo.InvariantCulture), ["Tiêu đề (tiếng Anh)"] = "Vientiane Education Department visits Hanoi" });
            await page.GetByLabel("Tệp bảng tính").SetInputFilesAsync(new FilePayload
            {
                Name = "sua-doan.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = change,
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc tệp", Exact = true }).ClickAsync();
            await Expect(page.Locator("tr.row-changed ul.changes")).ToContainTextAsync("Tiêu đề (tiếng Anh): (trống) → Vientiane Education Department visits Hanoi");
            await Expect(page.Locator("#blank-cells")).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "spreadsheet-4-changed");
            await page.SetViewportSizeAsync(390, 844);
            await Artifacts.ScreenshotAsync(page, "spreadsheet-5-changed-phone");
            await page.SetViewportSizeAsync(1280, 900);
            await page.GetByRole(AriaRole.Button, new() { Name = "Thêm 0 dòng mới và cập nhật 1 dòng thay đổi", Exact = true }).ClickAsync();
            await Expect(page.Locator("#accepted")).ToContainTextAsync("Đã cập nhật 1 bản ghi.");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "spreadsheet");
            throw;
        }
        watch.ShouldBeClean();
    }

    /// <summary>Rows appended under a sheet's headers, as typed in a spreadsheet program: dates as date cells, the rest as text.</summary>
    private static byte[] Fill(byte[] template, string sheetTitle, params Dictionary<string, object>[] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetTitle);
            var data = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.GetFirstChild<SheetData>()!;
            var columns = data.Elements<Row>().First().Elements<Cell>()
                .ToDictionary(c => c.InnerText, c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()));
            var number = 2u;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = number };
                foreach (var (header, value) in values.OrderBy(v => columns[v.Key].Length).ThenBy(v => columns[v.Key], StringComparer.Ordinal))
                {
                    var reference = columns[header] + number.ToString(CultureInfo.InvariantCulture);
                    row.Append(value is DateOnly date
                        ? new Cell(new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = 2 }
                        : new Cell(new InlineString(new Text((string)value))) { CellReference = reference, DataType = CellValues.InlineString });
                }
                data.Append(row);
                number++;
            }
        }
        return stream.ToArray();
    }
}
