using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>The header's language switch: English on request, remembered from page to page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Switching_to_English_translates_the_pages_and_dates_and_is_remembered()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        var nav = ReaderJourneyTests.Navigation(page);

        try
        {
            // Vietnamese first, whatever the browser's language: dd/MM/yyyy.
            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync("/");
            await nav.GetByRole(AriaRole.Link, new() { Name = "Dòng thời gian", Exact = true }).ClickAsync();
            await page.Locator("form.filters select[name=year]").SelectOptionAsync("2024");
            await page.Locator("form.filters").GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?.*year=2024"));
            await Expect(page.Locator("main ul.timeline").First).ToContainTextAsync("11/03/2024");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("11 Mar 2024");
            await Artifacts.ScreenshotAsync(page, "language-1-timeline-vi");

            // The switch returns to the same page (filters kept), now in English.
            await page.Locator("header form.language").GetByRole(AriaRole.Button, new() { Name = "English", Exact = true }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?.*year=2024"));
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true })).ToBeVisibleAsync();
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true })).ToBeVisibleAsync();
            await Expect(nav).Not.ToContainTextAsync("Dòng thời gian");
            await Expect(page.Locator("main ul.timeline").First).ToContainTextAsync("11 Mar 2024");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("11/03/2024");
            await Expect(page.Locator("main")).ToContainTextAsync(new Regex(@"[1-9]\d* activities"));
            await Expect(page.Locator("form.filters").GetByRole(AriaRole.Button, new() { Name = "Filter", Exact = true })).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);
            await Artifacts.ScreenshotAsync(page, "language-2-timeline-en");

            // The choice is a cookie: the next pages stay English.
            await nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/partnerships/\d+$"));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.Locator("ul.figures")).ToContainTextAsync("activities on record");
            await UiText.ShouldHaveNoRawKeysAsync(page);
            await Artifacts.ScreenshotAsync(page, "language-3-dashboard-en");

            await nav.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/people$"));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("People");
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true })).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);

            // And back to Vietnamese with the same switch.
            await page.Locator("header form.language").GetByRole(AriaRole.Button, new() { Name = "Tiếng Việt", Exact = true }).ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
            await Expect(page).ToHaveURLAsync(new Regex(@"/people$"));
            await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Nhân vật", Exact = true })).ToBeVisibleAsync();
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "language");
            throw;
        }

        watch.ShouldBeClean();
    }
}
