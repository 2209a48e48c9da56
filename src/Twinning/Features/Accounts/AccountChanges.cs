using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Accounts;

/// <summary>
/// Every change to what an account may do — memberships, the Administrator role, disabling — made in
/// one place for the Administrators' pages and the `user` verbs alike. Each change renews the account's
/// security stamp, which <see cref="SessionValidation"/> compares on every request: the user's next
/// request runs with the new rights (or is signed out), whatever cookie they hold.
/// </summary>
public sealed class AccountChanges(TwinningDb db, UserManager<TwinningUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>A disabled account is locked out until the end of time; lockout after failed sign-ins ends on its own.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    public static bool IsDisabled(TwinningUser user) => user.LockoutEnd is { } end && end.Year >= 9999;

    public Task<TwinningUser?> FindAsync(string idOrEmail, CancellationToken ct) =>
        db.Users.Include(u => u.Memberships).FirstOrDefaultAsync(u => u.Id == idOrEmail || u.NormalizedEmail == idOrEmail.ToUpperInvariant(), ct);

    public async Task GrantAsync(TwinningUser user, Membership membership, CancellationToken ct)
    {
        membership.UserId = user.Id;
        // One role per partnership: granting replaces what the user had there.
        await db.Memberships.Where(m => m.UserId == user.Id && m.PartnershipId == membership.PartnershipId).ExecuteDeleteAsync(ct);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(ct);
        await RenewStampAsync(user);
    }

    /// <summary>Removes one membership (by id) or all of a partnership's (by partnership); false when there was none.</summary>
    public async Task<bool> RevokeAsync(TwinningUser user, int? membershipId, int? partnershipId, CancellationToken ct)
    {
        var removed = await db.Memberships
            .Where(m => m.UserId == user.Id && (membershipId == null || m.Id == membershipId) && (partnershipId == null || m.PartnershipId == partnershipId))
            .ExecuteDeleteAsync(ct);
        if (removed > 0) await RenewStampAsync(user);
        return removed > 0;
    }

    /// <summary>Makes or unmakes an Administrator; the last one cannot step down (someone must manage users).</summary>
    public async Task<bool> SetAdministratorAsync(TwinningUser user, bool administrator)
    {
        if (administrator)
        {
            if (!await roles.RoleExistsAsync(GlobalRoles.Administrator)) await roles.CreateAsync(new IdentityRole(GlobalRoles.Administrator));
            if (!await users.IsInRoleAsync(user, GlobalRoles.Administrator)) await users.AddToRoleAsync(user, GlobalRoles.Administrator);
        }
        else
        {
            if (!await users.IsInRoleAsync(user, GlobalRoles.Administrator)) return true;
            if ((await users.GetUsersInRoleAsync(GlobalRoles.Administrator)).Count(u => !IsDisabled(u)) <= 1) return false;
            await users.RemoveFromRoleAsync(user, GlobalRoles.Administrator);
        }
        await RenewStampAsync(user);
        return true;
    }

    /// <summary>Disables or re-enables an account. The last active Administrator cannot be disabled.</summary>
    public async Task<bool> SetDisabledAsync(TwinningUser user, bool disabled)
    {
        if (disabled && await users.IsInRoleAsync(user, GlobalRoles.Administrator)
            && (await users.GetUsersInRoleAsync(GlobalRoles.Administrator)).Count(u => !IsDisabled(u)) <= 1)
            return false;
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? DisabledUntil : null);
        if (!disabled) await users.ResetAccessFailedCountAsync(user);
        await RenewStampAsync(user);
        return true;
    }

    /// <summary>Ends every session of the account (signing out, or after a change of rights).</summary>
    public Task RenewStampAsync(TwinningUser user) => users.UpdateSecurityStampAsync(user);
}
