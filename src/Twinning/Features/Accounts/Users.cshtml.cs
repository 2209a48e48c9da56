using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Accounts;

/// <summary>Administrators list the accounts and make new ones with their first role.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class UsersModel(TwinningDb db, UserManager<TwinningUser> users, RoleManager<IdentityRole> roles) : PageModel
{
    public sealed record Row(TwinningUser User, bool IsAdministrator, List<Membership> Memberships);

    [BindProperty, Required(ErrorMessage = "Validation.Required"), EmailAddress(ErrorMessage = "Validation.Email"), StringLength(256, ErrorMessage = "Validation.Length"), Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Validation.Required"), StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Field.DisplayName")]
    public string DisplayName { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Validation.Required"), StringLength(512, ErrorMessage = "Validation.Length"), DataType(DataType.Password), Display(Name = "Users.InitialPassword")]
    public string Password { get; set; } = "";

    [BindProperty] public bool Administrator { get; set; }
    [BindProperty] public bool WithMembership { get; set; } = true;
    [BindProperty] public MembershipInput Membership { get; set; } = new();

    public List<Row> Rows { get; private set; } = [];
    public List<Partnership> Partnerships { get; private set; } = [];
    public List<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!WithMembership) ModelState.ClearValidationState(nameof(Membership));
        if (!WithMembership) foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Membership) + ".")).ToList()) ModelState.Remove(key);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var memberships = WithMembership ? new[] { Membership.ToMembership() } : [];
        var result = await UserAccounts.CreateAsync(users, roles, Email.Trim(), DisplayName, Password, Administrator, memberships);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code.StartsWith("Password") ? nameof(Password) : nameof(Email), error.Description);
            await LoadAsync(ct);
            return Page();
        }
        return Redirect("/admin/users");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var all = await db.Users.AsNoTracking().Include(u => u.Memberships).OrderBy(u => u.Email).ToListAsync(ct);
        var administrators = (await users.GetUsersInRoleAsync(GlobalRoles.Administrator)).Select(u => u.Id).ToHashSet();
        Rows = all.Select(u => new Row(u, administrators.Contains(u.Id), u.Memberships)).ToList();
        Partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Country).ThenBy(o => o.Name.Vi).ToListAsync(ct);
    }
}
