using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>What an anonymous visitor meets: the sign-in page, the public timeline it links to, and a refused password.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_anonymous_visitor_signs_in_or_reads_the_public_timeline()
    {
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        var nav = ReaderJourneyTests.Navigation(page);

        try
        {
            // 1. The front page sends a stranger to sign in, and shows nothing of the record.
            await page.GotoAsync("/");
            await Expect(page).ToHaveURLAsync(new Regex(@"/account/signin\?ReturnUrl=%2F$", RegexOptions.IgnoreCase));
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập");
            await Expect(nav).ToHaveCountAsync(0);
            await Expect(Accounts.SignOutButton(page)).ToHaveCountAsync(0);
            var form = page.Locator("main form");
            await Expect(form.GetByLabel("Email", new() { Exact = true })).ToBeVisibleAsync();
            await Expect(form.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveAttributeAsync("type", "password");
            await Expect(form.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true })).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);

            // 2. It links to the public timeline of the partnership.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Dòng thời gian công khai" })).ToBeVisibleAsync();
            var publicLink = page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Hà Nội – Viêng Chăn", Exact = true });
            await Expect(publicLink).ToHaveAttributeAsync("href", $"/public/{fixture.PartnershipId}");
            await Artifacts.ScreenshotAsync(page, "signin-1-anonymous");

            // 3. Which lists approved public activities without signing in.
            await publicLink.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($@"/public/{fixture.PartnershipId}$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hà Nội – Viêng Chăn");
            var items = page.Locator("main ul.timeline > li");
            (await items.CountAsync()).ShouldBeGreaterThan(0);
            await Expect(items.Filter(new() { HasTextRegex = new Regex("Hội đàm|Hội nghị") }).First).ToBeVisibleAsync();
            await Expect(nav).ToHaveCountAsync(0);
            await Expect(Accounts.SignOutButton(page)).ToHaveCountAsync(0);
            await UiText.ShouldHaveNoRawKeysAsync(page);
            await Artifacts.ScreenshotAsync(page, "signin-2-public-timeline");

            // 4. A page of the record asks for sign-in; a wrong password is refused on the same page.
            await page.GotoAsync($"/partnerships/{fixture.PartnershipId}/agreements");
            await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            form = page.Locator("main form");
            await form.GetByLabel("Email", new() { Exact = true }).FillAsync(fixture.ViewerEmail);
            await form.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(fixture.ViewerPassword + " sai");
            await form.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
            await Expect(page.Locator("main .errors")).ToContainTextAsync("Email hoặc mật khẩu không đúng.");
            await Expect(page).ToHaveURLAsync(Accounts.SignInPage());
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng nhập");
            await Expect(form.GetByLabel("Email", new() { Exact = true })).ToHaveValueAsync(fixture.ViewerEmail);
            await Expect(form.GetByLabel("Mật khẩu", new() { Exact = true })).ToHaveValueAsync("");
            await Expect(Accounts.SignOutButton(page)).ToHaveCountAsync(0);
            await UiText.ShouldHaveNoRawKeysAsync(page);
            await Artifacts.ScreenshotAsync(page, "signin-3-wrong-password");

            // 5. The right password then leads to the page first asked for.
            await Accounts.SignInAsync(page, fixture.ViewerEmail, fixture.ViewerPassword);
            await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{fixture.PartnershipId}/agreements$"));
            await Expect(page.Locator("header form.account .user")).ToContainTextAsync(fixture.ViewerName);
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "signin");
            throw;
        }

        watch.ShouldBeClean();
    }
}
