using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using Twinning.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// What a reader does with the record: from the dashboard, through the timeline and an agreement,
/// to a person who signed it, only by clicking what the pages show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Dashboard_then_timeline_then_an_agreement_then_a_signatory()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        var shots = new List<string>();

        try
        {
            // 1. The front page asks the reader to sign in, then leads to the only partnership's dashboard.
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            await fixture.SignInAsViewerAsync(page);
            await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{fixture.PartnershipId}$"));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hà Nội – Viêng Chăn");
            var figures = page.Locator("ul.figures li.figure");
            (await figures.CountAsync()).ShouldBeGreaterThan(0);
            var activities = figures.Filter(new() { HasText = "hoạt động đã ghi nhận" }).Locator(".number");
            int.Parse(await activities.InnerTextAsync()).ShouldBeGreaterThan(0);
            // The coming anniversaries are counted from the app's fixed clock, not from the day the tests run.
            var next = await fixture.App.NextAnniversaryAsync(fixture.PartnershipId, TestClock.Today);
            await Expect(page.Locator("main")).ToContainTextAsync($"{next.Years} năm");
            await Expect(page.Locator("main")).ToContainTextAsync(next.Date.ToString("dd/MM/yyyy"));
            await UiText.ShouldHaveNoRawKeysAsync(page);
            shots.Add(await Artifacts.ScreenshotAsync(page, "journey-1-dashboard"));

            // 2. The timeline, narrowed to 2024 with its filter form.
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Dòng thời gian", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/partnerships/\d+/timeline$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dòng thời gian hoạt động");
            var filters = page.Locator("form.filters");
            await filters.Locator("select[name=year]").SelectOptionAsync("2024");
            await filters.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?.*year=2024"));
            await Expect(filters.Locator("select[name=year]")).ToHaveValueAsync("2024");
            await Expect(page.Locator("main")).ToContainTextAsync(new Regex(@"[1-9]\d* hoạt động"));
            var entries = page.Locator("main ul.timeline > li");
            (await entries.CountAsync()).ShouldBeGreaterThan(0);
            foreach (var when in await page.Locator("main ul.timeline .when").AllInnerTextsAsync())
                when.ShouldContain("2024");
            await Expect(entries.Filter(new() { HasText = "Hội đàm" }).First).ToBeVisibleAsync();
            await Expect(entries.Filter(new() { HasText = "Hội đàm" }).First.Locator(".when")).ToContainTextAsync("11/03/2024");
            await UiText.ShouldHaveNoRawKeysAsync(page);
            shots.Add(await Artifacts.ScreenshotAsync(page, "journey-2-timeline-2024"));

            // 3. The agreements, and the 2022–2025 one.
            await Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Thỏa thuận", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/partnerships/\d+/agreements$"));
            shots.Add(await Artifacts.ScreenshotAsync(page, "journey-3-agreements"));
            await page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = "giai đoạn 2022 - 2025" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/agreements/\d+$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("giai đoạn 2022 - 2025");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Nội dung cam kết và kết quả thực hiện" })).ToBeVisibleAsync();
            var headquarters = page.Locator("main li[id^=commitment-]").Filter(new() { HasText = "trụ sở Sở Tư pháp" });
            await Expect(headquarters).ToHaveCountAsync(1);
            await Expect(headquarters.GetByRole(AriaRole.Link, new() { Name = "Dự án trụ sở Sở Tư pháp" })).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);
            shots.Add(await Artifacts.ScreenshotAsync(page, "journey-4-agreement-2022-2025"));

            // 4. A signatory, and the talks he led in Vientiane.
            await page.Locator("dl.facts").GetByRole(AriaRole.Link, new() { Name = "Đinh Tiến Dũng", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/people/\d+$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đinh Tiến Dũng");
            var talks = page.Locator("main ul.timeline > li")
                .Filter(new() { HasText = "Hội đàm" })
                .Filter(new() { Has = page.Locator(".when", new() { HasText = "11/03/2024" }) });
            await Expect(talks).ToHaveCountAsync(1);
            await Expect(talks.GetByRole(AriaRole.Link, new() { Name = "Anouphap Tounalom", Exact = true })).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);
            shots.Add(await Artifacts.ScreenshotAsync(page, "journey-5-person-dinh-tien-dung"));
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "journey");
            throw;
        }

        shots.Count.ShouldBe(5);
        shots.ShouldAllBe(path => File.Exists(path) && new FileInfo(path).Length > Artifacts.MinimumScreenshotBytes);
        watch.ShouldBeClean();
    }

    internal static ILocator Navigation(IPage page) => page.Locator("header.site-header nav");
}
