using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using Twinning.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>A Lao officer switches to ພາສາລາວ: the pages read in Lao, drawn with a Lao font, and the choice follows them to the next sign-in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LaoLanguageTests(BrowserFixture fixture)
{
    // Their own account: the choice is kept in the profile, and the shared Viewer must stay Vietnamese for the other tests.
    private const string Email = "can.bo.lao@vientiane.example.org";
    private const string Password = "ນະຄອນຫຼວງວຽງຈັນ ຮ່າໂນ້ຍ 2024";

    [Fact]
    public async Task Switching_to_Lao_shows_Lao_text_in_a_Lao_font_and_is_remembered_at_the_next_sign_in()
    {
        await fixture.App.CreateUserAsync(Email, "ທ່ານ ທົດລອງ", Password, administrator: false,
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Viewer });

        await using (var context = await fixture.NewContextAsync())
        {
            var watch = new PageWatch(context);
            var page = await context.NewPageAsync();
            try
            {
                await Accounts.SignInAsync(page, Email, Password);
                await page.GotoAsync($"/partnerships/{fixture.PartnershipId}/timeline?year=2024");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");

                await page.Locator("header form.language").GetByRole(AriaRole.Button, new() { Name = "ພາສາລາວ", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "lo");
                await Expect(page).ToHaveURLAsync(new Regex(@"/timeline\?year=2024"));
                var nav = ReaderJourneyTests.Navigation(page);
                await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "ລຳດັບເຫດການ", Exact = true })).ToBeVisibleAsync();
                await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ລຳດັບເຫດການຂອງກິດຈະກຳ");
                await Expect(page.Locator("main ul.timeline").First).ToContainTextAsync("11 ມີນາ 2024");
                await UiText.ShouldHaveNoRawKeysAsync(page);
                await ShouldDrawLaoGlyphsAsync(page, "main h1");
                await Artifacts.ScreenshotAsync(page, "lao-2-timeline");

                await nav.GetByRole(AriaRole.Link, new() { Name = "ພາບລວມ", Exact = true }).ClickAsync();
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "lo");
                await Expect(page.Locator("ul.figures")).ToContainTextAsync("ກິດຈະກຳທີ່ບັນທຶກໄວ້");
                await UiText.ShouldHaveNoRawKeysAsync(page);
                await ShouldDrawLaoGlyphsAsync(page, "ul.figures li");
                await Artifacts.ScreenshotAsync(page, "lao-3-dashboard");

                await Accounts.SignOutButton(page).ClickAsync();
                await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            }
            catch
            {
                await Artifacts.FailureScreenshotAsync(page, "lao-switch");
                throw;
            }
            watch.ShouldBeClean();
        }

        // Another browser with no cookie: the sign-in page is Vietnamese, the pages after it Lao again.
        await using (var context = await fixture.NewContextAsync())
        {
            var watch = new PageWatch(context);
            var page = await context.NewPageAsync();
            try
            {
                await page.GotoAsync("/");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
                await Accounts.SignInAsync(page, Email, Password);
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "lo");
                await Expect(ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "ພາບລວມ", Exact = true })).ToBeVisibleAsync();
                await Artifacts.ScreenshotAsync(page, "lao-4-next-sign-in");
            }
            catch
            {
                await Artifacts.FailureScreenshotAsync(page, "lao-remembered");
                throw;
            }
            watch.ShouldBeClean();
        }
    }

    /// <summary>
    /// The element's Lao text has a width, and not the width of as many missing-glyph boxes: the same
    /// number of code points from the unassigned end of the Lao block (U+0EF0), set in the same font,
    /// can only be drawn as boxes.
    /// </summary>
    internal static async Task ShouldDrawLaoGlyphsAsync(IPage page, string selector)
    {
        var widths = await page.Locator(selector).First.EvaluateAsync<double[]>(
            """
            e => {
                const text = e.innerText.trim();
                const measure = s => {
                    const span = document.createElement('span');
                    span.textContent = s;
                    span.style.cssText = 'position:absolute;white-space:pre;visibility:hidden';
                    span.style.font = getComputedStyle(e).font;
                    span.lang = 'lo';
                    document.body.appendChild(span);
                    const w = span.getBoundingClientRect().width;
                    span.remove();
                    return w;
                };
                return [measure(text), measure('\u0EF0'.repeat([...text].length)), [...text].filter(c => /[\u0E80-\u0EFF]/.test(c)).length];
            }
            """);
        var (lao, boxes, laoLetters) = (widths[0], widths[1], widths[2]);
        laoLetters.ShouldBeGreaterThan(0, $"{selector} on {page.Url} holds no Lao letters");
        lao.ShouldBeGreaterThan(0, $"{selector} on {page.Url} is drawn with no width");
        Math.Abs(lao - boxes).ShouldBeGreaterThan(1, $"{selector} on {page.Url} is as wide ({lao}px) as as many missing-glyph boxes ({boxes}px)");
    }
}
