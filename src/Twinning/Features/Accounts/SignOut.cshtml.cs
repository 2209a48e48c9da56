using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Twinning.Features.Accounts;

/// <summary>Signing out is a POST (with the antiforgery token), so a link on another site cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<TwinningUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(AccountSetup.SignInPath);
    }
}
