using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// Issue 9, item 2: a change of rights (Administrator role, membership, disabling) and signing out take
/// effect on the user's next request, whatever cookie they still hold.
/// </summary>
public abstract class SessionTests(HostileUserTests.World world)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task ChangeAsync(string email, Func<AccountChanges, TwinningUser, Task> change)
    {
        await using var scope = world.App.Services.CreateAsyncScope();
        var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
        var user = (await changes.FindAsync(email, Cancel)).ShouldNotBeNull();
        await change(changes, user);
    }

    private static void ShouldGoToSignIn(HttpResponseMessage response, string returnPath)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().OriginalString
            .ShouldBe($"http://localhost/account/signin?ReturnUrl={Uri.EscapeDataString(returnPath)}");
    }

    [Fact]
    public async Task A_revoked_administrator_is_signed_out_on_the_next_request_and_creates_no_one()
    {
        var email = $"revoked-admin-{Guid.NewGuid():N}@hostile.test";
        await TestUsers.CreateAsync(world.App, email, administrator: true);
        using var revoked = await TestUsers.SignedInClientAsync(world.App, email);
        var form = await revoked.GetAsync("/admin/users", Cancel);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = TestUsers.AntiforgeryToken(await form.Content.ReadAsStringAsync(Cancel));

        // Another Administrator removes the role, through the Administrators' page.
        using var admin = await TestUsers.SignedInClientAsync(world.App, world.Admin);
        var userId = await world.App.WithAppDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel));
        var edit = await Forms.GetAsync(admin, $"/admin/users/{userId}");
        var saved = await Forms.PostAsync(admin, edit, $"/admin/users/{userId}?handler=Administrator",
            new Dictionary<string, string?> { ["administrator"] = "false" }, formSelector: "form[action*='handler=Administrator']");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe($"/admin/users/{userId}");
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<TwinningUser>>();
            (await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, GlobalRoles.Administrator)).ShouldBeFalse("the page removed the role");
        }

        ShouldGoToSignIn(await revoked.GetAsync("/admin/users", Cancel), "/admin/users");

        var before = await world.CountsAsync();
        var created = await revoked.PostAsync("/admin/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "made-by-revoked@hostile.test", ["DisplayName"] = "Made", ["Password"] = TestUsers.Password,
            ["Administrator"] = "true", ["WithMembership"] = "false", ["__RequestVerificationToken"] = token,
        }), Cancel);
        ((int)created.StatusCode).ShouldBeOneOf(302, 400);
        if (created.StatusCode == HttpStatusCode.Redirect) ShouldGoToSignIn(created, "/admin/users");
        (await world.CountsAsync()).ShouldBe(before);
        (await world.App.WithAppDbAsync(db => db.Users.AnyAsync(u => u.Email == "made-by-revoked@hostile.test", Cancel))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_disabled_user_is_signed_out_on_the_next_request_and_cannot_sign_in()
    {
        var email = await world.NewUserAsync("disabled", new Membership { PartnershipId = world.PartnershipA, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(world.App, email);
        (await client.GetAsync($"/partnerships/{world.PartnershipA}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ChangeAsync(email, async (changes, user) => (await changes.SetDisabledAsync(user, true)).ShouldBeTrue());

        ShouldGoToSignIn(await client.GetAsync($"/partnerships/{world.PartnershipA}", Cancel), $"/partnerships/{world.PartnershipA}");
        using var again = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        (await TestUsers.SignInAsync(again, email, TestUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "the form again, not a redirect in");
    }

    [Fact]
    public async Task A_removed_membership_denies_the_partnership_on_the_next_request()
    {
        var email = await world.NewUserAsync("removed-member", new Membership { PartnershipId = world.PartnershipA, Role = PartnershipRole.Viewer },
            new Membership { PartnershipId = world.PartnershipB, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(world.App, email);
        (await client.GetAsync($"/partnerships/{world.PartnershipA}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await ChangeAsync(email, async (changes, user) => (await changes.RevokeAsync(user, null, world.PartnershipA, Cancel)).ShouldBeTrue());

        // The stamp changed, so the session ends; signed in again, A is denied and B still open.
        ShouldGoToSignIn(await client.GetAsync($"/partnerships/{world.PartnershipA}", Cancel), $"/partnerships/{world.PartnershipA}");
        using var again = await TestUsers.SignedInClientAsync(world.App, email);
        world.ShouldBeForbidden(await again.GetAsync($"/partnerships/{world.PartnershipA}", Cancel));
        (await again.GetAsync($"/partnerships/{world.PartnershipB}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_copy_of_the_cookie_no_longer_works_after_signing_out()
    {
        var email = await world.NewUserAsync("signout", new Membership { PartnershipId = world.PartnershipA, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(world.App, email);
        var page = await client.GetAsync($"/partnerships/{world.PartnershipA}", Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var cookie = world.App.Server.BaseAddress is { } _ ? CookieOf(client) : "";

        using var copy = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        (await copy.GetAsync($"/partnerships/{world.PartnershipA}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK, "the copy works while the session lives");

        var token = TestUsers.AntiforgeryToken(await page.Content.ReadAsStringAsync(Cancel));
        var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Cancel);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe("/account/signin");

        ShouldGoToSignIn(await copy.GetAsync($"/partnerships/{world.PartnershipA}", Cancel), $"/partnerships/{world.PartnershipA}");
    }

    /// <summary>The cookies a client holds, as the Cookie header a browser would send.</summary>
    private string CookieOf(HttpClient client)
    {
        // The factory's cookie handler is not reachable; read the cookie back from a request the client makes.
        var handler = new CookieCapture();
        return handler.Capture(client, world.App);
    }

    private sealed class CookieCapture
    {
        public string Capture(HttpClient client, TwinningAppFactory app)
        {
            var field = client.GetType().BaseType!.GetField("_handler", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
            var handler = field.GetValue(client);
            while (handler is DelegatingHandler delegating)
            {
                var container = delegating.GetType().GetProperty("Container")?.GetValue(delegating) as CookieContainer;
                if (container is not null) return container.GetCookieHeader(app.Server.BaseAddress);
                handler = delegating.InnerHandler;
            }
            throw new InvalidOperationException("no cookie container in the client's handlers");
        }
    }
}

public sealed class SessionOnSqliteTests(HostileUserTests.OnSqlite world) : SessionTests(world), IClassFixture<HostileUserTests.OnSqlite>;
public sealed class SessionOnPostgresTests(HostileUserTests.OnPostgres world) : SessionTests(world), IClassFixture<HostileUserTests.OnPostgres>;
