using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Cli;

/// <summary>
/// The `user` verbs run as the built executable against the database of an app running in the test,
/// checked in that database after each verb; a change made by a verb reaches the app's next request.
/// </summary>
public sealed class UserVerbTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<(int Exit, string Out, string Error)> RunAsync(TwinningAppFactory app, params string[] args) =>
        TwinningProcess.RunAsync(args, environment: new Dictionary<string, string>
        {
            ["TWINNING_Database__Provider"] = app.Database.ProviderName,
            ["TWINNING_ConnectionStrings__Twinning"] = app.Database.ConnectionString,
            ["TWINNING_USER_PASSWORD"] = TestUsers.Password,
        });

    private static Task<List<Membership>> MembershipsAsync(TwinningAppFactory app, string email) =>
        app.WithAppDbAsync(db => db.Memberships.Where(m => db.Users.Any(u => u.Id == m.UserId && u.Email == email)).OrderBy(m => m.PartnershipId).ToListAsync(Cancel));

    [Fact]
    public async Task The_user_verbs_change_the_database_and_the_users_next_request()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = app.CreateClient(); // migrates
        var partnership = await app.WithAppDbAsync(TestRecords.SavePartnershipAsync);
        var organisation = await app.WithAppDbAsync(async db =>
        {
            var o = TestRecords.Organisation("org-cli", new("Sở Ngoại vụ Hà Nội"), "VN");
            db.Organisations.Add(o);
            await db.SaveChangesAsync(Cancel);
            return o.Id;
        });
        const string email = "operator-made@cli.test";

        var created = await RunAsync(app, "user", "create", "--email", email, "--name", "Made By Verb", "--member", $"{partnership}:Viewer");
        created.Exit.ShouldBe(0, created.Error);
        (await MembershipsAsync(app, email)).ShouldHaveSingleItem().Role.ShouldBe(PartnershipRole.Viewer);

        var granted = await RunAsync(app, "user", "grant", email, "--member", $"{partnership}:Editor:VN");
        granted.Exit.ShouldBe(0, granted.Error);
        var editor = (await MembershipsAsync(app, email)).ShouldHaveSingleItem();
        (editor.Role, editor.Side).ShouldBe((PartnershipRole.Editor, "VN"));

        var noOrganisation = await RunAsync(app, "user", "grant", email, "--member", $"{partnership}:Contributor");
        noOrganisation.Exit.ShouldBe(2);
        noOrganisation.Error.ShouldContain("PARTNERSHIP_ID:Contributor:ORGANISATION_ID");
        var contributor = await RunAsync(app, "user", "grant", email, "--member", $"{partnership}:Contributor:{organisation}");
        contributor.Exit.ShouldBe(0, contributor.Error);
        (await MembershipsAsync(app, email)).ShouldHaveSingleItem().OrganisationId.ShouldBe(organisation);

        (await RunAsync(app, "user", "grant", email, "--member", "99999:Viewer")).Error.ShouldContain("no partnership 99999");
        var badRole = await RunAsync(app, "user", "grant", email, "--member", $"{partnership}:Owner");
        badRole.Exit.ShouldBe(2);
        badRole.Error.ShouldContain("ROLE Viewer, Contributor or Editor");
        var nobody = await RunAsync(app, "user", "disable", "nobody@cli.test");
        nobody.Exit.ShouldBe(1);
        nobody.Error.ShouldContain("No user nobody@cli.test");

        var list = await RunAsync(app, "user", "list");
        list.Exit.ShouldBe(0, list.Error);
        list.Out.ShouldContain($"{email}\tMade By Verb\tno\tno\t{partnership}:Contributor:{organisation}");

        // Signed in, then revoked by the verb: the app's next request signs them out.
        using var client = await TestUsers.SignedInClientAsync(app, email);
        (await client.GetAsync($"/partnerships/{partnership}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var revoked = await RunAsync(app, "user", "revoke", email, "--partnership", partnership.ToString());
        revoked.Exit.ShouldBe(0, revoked.Error);
        (await MembershipsAsync(app, email)).ShouldBeEmpty();
        var next = await client.GetAsync($"/partnerships/{partnership}", Cancel);
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe($"http://localhost/account/signin?ReturnUrl=%2Fpartnerships%2F{partnership}");

        (await RunAsync(app, "user", "disable", email)).Exit.ShouldBe(0);
        (await app.WithAppDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(Cancel))).ShouldNotBeNull().Year.ShouldBe(9999);
        (await RunAsync(app, "user", "enable", email)).Exit.ShouldBe(0);
        (await app.WithAppDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(Cancel))).ShouldBeNull();

        // The Administrator role: the last one cannot be revoked; with another, it can.
        await TestUsers.CreateAsync(app, "first-admin@cli.test", administrator: true);
        var last = await RunAsync(app, "user", "revoke", "first-admin@cli.test", "--admin");
        last.Exit.ShouldBe(1);
        last.Error.ShouldContain("last active Administrator");
        await TestUsers.CreateAsync(app, "second-admin@cli.test", administrator: true);
        (await RunAsync(app, "user", "revoke", "first-admin@cli.test", "--admin")).Exit.ShouldBe(0);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
        (await users.IsInRoleAsync((await users.FindByEmailAsync("first-admin@cli.test"))!, GlobalRoles.Administrator)).ShouldBeFalse();
    }
}
