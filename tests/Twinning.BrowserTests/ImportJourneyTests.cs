using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// An officer pastes a press article (a seed of ../shared/seeds) into Import, reviews the highlighted
/// proposals, accepts them and finds the new records, with their citations, on the timeline.
/// </summary>
public sealed class ImportJourneyTests(EmptyPartnershipFixture fixture) : IClassFixture<EmptyPartnershipFixture>
{
    private static string SeedArticle()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds)) return File.ReadAllText(Directory.GetFiles(seeds, "004_*.txt").Single());
        }
        throw new DirectoryNotFoundException("No shared/seeds folder above the test binaries.");
    }

    [Fact]
    public async Task Several_files_are_read_one_by_one_each_with_its_progress_and_outcome()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, fixture.EditorEmail, fixture.EditorPassword);
            await page.GotoAsync($"/partnerships/{fixture.PartnershipId}/import");
            await page.GetByLabel("Hoặc tải tệp lên").SetInputFilesAsync(new[]
            {
                new FilePayload { Name = "bai-bao.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(SeedArticle()) },
                new FilePayload { Name = "bao-cao.docx", MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Buffer = "not a zip"u8.ToArray() },
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc", Exact = true }).ClickAsync();

            var rows = page.Locator(".import-progress li");
            await Expect(rows).ToHaveCountAsync(2);
            await Expect(rows.Nth(0).Locator("a")).ToHaveAttributeAsync("href", new Regex($@"/partnerships/{fixture.PartnershipId}/import/\d+$"));
            await Expect(rows.Nth(0).Locator("progress")).ToHaveAttributeAsync("value", "1");
            await Expect(rows.Nth(1).Locator(".status.error")).ToContainTextAsync("Word");
            await Artifacts.ScreenshotAsync(page, "import-0-files");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "import-files");
            throw;
        }
        watch.ShouldBeClean();
    }

    [Fact]
    public async Task An_officer_imports_a_pasted_article_and_finds_its_records_on_the_timeline()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, fixture.EditorEmail, fixture.EditorPassword);
            await page.GotoAsync($"/partnerships/{fixture.PartnershipId}");
            await ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Nhập bài báo", Exact = true }).ClickAsync();
            await page.GetByLabel("Dán nội dung bài báo").FillAsync(SeedArticle());
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{fixture.PartnershipId}/import/\d+$"));
            var marks = page.Locator(".import-article .source-text mark");
            (await marks.CountAsync()).ShouldBeGreaterThan(5);
            var proposals = page.Locator("fieldset.proposal");
            (await proposals.CountAsync()).ShouldBeGreaterThan(3);
            await Expect(page.Locator("fieldset.proposal .badge.new").First).ToHaveTextAsync("Mới");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, "import-1-review.png") });

            // A mark leads to its proposal.
            var target = await marks.First.Locator("a").GetAttributeAsync("href");
            await Expect(page.Locator(target!)).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận các đề xuất đã chọn", Exact = true }).ClickAsync();
            // The import's own page says what was created, with links, and offers the way back.
            await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{fixture.PartnershipId}/imports/\d+$"));
            await Expect(page.Locator("#import-summary")).ToContainTextAsync("đã chấp nhận bài báo này");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Hoàn tác lần nhập này", Exact = true })).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "import-2-accepted");
            var activity = page.Locator("#import-created a[href^='/activities/']").First;
            await Expect(activity).ToBeVisibleAsync();
            await activity.ClickAsync();
            await Expect(page.Locator("main a[href^='/sources/']").First).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "import-3-activity-with-citation");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "import");
            throw;
        }
        watch.ShouldBeClean();
    }
}
