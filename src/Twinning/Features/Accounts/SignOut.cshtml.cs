using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Twinning.Features.Accounts;

/// <summary>
/// Signing out is a POST (with the antiforgery token), so a link on another site cannot sign anyone out.
/// It renews the account's security stamp, so the cookie it ends is dead on the server too: a copy of it
/// taken before (another tab, a stolen cookie) no longer signs anyone in. That ends the account's other
/// sessions as well, which is what a person signing out of a shared machine wants.
/// </summary>
public sealed class SignOutModel(SignInManager<TwinningUser> signIn, UserManager<TwinningUser> users, AccountChanges changes) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user) await changes.RenewStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect(AccountSetup.SignInPath);
    }
}
