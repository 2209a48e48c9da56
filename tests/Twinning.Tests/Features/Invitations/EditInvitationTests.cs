using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Invitations;

public sealed class EditInvitationTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private int _partnership, _inviter, _invitee, _visit;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient();
        await using var db = _app.Database.NewContext();
        _partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        _inviter = await db.People.Where(p => p.Key == "person-nguyen-duy-ngoc").Select(p => p.Id).SingleAsync(Cancel);
        _invitee = await db.People.Where(p => p.Key == "person-athsaphangthong-siphandone").Select(p => p.Id).SingleAsync(Cancel);
        _visit = await db.Visits.Where(v => v.Key == "visit-2026-01-thongloun-to-hanoi").Select(v => v.Id).SingleAsync(Cancel);
        await TestUsers.CreateAsync(_app, "editor@hanoi.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(_app, "viewer@hanoi.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Viewer });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private string NewUrl => $"/invitations/edit?partnership={_partnership}";

    [Fact]
    public async Task An_editor_records_an_accepted_invitation_and_the_visit_that_fulfilled_it()
    {
        var editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var response = await Forms.PostAsync(editor, await Forms.GetAsync(editor, NewUrl), NewUrl, new Dictionary<string, string?>
        {
            ["Input.InviterId"] = _inviter.ToString(), ["Input.InviteeId"] = _invitee.ToString(), ["Input.Date"] = "2026-01-27",
            ["Input.DescriptionVi"] = "Mời Đô trưởng Viêng Chăn sang thăm Hà Nội.", ["Input.Accepted"] = "true", ["Input.FulfilledById"] = _visit.ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await Forms.GetAsync(editor, $"/people/{_invitee}");
        var item = page.QuerySelectorAll("li").Single(li => li.TextContent.Contains("Mời Đô trưởng Viêng Chăn sang thăm Hà Nội."));
        item.TextContent.ShouldContain("đã nhận lời");
        item.QuerySelector($"a[href='/activities/{_visit}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Inviting_oneself_is_refused_and_nothing_is_saved()
    {
        var editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        await using var db = _app.Database.NewContext();
        var before = await db.Invitations.CountAsync(Cancel);
        var response = await Forms.PostAsync(editor, await Forms.GetAsync(editor, NewUrl), NewUrl, new Dictionary<string, string?>
        {
            ["Input.InviterId"] = _inviter.ToString(), ["Input.InviteeId"] = _inviter.ToString(), ["Input.DescriptionVi"] = "Tự mời.",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("hai người khác nhau");
        (await db.Invitations.CountAsync(Cancel)).ShouldBe(before);
    }

    [Fact]
    public async Task A_viewer_is_denied()
    {
        var viewer = await TestUsers.SignedInClientAsync(_app, "viewer@hanoi.test");
        (await viewer.GetAsync(NewUrl, Cancel)).ShouldRedirectTo("/account/denied");
    }
}
