using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Accounts;

/// <summary>One account: its roles in partnerships, Administrator or not, and unlocking after lockout.</summary>
[Authorize(Policy = Policies.Administrator)]
public sealed class EditUserModel(TwinningDb db, UserManager<TwinningUser> users, AccountChanges changes) : PageModel
{
    public TwinningUser Account { get; private set; } = null!;
    public bool IsAdministrator { get; private set; }
    public bool IsLockedOut { get; private set; }
    public bool IsDisabled { get; private set; }
    public List<Membership> Memberships { get; private set; } = [];
    public List<Partnership> Partnerships { get; private set; } = [];
    public List<Organisation> Organisations { get; private set; } = [];

    [BindProperty] public MembershipInput Membership { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Every form here names its handler; a post naming none would render the page without its account (a 500).</summary>
    public IActionResult OnPost() => BadRequest();

    public async Task<IActionResult> OnPostAddMembershipAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        await changes.GrantAsync(Account, Membership.ToMembership(), ct);
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostRemoveMembershipAsync(string id, int membershipId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        await changes.RevokeAsync(user, membershipId, null, ct);
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostAdministratorAsync(string id, bool administrator, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        // The last Administrator cannot step down: someone must be able to manage users.
        if (!await changes.SetAdministratorAsync(user, administrator)) return BadRequest();
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostDisabledAsync(string id, bool disabled, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (!await changes.SetDisabledAsync(user, disabled)) return BadRequest();
        return Redirect($"/admin/users/{id}");
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null) return NotFound();
        if (AccountChanges.IsDisabled(user)) return BadRequest(); // a disabled account is enabled, not unlocked
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Redirect($"/admin/users/{id}");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var user = await db.Users.Include(u => u.Memberships).FirstOrDefaultAsync(u => u.Id == id, ct);
        if (user is null) return false;
        Account = user;
        Memberships = user.Memberships;
        IsAdministrator = await users.IsInRoleAsync(user, GlobalRoles.Administrator);
        IsDisabled = AccountChanges.IsDisabled(user);
        IsLockedOut = !IsDisabled && await users.IsLockedOutAsync(user);
        Partnerships = await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Country).ThenBy(o => o.Name.Vi).ToListAsync(ct);
        return true;
    }
}
