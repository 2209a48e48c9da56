using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web.Localization;

/// <summary>The reader's language: the profile first, then the cookie, then a browser that asks for Lao.</summary>
public sealed class PreferredCultureTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite)]
    [InlineData(Engine.Postgres)]
    public async Task Switching_to_lao_is_kept_in_the_profile_and_applied_at_the_next_sign_in_elsewhere(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        await TestUsers.CreateAsync(app, "officer@vientiane.test");

        using (var first = await TestUsers.SignedInClientAsync(app, "officer@vientiane.test"))
            (await SwitchAsync(first, "lo", from: "/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PreferenceOfAsync(app, "officer@vientiane.test")).ShouldBe("lo");

        // Another browser, no cookie of its own, even one that had chosen English before signing in.
        using var second = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        (await SwitchAsync(second, "en")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.GetStringAsync("/account/signin", Cancel)).ShouldContain("<html lang=\"en\">");
        (await TestUsers.SignInAsync(second, "officer@vientiane.test", TestUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await second.GetStringAsync("/", Cancel)).ShouldContain("<html lang=\"lo\">");
        // Choosing English while anonymous did not overwrite the profile.
        (await PreferenceOfAsync(app, "officer@vientiane.test")).ShouldBe("lo");
    }

    [Fact]
    public async Task A_person_who_never_switched_keeps_the_cookie_language_at_sign_in()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        await TestUsers.CreateAsync(app, "reader@hanoi.test");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        await SwitchAsync(client, "en");
        await TestUsers.SignInAsync(client, "reader@hanoi.test", TestUsers.Password);
        (await client.GetStringAsync("/", Cancel)).ShouldContain("<html lang=\"en\">");
        (await PreferenceOfAsync(app, "reader@hanoi.test")).ShouldBeNull();
    }

    [Theory]
    [InlineData("lo-LA,lo;q=0.9,en;q=0.5", "lo")]
    [InlineData("en-US,en;q=0.9,lo;q=0.5", "vi")] // only Lao is taken from the browser; Vietnamese stays the default
    [InlineData("fr-FR", "vi")]
    public async Task A_browser_that_prefers_lao_opens_in_lao(string acceptLanguage, string expected)
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);
        (await client.GetStringAsync("/account/signin", Cancel)).ShouldContain($"<html lang=\"{expected}\">");
    }

    private static async Task<HttpResponseMessage> SwitchAsync(HttpClient client, string language, string from = "/account/signin")
    {
        var page = await client.GetStringAsync(from, Cancel);
        return await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(page),
        }), Cancel);
    }

    private static async Task<string?> PreferenceOfAsync(TwinningAppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>().FindByEmailAsync(email);
        return user!.PreferredCulture;
    }
}
