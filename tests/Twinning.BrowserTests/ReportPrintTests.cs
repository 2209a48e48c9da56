using System.Text;
using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// The period review report as an officer gets it: chosen on its page, shown as A4 pages, printed to
/// PDF by Chromium; and the dashboard's charts as a reader sees them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPrintTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_report_prints_to_a_multi_page_A4_pdf()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            await fixture.SignInAsViewerAsync(page);
            await ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Báo cáo", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Báo cáo kết quả thực hiện");

            var agreement = page.Locator("select#agreement");
            var firstAgreement = await agreement.Locator("option:not([value=''])").First.GetAttributeAsync("value");
            await agreement.SelectOptionAsync(firstAgreement!);
            await page.GetByRole(AriaRole.Button, new() { Name = "Xem và in (HTML)" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/reports/print\?"));
            await Expect(page.Locator(".national-name")).ToHaveTextAsync("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            await Expect(page.Locator(".document-type")).ToHaveTextAsync("BÁO CÁO");
            await Expect(page.Locator("table#commitments")).ToBeVisibleAsync();
            await Expect(page.Locator("figure.chart-figure svg").First).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);
            // The print stylesheet is the one that loaded: the body uses its serif face.
            (await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily")).ShouldContain("Times New Roman");
            await Artifacts.ScreenshotAsync(page, "report-print-view");
            var top = Path.Combine(Artifacts.Folder, "report-print-first-page.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = top, Clip = new Clip { X = 0, Y = 0, Width = 1280, Height = 900 } });
            Artifacts.ShouldBeAScreenshot(top);

            var path = Path.Combine(Artifacts.Folder, "report.pdf");
            var pdf = await page.PdfAsync(new PagePdfOptions { Path = path, PreferCSSPageSize = true, PrintBackground = true });
            File.Exists(path).ShouldBeTrue();
            Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
            var text = Encoding.Latin1.GetString(pdf);
            var pages = Regex.Matches(text, @"/Type\s*/Page\b(?!s)").Count;
            pages.ShouldBeGreaterThan(1, "the report runs over several pages");
            // A4 is 595 × 842 points.
            var box = Regex.Match(text, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
            box.Success.ShouldBeTrue();
            double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(595.3, 1.5);
            double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(841.9, 1.5);

            watch.ShouldBeClean(); // before the download, which Chromium reports as an aborted navigation

            // The same choice as a DOCX download.
            await page.GoBackAsync();
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Tải về DOCX" }).ClickAsync());
            download.SuggestedFilename.ShouldEndWith(".docx");
            var docx = Path.Combine(Artifacts.Folder, "report.docx");
            await download.SaveAsAsync(docx);
            File.ReadAllBytes(docx).Take(2).ShouldBe("PK"u8.ToArray()); // a zip package
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "report");
            throw;
        }
    }

    [Fact]
    public async Task The_Lao_report_has_the_Lao_layout_and_is_drawn_in_a_Lao_font()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync($"/partnerships/{fixture.PartnershipId}/reports");
            var agreement = await page.Locator("select#agreement option:not([value=''])").First.GetAttributeAsync("value");
            await page.Locator("select#agreement").SelectOptionAsync(agreement!);
            await page.Locator("select#language").SelectOptionAsync("lo");
            await page.GetByRole(AriaRole.Button, new() { Name = "Xem và in (HTML)" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/reports/print\?.*Language=lo"));

            var header = page.Locator("header.lao-header");
            await Expect(header.Locator(".national-name")).ToHaveTextAsync("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ");
            await Expect(header.Locator(".place-date")).ToHaveTextAsync(new Regex(@"^ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ \d{1,2} ເດືອນ \S+ ປີ \d{4}$"));
            // The national heading spans the page above the issuer's block and the number.
            var nation = (await header.Locator(".nation").BoundingBoxAsync())!;
            var issuer = (await header.Locator(".issuer").BoundingBoxAsync())!;
            var reference = (await header.Locator(".reference").BoundingBoxAsync())!;
            issuer.Y.ShouldBeGreaterThan(nation.Y + nation.Height - 1);
            reference.X.ShouldBeGreaterThan(issuer.X + issuer.Width - 1);
            (await page.EvaluateAsync<string>("getComputedStyle(document.body).fontFamily")).ShouldContain("Phetsarath OT");
            await LaoLanguageTests.ShouldDrawLaoGlyphsAsync(page, "header.lao-header .national-name");
            await LaoLanguageTests.ShouldDrawLaoGlyphsAsync(page, "main h2");
            await UiText.ShouldHaveNoRawKeysAsync(page);
            var top = Path.Combine(Artifacts.Folder, "report-print-lao-first-page.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = top, Clip = new Clip { X = 0, Y = 0, Width = 1280, Height = 900 } });
            Artifacts.ShouldBeAScreenshot(top);
            watch.ShouldBeClean();
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "report-lao");
            throw;
        }
    }

    [Fact]
    public async Task The_dashboard_draws_its_charts()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            await fixture.SignInAsViewerAsync(page);
            await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{fixture.PartnershipId}$"));
            var charts = page.Locator(".charts");
            await Expect(charts.Locator("svg[role=img]").First).ToBeVisibleAsync();
            (await charts.Locator("svg[role=img]").CountAsync()).ShouldBeGreaterThanOrEqualTo(4);
            // Bars are drawn: every chart has at least one filled rectangle with a size.
            foreach (var svg in await charts.Locator("svg[role=img]").AllAsync())
            {
                var bar = await svg.Locator("rect > title").CountAsync();
                bar.ShouldBeGreaterThan(0);
            }
            var path = Path.Combine(Artifacts.Folder, "dashboard-charts.png");
            await charts.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
            Artifacts.ShouldBeAScreenshot(path);
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "dashboard-charts");
            throw;
        }
        watch.ShouldBeClean();
    }
}
