using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>The activity list and the audit pages at desktop and phone width, and the phone's collapsed menu.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ListAndMenuTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_menu_is_collapsed_until_opened_and_the_list_fits()
    {
        await using var context = await fixture.NewContextAsync(390, 844, mobile: true);
        var page = await context.NewPageAsync();
        try
        {
            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync("/");
            var timeline = ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Dòng thời gian", Exact = true });
            await Expect(timeline).Not.ToBeVisibleAsync();
            await page.Locator("details.site-menu > summary").ClickAsync();
            await Expect(timeline).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "phone-menu-open");
            await ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Hoạt động", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/partnerships/\d+/activities$"));
            (await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
            await Artifacts.ScreenshotAsync(page, "phone-activity-list");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "phone-list");
            throw;
        }
    }

    [Fact]
    public async Task On_a_desktop_the_menu_is_open_and_the_visits_list_filters()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        try
        {
            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync("/");
            await Expect(ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Dòng thời gian", Exact = true })).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "desktop-dashboard-menu");
            await page.GotoAsync(page.Url + "/activities?kind=Visit&direction=AToB");
            await Expect(page.Locator("table.record-list tbody tr").First).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "desktop-visits-list");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "desktop-list");
            throw;
        }
    }
}
