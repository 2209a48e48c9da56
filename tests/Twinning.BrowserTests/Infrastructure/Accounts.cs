using System.Text.RegularExpressions;
using Twinning.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests.Infrastructure;

/// <summary>Signing in the way a person does: the real form, in the page's own browser context.</summary>
public static partial class Accounts
{
    /// <summary>The sign-in page, whatever ReturnUrl it carries.</summary>
    [GeneratedRegex(@"/account/signin(\?|$)", RegexOptions.IgnoreCase)]
    public static partial Regex SignInPage();

    /// <summary>The header's sign-out button, in any of the UI's languages.</summary>
    public static ILocator SignOutButton(IPage page) =>
        page.Locator("header form.account").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Đăng xuất|Sign out|ອອກຈາກລະບົບ)$") });

    /// <summary>
    /// Fills and submits the sign-in form (opening it first unless the page is on it already, e.g. after
    /// a redirect that carries a ReturnUrl), then waits until the app has signed the user in.
    /// The app allows 10 sign-in POSTs a minute per client address by default, and all tests of a host
    /// come from 127.0.0.1: <see cref="TwinningAppHost"/> raises the limit (Security:SignInAttemptsPerMinute).
    /// </summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        if (!SignInPage().IsMatch(page.Url)) await page.GotoAsync(AccountSetup.SignInPath);
        var form = page.Locator("main form").Filter(new() { Has = page.Locator("input[name=Password]") });
        await form.Locator("input[name=Email]").FillAsync(email);
        await form.Locator("input[name=Password]").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Đăng nhập|Sign in|ເຂົ້າສູ່ລະບົບ)$") }).ClickAsync();
        try
        {
            // Commit, not Load: a slow page after sign-in (a cold query on a busy CI machine) is not a failed sign-in.
            // 90 s: the first dashboard of a host (views and queries compiled cold) took over 30 s once in CI, where
            // the browser tests share two cores with the app tests running at the same time.
            await page.WaitForURLAsync(url => !SignInPage().IsMatch(url), new() { Timeout = 90_000, WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException)
        {
            var errors = await page.Locator("main .errors, main .field-error").AllInnerTextsAsync();
            throw new InvalidOperationException(
                $"Signing in as {email} did not leave the sign-in page ({page.Url}); it says: {string.Join(" | ", errors.Where(e => e.Trim().Length > 0))}");
        }
        await Expect(SignOutButton(page)).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }
}
