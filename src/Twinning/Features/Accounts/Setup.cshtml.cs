using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Twinning.Features.Accounts;

/// <summary>First run: whoever holds the printed setup token creates the first Administrator.</summary>
[AllowAnonymous]
public sealed class SetupModel(FirstAdministrator first, SignInManager<TwinningUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true), StringLength(200, ErrorMessage = "Validation.Length")]
    public string? Token { get; set; }

    [BindProperty, Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Field.DisplayName")]
    public string DisplayName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.Length"), Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), StringLength(512, ErrorMessage = "Validation.Length"), Display(Name = "Field.Password")]
    public string Password { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Validation.Required"), DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "Validation.PasswordsDiffer"), Display(Name = "Field.ConfirmPassword")]
    public string ConfirmPassword { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await first.IsValidAsync(Token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await first.IsValidAsync(Token, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var result = await first.CreateAsync(Token!, Email.Trim(), DisplayName, Password, ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(error.Code.StartsWith("Password") ? nameof(Password) : string.Empty, error.Description);
            return Page();
        }
        await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: false);
        return Redirect("/");
    }
}
