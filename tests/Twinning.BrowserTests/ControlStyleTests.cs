using System.Text.Json;
using Twinning.BrowserTests.Infrastructure;
using Twinning.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// Buttons and form controls look alike on every page, at desktop and phone width: one style each for
/// primary, secondary and danger buttons, one look for inputs and selects, and a visible focus outline.
/// Screenshots of each page are left in artifacts/browser for a person to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ControlStyleTests(BrowserFixture fixture)
{
    private const string Password = "kiểm tra giao diện biểu mẫu";

    // What makes a control look the way it does; layout (width, margins) may differ from page to page.
    private const string LookScript = """
        (selector) => {
          const visible = e => { const r = e.getBoundingClientRect(); return r.width > 4 && r.height > 4 && getComputedStyle(e).visibility !== 'hidden'; };
          return [...document.querySelectorAll(selector)].filter(visible).map(e => {
            const s = getComputedStyle(e);
            return { what: e.outerHTML.slice(0, 90), look: [s.backgroundColor, s.color, s.borderTopColor, s.borderTopWidth, s.borderTopStyle, s.borderRadius, s.fontSize, s.fontWeight].join(' | '),
              height: e.getBoundingClientRect().height };
          });
        }
        """;

    private static readonly Dictionary<string, string> Families = new()
    {
        ["primary button"] = "main button:not(.secondary):not(.danger):not(.visually-hidden), main a.button:not(.secondary):not(.danger)",
        ["secondary button"] = "main button.secondary, main a.button.secondary, main .form-actions > a",
        ["danger button"] = "main button.danger",
        ["field"] = "main input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file]), main select:not([multiple])",
    };

    [Theory]
    [InlineData(1280, 900, false)]
    [InlineData(390, 844, true)]
    public async Task Buttons_and_fields_look_alike_on_every_form_and_list_and_show_where_the_focus_is(int width, int height, bool phone)
    {
        var email = $"quan.tri.giao.dien.{width}@example.org";
        await fixture.App.CreateUserAsync(email, "Quản Trị Giao Diện", Password, administrator: true);
        await using var context = await fixture.NewContextAsync(width, height, phone);
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        var p = fixture.PartnershipId;
        string[] pages =
        [
            $"/partnerships/{p}/activities?kind=Visit", "/organisations", "/people", $"/visits/edit?partnership={p}", $"/projects/edit?partnership={p}",
            $"/donations/edit?partnership={p}", $"/agreements/edit?partnership={p}", "/people/edit", "/organisations/edit", "/admin/users",
        ];
        var looks = Families.Keys.ToDictionary(k => k, _ => new List<(string Page, string What, string Look, double Height)>());
        try
        {
            await Accounts.SignInAsync(page, email, Password);
            // A record page, for its panel's buttons (submit, delete).
            await page.GotoAsync($"/partnerships/{p}/activities?kind=Visit");
            var record = await page.Locator("table.record-list tbody tr td:nth-child(2) a").First.GetAttributeAsync("href");
            foreach (var url in pages.Append(record!))
            {
                await page.GotoAsync(url);
                await UiText.ShouldHaveNoRawKeysAsync(page);
                await Artifacts.ScreenshotAsync(page, $"controls-{(phone ? "phone" : "desktop")}-{Slug(url)}");
                foreach (var (family, selector) in Families)
                {
                    var found = await page.EvaluateAsync<JsonElement>(LookScript, selector);
                    foreach (var e in found.EnumerateArray())
                        looks[family].Add((url, e.GetProperty("what").GetString()!, e.GetProperty("look").GetString()!, e.GetProperty("height").GetDouble()));
                }
            }

            foreach (var (family, seen) in looks)
            {
                if (family != "danger button") seen.ShouldNotBeEmpty(family);
                var kinds = seen.GroupBy(s => s.Look).ToList();
                kinds.Count.ShouldBeLessThanOrEqualTo(1, $"{family}s look different: " + string.Join("\n", kinds.Select(k => $"{k.Key} on {k.First().Page}: {k.First().What}")));
                // Single-line fields and buttons are one height at most a pixel or two apart (a finger's size on a phone).
                var heights = seen.Select(s => s.Height).ToList();
                if (heights.Count > 0)
                {
                    (heights.Max() - heights.Min()).ShouldBeLessThan(3, $"{family} heights: " + string.Join(", ", seen.GroupBy(s => Math.Round(s.Height)).Select(g => $"{g.Key}px {g.First().What}")));
                    if (phone) heights.Min().ShouldBeGreaterThanOrEqualTo(43, family);
                }
            }

            // A list's filters: folded on a phone until opened, always open on a wide screen; open while a filter is set.
            await page.GotoAsync("/people");
            var filters = page.Locator("main form.filters");
            if (phone)
            {
                await Expect(filters).Not.ToBeVisibleAsync();
                await page.Locator("details.filter-panel > summary").ClickAsync();
            }
            else await Expect(page.Locator("details.filter-panel > summary")).Not.ToBeVisibleAsync();
            await Expect(filters).ToBeVisibleAsync();

            // Keyboard focus shows as a thick outline on a field, a button and a link.
            await page.GotoAsync("/organisations?kind=Department");
            foreach (var selector in new[] { "form.filters input[name=q]", "form.filters button[type=submit]", "form.filters a.button" })
            {
                await page.Locator(selector).FocusAsync();
                await page.Keyboard.PressAsync("Shift+Tab");
                await page.Keyboard.PressAsync("Tab");
                var outline = await page.Locator(selector).EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
                outline.ShouldBe("solid 3px", selector);
            }
            await Artifacts.ScreenshotAsync(page, $"controls-{(phone ? "phone" : "desktop")}-focus");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, $"controls-{width}");
            throw;
        }
        watch.ShouldBeClean();
    }

    private static string Slug(string url) => new(url.Trim('/').Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
