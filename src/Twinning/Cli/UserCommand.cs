using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Web;

namespace Twinning.Cli;

/// <summary>
/// `twinning user create|grant|revoke|disable|enable|list`. Every change of rights goes through
/// <see cref="AccountChanges"/>, which renews the account's security stamp: it takes effect on the user's
/// next request to any app on the same database. `create` makes an account from the command line (the first Administrator on a
/// server nobody can reach with a browser yet, or scripted installs). The password is read from
/// TWINNING_USER_PASSWORD or prompted for, never taken as an argument that shell history would keep.
/// </summary>
internal static class UserCommand
{
    public static Command Build()
    {
        var email = new Option<string>("--email") { Description = "The account's email, which is also its sign-in name.", Required = true };
        var name = new Option<string>("--name") { Description = "The person's full name.", Required = true };
        var admin = new Option<bool>("--admin") { Description = "Make the account an Administrator." };
        var members = new Option<string[]>("--member") { Description = "PARTNERSHIP_ID:ROLE[:SIDE] (Viewer, Editor; Contributor needs PARTNERSHIP_ID:Contributor:ORGANISATION_ID). Repeatable.", AllowMultipleArgumentsPerToken = false };
        var create = new Command("create", "Create a user account.") { TreatUnmatchedTokensAsErrors = false };
        create.Add(email);
        create.Add(name);
        create.Add(admin);
        create.Add(members);
        create.SetAction((result, ct) => CreateAsync(result.UnmatchedTokens.ToArray(), result.GetValue(email)!, result.GetValue(name)!, result.GetValue(admin), result.GetValue(members) ?? [], ct));

        var who = new Argument<string>("EMAIL") { Description = "The account's email." };
        var grantMember = new Option<string>("--member") { Description = "PARTNERSHIP_ID:ROLE[:SIDE] (or PARTNERSHIP_ID:Contributor:ORGANISATION_ID).", Required = true };
        var grant = new Command("grant", "Give a user a role in a partnership (replacing the one they had there).") { TreatUnmatchedTokensAsErrors = false };
        grant.Add(who);
        grant.Add(grantMember);
        grant.SetAction((result, ct) => WithChangesAsync(result.UnmatchedTokens.ToArray(), result.GetValue(who)!, ct, async (changes, db, user) =>
        {
            if (await ParseMemberAsync(db, result.GetValue(grantMember)!, ct) is not { } membership) return 2;
            await changes.GrantAsync(user, membership, ct);
            Console.WriteLine($"Granted {membership.Role} of partnership {membership.PartnershipId} to {user.Email}.");
            return 0;
        }));

        var partnership = new Option<int?>("--partnership") { Description = "Remove the user's membership in this partnership." };
        var revokeAdmin = new Option<bool>("--admin") { Description = "Remove the Administrator role." };
        var revoke = new Command("revoke", "Remove a user's membership in a partnership, or the Administrator role.") { TreatUnmatchedTokensAsErrors = false };
        revoke.Add(who);
        revoke.Add(partnership);
        revoke.Add(revokeAdmin);
        revoke.SetAction((result, ct) => WithChangesAsync(result.UnmatchedTokens.ToArray(), result.GetValue(who)!, ct, async (changes, _, user) =>
        {
            var (p, a) = (result.GetValue(partnership), result.GetValue(revokeAdmin));
            if (p is null == !a)
            {
                Console.Error.WriteLine("Give either --partnership ID or --admin.");
                return 2;
            }
            if (a)
            {
                if (!await changes.SetAdministratorAsync(user, false))
                {
                    Console.Error.WriteLine($"{user.Email} is the last active Administrator; make another one first.");
                    return 1;
                }
                Console.WriteLine($"{user.Email} is no longer an Administrator.");
                return 0;
            }
            if (!await changes.RevokeAsync(user, null, p, ct))
            {
                Console.Error.WriteLine($"{user.Email} has no membership in partnership {p}.");
                return 1;
            }
            Console.WriteLine($"Removed {user.Email} from partnership {p}.");
            return 0;
        }));

        var disable = new Command("disable", "Disable an account: it is signed out and cannot sign in.") { TreatUnmatchedTokensAsErrors = false };
        disable.Add(who);
        disable.SetAction((result, ct) => SetDisabledAsync(result.UnmatchedTokens.ToArray(), result.GetValue(who)!, true, ct));
        var enable = new Command("enable", "Enable a disabled account again.") { TreatUnmatchedTokensAsErrors = false };
        enable.Add(who);
        enable.SetAction((result, ct) => SetDisabledAsync(result.UnmatchedTokens.ToArray(), result.GetValue(who)!, false, ct));

        var list = new Command("list", "List the accounts: email, name, Administrator, disabled, memberships.") { TreatUnmatchedTokensAsErrors = false };
        list.SetAction((result, ct) => ListAsync(result.UnmatchedTokens.ToArray(), ct));

        var user = new Command("user", "Manage user accounts.");
        foreach (var verb in new[] { create, grant, revoke, disable, enable, list }) user.Add(verb);
        return user;
    }

