using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Twinning.Features.Accounts;
using Twinning.Web;

namespace Twinning.Cli;

/// <summary>
/// `twinning user create`: makes an account from the command line (the first Administrator on a
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
        var create = new Command("create", "Create a user account.") { TreatUnmatchedTokensAsErrors = false };
        create.Add(email);
        create.Add(name);
        create.Add(admin);
        create.SetAction((result, ct) => CreateAsync(result.UnmatchedTokens.ToArray(), result.GetValue(email)!, result.GetValue(name)!, result.GetValue(admin), ct));
        var user = new Command("user", "Manage user accounts.");
        user.Add(create);
        return user;
    }

    private static async Task<int> CreateAsync(string[] args, string email, string name, bool administrator, CancellationToken ct)
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
        var result = await UserAccounts.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
            email, name, password, administrator);
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
