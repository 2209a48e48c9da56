using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Accounts;

/// <summary>Administrators make accounts and give them roles through the pages.</summary>
public sealed class UserAdministrationTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private int _partnership;
    private int _organisation;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient();
        await using var db = _app.Database.NewContext();
        _partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        _organisation = await db.Organisations.Where(o => o.Key == "org-hanoi-party-committee").Select(o => o.Id).SingleAsync(Cancel);
        await TestUsers.CreateAsync(_app, "admin@hanoi.test", administrator: true);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_administrator_creates_a_contributor_who_can_then_sign_in_with_that_role()
    {
        var admin = await TestUsers.SignedInClientAsync(_app, "admin@hanoi.test");
        var form = await Forms.GetAsync(admin, "/admin/users");
        var response = await Forms.PostAsync(admin, form, "/admin/users", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Cán bộ Sở Ngoại vụ", ["Email"] = "officer@hanoi.test", ["Password"] = TestUsers.Password,
            ["WithMembership"] = "true", ["Membership.PartnershipId"] = _partnership.ToString(),
            ["Membership.Role"] = "Contributor", ["Membership.OrganisationId"] = _organisation.ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var db = _app.Database.NewContext();
        var user = await db.Users.Include(u => u.Memberships).SingleAsync(u => u.Email == "officer@hanoi.test", Cancel);
        user.Memberships.Single().ShouldSatisfyAllConditions(
            m => m.Role.ShouldBe(PartnershipRole.Contributor), m => m.OrganisationId.ShouldBe(_organisation), m => m.PartnershipId.ShouldBe(_partnership));
        var officer = await TestUsers.SignedInClientAsync(_app, "officer@hanoi.test");
        (await officer.GetAsync($"/partnerships/{_partnership}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_contributor_without_an_organisation_or_a_taken_email_is_refused_with_the_reason()
    {
        var admin = await TestUsers.SignedInClientAsync(_app, "admin@hanoi.test");
        var response = await Forms.PostAsync(admin, await Forms.GetAsync(admin, "/admin/users"), "/admin/users", new Dictionary<string, string?>
        {
            ["DisplayName"] = "X", ["Email"] = "x@hanoi.test", ["Password"] = TestUsers.Password,
            ["WithMembership"] = "true", ["Membership.PartnershipId"] = _partnership.ToString(), ["Membership.Role"] = "Contributor", ["Membership.OrganisationId"] = "",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Cộng tác viên phải gắn với một cơ quan.");

        var taken = await Forms.PostAsync(admin, await Forms.GetAsync(admin, "/admin/users"), "/admin/users", new Dictionary<string, string?>
        {
            ["DisplayName"] = "Again", ["Email"] = "admin@hanoi.test", ["Password"] = TestUsers.Password, ["WithMembership"] = null,
        });
        (await taken.Content.ReadAsStringAsync(Cancel)).ShouldContain("Email này đã có tài khoản.");
        await using var db = _app.Database.NewContext();
        (await db.Users.CountAsync(Cancel)).ShouldBe(1);
    }

    [Fact]
    public async Task The_last_administrator_cannot_step_down()
    {
        var admin = await TestUsers.SignedInClientAsync(_app, "admin@hanoi.test");
        await using var db = _app.Database.NewContext();
        var id = await db.Users.Where(u => u.Email == "admin@hanoi.test").Select(u => u.Id).SingleAsync(Cancel);
        var page = await Forms.GetAsync(admin, $"/admin/users/{id}");
        var response = await Forms.PostAsync(admin, page, $"/admin/users/{id}?handler=Administrator", formSelector: "form[action*='handler=Administrator']");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
