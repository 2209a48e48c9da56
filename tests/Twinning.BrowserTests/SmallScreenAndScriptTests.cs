using System.Text.Json;
using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>Pages read on a phone, and Lao names drawn with a Lao font rather than as empty boxes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenAndScriptTests(BrowserFixture fixture)
{
    private const int PhoneWidth = 390;
    private const int PhoneHeight = 844;

    [Fact]
    public async Task The_dashboard_fits_a_phone_without_sideways_scrolling()
    {
        await using var context = await fixture.NewContextAsync(PhoneWidth, PhoneHeight, mobile: true);
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();

        try
        {
            // The sign-in form is the first page anyone sees on a phone: it must fit too.
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            await ShouldNotScrollSidewaysAsync(page);
            await Artifacts.ScreenshotAsync(page, "phone-0-signin");

            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex(@"/partnerships/\d+$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hà Nội – Viêng Chăn");
            await ShouldNotScrollSidewaysAsync(page);
            await Artifacts.ScreenshotAsync(page, "phone-1-dashboard");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "phone");
            throw;
        }

        watch.ShouldBeClean();
    }

    [Fact]
    public async Task A_Lao_name_is_drawn_with_a_Lao_font()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();

        try
        {
            await fixture.SignInAsViewerAsync(page);
            await page.GotoAsync("/");
            await ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Nhân vật", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/people$"));
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Thongloun Sisoulith", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/people/\d+$"));

            var lao = page.Locator("main [lang=lo]").First;
            await Expect(lao).ToBeVisibleAsync();
            var text = await lao.InnerTextAsync();
            text.ShouldMatch(@"[\u0E80-\u0EFF]", "the element marked lang=lo holds no Lao letters");
            var box = await lao.BoundingBoxAsync();
            box.ShouldNotBeNull();
            box.Width.ShouldBeGreaterThan(0);
            box.Height.ShouldBeGreaterThan(0);

            // Which fonts Chromium actually drew the text with: a Lao one, not a fallback showing boxes.
            var fonts = await PlatformFontsAsync(context, page, "main [lang=lo]");
            fonts.ShouldContain(f => f.Contains("Lao", StringComparison.OrdinalIgnoreCase) || f.Contains("Phetsarath", StringComparison.OrdinalIgnoreCase),
                $"Lao text \"{text}\" was drawn with {string.Join(", ", fonts)}");

            await Artifacts.ScreenshotAsync(page, "lao-1-person");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "lao");
            throw;
        }

        watch.ShouldBeClean();
    }

    private static async Task ShouldNotScrollSidewaysAsync(IPage page)
    {
        // Against the configured width, not innerWidth: a mobile viewport zooms out to fit overflowing content.
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('body *')]
                .map(e => ({ e, right: e.getBoundingClientRect().right }))
                .filter(x => x.right > window.visualViewport.width + 1)
                .sort((a, b) => b.right - a.right)
                .slice(0, 5)
                .map(x => `${x.e.tagName.toLowerCase()}${x.e.className ? '.' + x.e.className : ''} (right ${Math.round(x.right)})`)
                .join(', ')
            """);
        scrollWidth.ShouldBeLessThanOrEqualTo(PhoneWidth + 1, $"{page.Url} scrolls sideways on a {PhoneWidth}px phone; overflowing: {widest}");
    }

    private static async Task<List<string>> PlatformFontsAsync(IBrowserContext context, IPage page, string selector)
    {
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var document = await cdp.SendAsync("DOM.getDocument");
        var rootId = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32();
        var node = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object> { ["nodeId"] = rootId, ["selector"] = selector });
        var nodeId = node!.Value.GetProperty("nodeId").GetInt32();
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object> { ["nodeId"] = nodeId });
        return fonts!.Value.GetProperty("fonts").EnumerateArray()
            .Select(f => f.GetProperty("familyName").GetString() ?? "")
            .ToList();
    }
}
