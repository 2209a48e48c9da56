using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>A reader prepares a meeting from a counterpart's page: the pack shows, and downloads as a Word file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BriefingJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_reader_prepares_a_meeting_with_a_lao_leader_from_his_page()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync("/people?q=Thongloun");
            await page.Locator("main").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Thongloun") }).First.ClickAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Chuẩn bị cuộc gặp", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{fixture.PartnershipId}/briefing\?People=\d+"));
            await Expect(page.Locator("#briefing-pack [lang=lo]").First).ToBeVisibleAsync(); // a Lao name in the pack (the language picker has a lang=lo option too)
            await Expect(page.Locator("main table").First).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "briefing-1-pack");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải về (DOCX)", Exact = true }).ClickAsync());
            download.SuggestedFilename.ShouldEndWith(".docx");
            var path = Path.Combine(Artifacts.Folder, "briefing.docx");
            await download.SaveAsAsync(path);
            // A DOCX is a zip: it starts with "PK".
            (await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken))[..2].ShouldBe("PK"u8.ToArray());
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "briefing");
            throw;
        }
        watch.ShouldBeClean();
    }
}
