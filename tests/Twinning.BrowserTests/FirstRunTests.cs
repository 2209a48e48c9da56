using System.Text.RegularExpressions;
using Twinning.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// A fresh install: no user exists, the app prints a one-time setup link, and whoever holds it
/// creates the first Administrator. Its own app host, so the other tests' users do not exist here.
/// </summary>
public sealed class FirstRunTests(FirstRunFixture fixture) : IClassFixture<FirstRunFixture>
{
    private const string AdminName = "Quản Trị Viên";
    private const string AdminEmail = "quan.tri@example.org";
    private const string AdminPassword = "Sông Hồng chảy về Mê Kông";

    [Fact]
    public async Task First_run_setup_of_the_Administrator()
    {
        var token = fixture.App.StartupSetupToken;
        token.ShouldNotBeNullOrWhiteSpace("the app issued no setup token on start although no user exists");
        var setupLink = $"/setup?token={token}";

        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();

        // A second person who opened the same link before the account was made: the form is left open.
        await using var lateContext = await fixture.NewContextAsync();
        var latePage = await lateContext.NewPageAsync();

        try
        {
            // 1. The setup form, reached only through the link.
            var response = await page.GotoAsync(setupLink);
            response.ShouldNotBeNull().Status.ShouldBe(200);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tạo tài khoản quản trị đầu tiên");
            await Expect(Accounts.SignOutButton(page)).ToHaveCountAsync(0);
            await UiText.ShouldHaveNoRawKeysAsync(page);
            (await latePage.GotoAsync(setupLink)).ShouldNotBeNull().Status.ShouldBe(200);

            // Filled by label: each field must be labelled for a screen reader too.
            var form = page.Locator("main form");
            await form.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync(AdminName);
            await form.GetByLabel("Email", new() { Exact = true }).FillAsync(AdminEmail);
            await form.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(AdminPassword);
            await form.GetByLabel("Nhập lại mật khẩu", new() { Exact = true }).FillAsync(AdminPassword);
            await Artifacts.ScreenshotAsync(page, "setup-1-form");
            await form.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản", Exact = true }).ClickAsync();

            // 2. Signed in as the new Administrator: "/" lists the partnerships (where new ones are added),
            //    and the Hanoi–Vientiane one leads to its dashboard.
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Thêm quan hệ đối tác" })).ToBeVisibleAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Hà Nội – Viêng Chăn", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/partnerships/\d+$"));
            var account = page.Locator("header form.account");
            await Expect(account.Locator(".user")).ToContainTextAsync(AdminName); // greeted by name, not by email
            await Expect(Accounts.SignOutButton(page)).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hà Nội – Viêng Chăn");
            await Expect(page.Locator("ul.figures li.figure").First).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);
            await Artifacts.ScreenshotAsync(page, "setup-2-signed-in-dashboard");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "setup");
            throw;
        }

        watch.ShouldBeClean();
        (await fixture.App.UserCountAsync()).ShouldBe(1);
        (await fixture.App.IsAdministratorAsync(AdminEmail)).ShouldBeTrue();

        // 3. The link is spent: 404 for the signed-in Administrator, for anyone else, and without a token.
        (await page.GotoAsync(setupLink)).ShouldNotBeNull().Status.ShouldBe(404);
        await using var anonymous = await fixture.NewContextAsync();
        var stranger = await anonymous.NewPageAsync();
        (await stranger.GotoAsync(setupLink)).ShouldNotBeNull().Status.ShouldBe(404);
        (await stranger.GotoAsync("/setup")).ShouldNotBeNull().Status.ShouldBe(404);

        // The form left open in another browser cannot make a second Administrator.
        var late = latePage.Locator("main form");
        await late.GetByLabel("Họ và tên", new() { Exact = true }).FillAsync("Người Đến Muộn");
        await late.GetByLabel("Email", new() { Exact = true }).FillAsync("den.muon@example.org");
        await late.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(AdminPassword);
        await late.GetByLabel("Nhập lại mật khẩu", new() { Exact = true }).FillAsync(AdminPassword);
        var lateSubmit = await latePage.RunAndWaitForResponseAsync(
            () => late.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản", Exact = true }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.Contains("/setup", StringComparison.Ordinal));
        lateSubmit.Status.ShouldBe(404);
        (await fixture.App.UserCountAsync()).ShouldBe(1);
    }
}
