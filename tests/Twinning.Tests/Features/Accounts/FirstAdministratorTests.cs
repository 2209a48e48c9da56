using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Accounts;

public sealed class FirstAdministratorTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_no_user_the_app_issues_a_one_time_setup_token_that_creates_the_first_administrator()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = app.Services.GetRequiredService<DatabaseInitializer>().SetupToken;
        token.ShouldNotBeNullOrEmpty();

        (await client.GetAsync("/setup", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/setup?token=wrong", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var form = await client.GetStringAsync($"/setup?token={token}", Cancel);

        var response = await client.PostAsync($"/setup?token={token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token!, ["DisplayName"] = "Nguyễn Văn An", ["Email"] = "admin@hanoi.test",
            ["Password"] = TestUsers.Password, ["ConfirmPassword"] = TestUsers.Password,
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
        var admin = await users.FindByEmailAsync("admin@hanoi.test");
        admin.ShouldNotBeNull();
        (await users.IsInRoleAsync(admin, GlobalRoles.Administrator)).ShouldBeTrue();
        // Spent: the link cannot make a second administrator.
        (await client.GetAsync($"/setup?token={token}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await scope.ServiceProvider.GetRequiredService<TwinningDb>().SetupTokens.AllAsync(t => t.UsedAt != null, Cancel)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_short_password_is_refused_next_to_the_field_and_nothing_is_created()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var token = app.Services.GetRequiredService<DatabaseInitializer>().SetupToken!;
        var form = await client.GetStringAsync($"/setup?token={token}", Cancel);
        var response = await client.PostAsync($"/setup?token={token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token, ["DisplayName"] = "An", ["Email"] = "admin@hanoi.test", ["Password"] = "short", ["ConfirmPassword"] = "short",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("field-error");
        await using var db = app.Database.NewContext();
        (await db.Users.CountAsync(Cancel)).ShouldBe(0);
    }

    [Fact]
    public async Task Once_a_user_exists_no_setup_token_is_issued()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        await TestUsers.CreateAsync(app, "someone@hanoi.test");
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().IssueTokenIfNeededAsync(Cancel)).ShouldBeNull();
    }
}
