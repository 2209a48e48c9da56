using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Accounts;

/// <summary>
/// There is no default password: while no user exists, the app issues a one-time setup token (printed
/// on start) that lets whoever runs the server create the first Administrator at /setup.
/// </summary>
public sealed class FirstAdministrator(TwinningDb db, UserManager<TwinningUser> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(24);

    public async Task<bool> IsNeededAsync(CancellationToken ct = default) => !await db.Users.AnyAsync(ct);

    /// <summary>A new token when no user exists yet, else null. Only its hash is kept.</summary>
    public async Task<string?> IssueTokenIfNeededAsync(CancellationToken ct = default)
    {
        if (!await IsNeededAsync(ct)) return null;
        var token = SecretToken.New();
        db.SetupTokens.Add(new SetupToken { TokenHash = SecretToken.Hash(token), ExpiresAt = clock.GetUtcNow().UtcDateTime + TokenLifetime });
        await db.SaveChangesAsync(ct);
        return token;
    }

    public async Task<bool> IsValidAsync(string? token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || !await IsNeededAsync(ct)) return false;
        var hash = SecretToken.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, ct);
    }

    /// <summary>Creates the first Administrator and spends every setup token, in one transaction.</summary>
    public async Task<IdentityResult> CreateAsync(string token, string email, string displayName, string password, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await IsValidAsync(token, ct))
            return IdentityResult.Failed(new IdentityError { Code = "SetupTokenInvalid", Description = "The setup link is no longer valid." });
        var result = await UserAccounts.CreateAsync(users, roles, email, displayName, password, administrator: true);
        if (!result.Succeeded) return result;
        var now = clock.GetUtcNow().UtcDateTime;
        await db.SetupTokens.Where(t => t.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), ct);
        await transaction.CommitAsync(ct);
        return result;
    }
}

/// <summary>Creating a user, shared by the setup page, the `user create` verb and (later) the Administrators' pages.</summary>
public static class UserAccounts
{
    public static async Task<IdentityResult> CreateAsync(UserManager<TwinningUser> users, RoleManager<IdentityRole> roles,
        string email, string displayName, string password, bool administrator, IEnumerable<Membership>? memberships = null)
    {
        var user = new TwinningUser
        {
            UserName = email, Email = email, DisplayName = displayName.Trim(), EmailConfirmed = true,
            Memberships = memberships?.ToList() ?? [],
        };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded || !administrator) return result;
        if (!await roles.RoleExistsAsync(GlobalRoles.Administrator))
            await roles.CreateAsync(new IdentityRole(GlobalRoles.Administrator));
        return await users.AddToRoleAsync(user, GlobalRoles.Administrator);
    }
}
