using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// Real accounts for tests, signed in through the real sign-in form (antiforgery token, cookie and all),
/// so every page test also exercises authentication the way a person does.
/// </summary>
public static partial class TestUsers
{
    public const string Password = "correct horse battery staple";

    public static async Task<string> CreateAsync(TwinningAppFactory app, string email, bool administrator = false, params Membership[] memberships)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await UserAccounts.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
            email, email.Split('@')[0], Password, administrator, memberships);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Errors.Select(e => e.Description)));
        return email;
    }

    /// <summary>A client with its own cookies, signed in as <paramref name="email"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(TwinningAppFactory app, string email, string password = Password)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await SignInAsync(client, email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "sign-in should succeed and redirect");
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync("/account/signin", TestContext.Current.CancellationToken);
        return await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }), TestContext.Current.CancellationToken);
    }

    public static string AntiforgeryToken(string html)
    {
        var token = TokenField().Match(html).Groups[1].Value;
        token.ShouldNotBeEmpty("the page has no antiforgery token");
        return token;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
