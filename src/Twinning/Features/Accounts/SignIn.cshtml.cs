using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Twinning.Web;
using Twinning.Web.Localization;

namespace Twinning.Features.Accounts;

/// <summary>The one page an anonymous visitor sees, with links to the public timelines.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountSetup.SignInPolicy)]
public sealed class SignInModel(SignInManager<TwinningUser> signIn, SignInThrottle throttle, Public.PublicPartnerships publicPartnerships, IStringLocalizer t, UiTextCatalog catalog) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.Length"), Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), StringLength(512, ErrorMessage = "Validation.Length"), Display(Name = "Field.Password")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true), StringLength(2000, ErrorMessage = "Validation.Length")]
    public string? ReturnUrl { get; set; }

    /// <summary>How many public timelines the sign-in page names; the rest are on /public.</summary>
    public const int PublicShown = 10;

    /// <summary>The first <see cref="PublicShown"/> public timelines by name, and how many there are.</summary>
    public List<Public.PublicPartnerships.Entry> PublicPartnerships { get; private set; } = [];
    public int PublicCount { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadPublicAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadPublicAsync(ct);
            return Page();
        }
        if (!throttle.TryAttempt(Email)) return StatusCode(StatusCodes.Status429TooManyRequests);
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await ApplyPreferredCultureAsync();
            return LocalRedirect(ReturnUrls.LocalOrHome(ReturnUrl));
        }
        // One message for unknown user and wrong password: the page must not reveal which accounts exist.
        ModelState.AddModelError(string.Empty, result.IsLockedOut ? t["SignIn.LockedOut"] : t["SignIn.Failed"]);
        await LoadPublicAsync(ct);
        return Page();
    }

    /// <summary>The profile's language comes before the browser's cookie: the person chose it last time they switched.</summary>
    private async Task ApplyPreferredCultureAsync()
    {
        var user = await signIn.UserManager.FindByEmailAsync(Email.Trim());
        if (user?.PreferredCulture is { } language && catalog.Languages.ContainsKey(language))
            CultureSwitch.Remember(HttpContext, language);
    }

    private async Task LoadPublicAsync(CancellationToken ct)
    {
        var all = await publicPartnerships.ListAsync(null, ct);
        PublicCount = all.Count;
        PublicPartnerships = all.Take(PublicShown).ToList();
    }
}