    private static Task<int> SetDisabledAsync(string[] args, string email, bool disabled, CancellationToken ct) =>
        WithChangesAsync(args, email, ct, async (changes, _, user) =>
        {
            if (!await changes.SetDisabledAsync(user, disabled))
            {
                Console.Error.WriteLine($"{user.Email} is the last active Administrator and cannot be disabled.");
                return 1;
            }
            Console.WriteLine($"{user.Email} is {(disabled ? "disabled" : "enabled")}.");
            return 0;
        });

    /// <summary>Opens the database (migrated), finds the user, and runs the change; 1 when there is no such user.</summary>
    private static async Task<int> WithChangesAsync(string[] args, string email, CancellationToken ct, Func<AccountChanges, Data.TwinningDb, TwinningUser, Task<int>> change)
    {
        var app = TwinningWebApp.Build(args);
        await app.Services.GetRequiredService<Data.DatabaseInitializer>().MigrateAsync(loadDataset: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
        if (await changes.FindAsync(email, ct) is not { } user)
        {
            Console.Error.WriteLine($"No user {email}.");
            return 1;
        }
        return await change(changes, scope.ServiceProvider.GetRequiredService<Data.TwinningDb>(), user);
    }

    private static async Task<int> ListAsync(string[] args, CancellationToken ct)
    {
        var app = TwinningWebApp.Build(args);
        await app.Services.GetRequiredService<Data.DatabaseInitializer>().MigrateAsync(loadDataset: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.TwinningDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
        var administrators = (await users.GetUsersInRoleAsync(GlobalRoles.Administrator)).Select(u => u.Id).ToHashSet();
        Console.WriteLine("email\tname\tadmin\tdisabled\tmemberships");
        foreach (var u in await db.Users.AsNoTracking().Include(u => u.Memberships).OrderBy(u => u.Email).ToListAsync(ct))
        {
            var memberships = string.Join(",", u.Memberships.OrderBy(m => m.PartnershipId).Select(m =>
                $"{m.PartnershipId}:{m.Role}{(m.Side is { } side ? ":" + side : m.OrganisationId is { } org ? ":" + org : "")}"));
            Console.WriteLine($"{u.Email}\t{u.DisplayName}\t{(administrators.Contains(u.Id) ? "yes" : "no")}\t{(AccountChanges.IsDisabled(u) ? "yes" : "no")}\t{memberships}");
        }
        return 0;
    }

    /// <summary>
    /// PARTNERSHIP_ID:ROLE[:SIDE], or PARTNERSHIP_ID:Contributor:ORGANISATION_ID; null (with the reason on
    /// standard error) when it is malformed or names no partnership or organisation.
    /// </summary>
    private static async Task<Membership?> ParseMemberAsync(Data.TwinningDb db, string text, CancellationToken ct)
    {
        var parts = text.Split(':');
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], out var partnershipId)
            || !Enum.TryParse<PartnershipRole>(parts[1], ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(parts[1], out _))
        {
            Console.Error.WriteLine($"'{text}': expected PARTNERSHIP_ID:ROLE[:SIDE] with ROLE Viewer, Contributor or Editor.");
            return null;
        }
        if (!await db.Partnerships.AnyAsync(p => p.Id == partnershipId, ct))
        {
            Console.Error.WriteLine($"'{text}': no partnership {partnershipId}.");
            return null;
        }
        var membership = new Membership { PartnershipId = partnershipId, Role = role };
        switch (role)
        {
            case PartnershipRole.Contributor:
                if (parts.Length != 3 || !int.TryParse(parts[2], out var organisationId) || !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
                {
                    Console.Error.WriteLine($"'{text}': a Contributor keeps one organisation's activities: PARTNERSHIP_ID:Contributor:ORGANISATION_ID, with an existing organisation id.");
                    return null;
                }
                membership.OrganisationId = organisationId;
                break;
            case PartnershipRole.Editor when parts.Length == 3:
                membership.Side = parts[2].ToUpperInvariant();
                break;
            case PartnershipRole.Viewer when parts.Length == 3:
                Console.Error.WriteLine($"'{text}': a Viewer has no side.");
                return null;
        }
        return membership;
    }

    private static async Task<int> CreateAsync(string[] args, string email, string name, bool administrator, string[] members, CancellationToken ct)
    {
        var password = Environment.GetEnvironmentVariable("TWINNING_USER_PASSWORD") ?? ReadPassword();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password: set TWINNING_USER_PASSWORD or run in a terminal to be asked for one.");
            return 2;
        }
        var app = TwinningWebApp.Build(args);
        await app.Services.GetRequiredService<Data.DatabaseInitializer>().MigrateAsync(loadDataset: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var memberships = new List<Membership>();
        foreach (var member in members)
        {
            if (await ParseMemberAsync(scope.ServiceProvider.GetRequiredService<Data.TwinningDb>(), member, ct) is not { } membership) return 2;
            memberships.Add(membership);
        }
        var result = await UserAccounts.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
            email, name, password, administrator, [.. memberships]);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) Console.Error.WriteLine(error.Description);
            return 1;
        }
        Console.WriteLine($"Created {(administrator ? "Administrator" : "user")} {email}.");
        return 0;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected) return null;
        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }
}
