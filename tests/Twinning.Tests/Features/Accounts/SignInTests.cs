using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Accounts;

public sealed class SignInTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/people", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/signin?ReturnUrl=%2Fpeople");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_one_message_and_repeated_failures_lock_the_account()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        await TestUsers.CreateAsync(app, "officer@hanoi.test");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });

        var unknown = await TestUsers.SignInAsync(client, "nobody@hanoi.test", "whatever it is long");
        var wrong = await TestUsers.SignInAsync(client, "officer@hanoi.test", "not the right password");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        var wrongText = await wrong.Content.ReadAsStringAsync(Cancel);
        wrongText.ShouldContain("Email hoặc mật khẩu không đúng.");
        // The same words for an unknown account: the page does not reveal who has one.
        (await unknown.Content.ReadAsStringAsync(Cancel)).ShouldContain("Email hoặc mật khẩu không đúng.");

        for (var i = 0; i < 4; i++) await TestUsers.SignInAsync(client, "officer@hanoi.test", "not the right password");
        var locked = await TestUsers.SignInAsync(client, "officer@hanoi.test", TestUsers.Password);
        (await locked.Content.ReadAsStringAsync(Cancel)).ShouldContain("tạm bị khóa");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
        (await users.IsLockedOutAsync((await users.FindByEmailAsync("officer@hanoi.test"))!)).ShouldBeTrue();
    }

    [Fact]
    public async Task Sign_in_attempts_from_one_address_are_rate_limited()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await TestUsers.SignInAsync(client, $"guess{i}@hanoi.test", "a guessed password")).StatusCode);
        statuses.Take(10).ShouldAllBe(s => s == HttpStatusCode.OK);
        statuses.Skip(10).ShouldAllBe(s => s == HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_rejected()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        await TestUsers.CreateAsync(app, "officer@hanoi.test");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "officer@hanoi.test", ["Password"] = TestUsers.Password,
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        cookies.ShouldNotContain(c => c.StartsWith("twinning.auth"));
    }

    [Fact]
    public async Task Sign_in_never_redirects_off_site()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        await TestUsers.CreateAsync(app, "officer@hanoi.test");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/signin", Cancel);
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "officer@hanoi.test", ["Password"] = TestUsers.Password, ["ReturnUrl"] = "https://evil.example/",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }
}
