using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Organisations;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Organisations;

public sealed class EditOrganisationTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private int _hanoiPeoplesCommittee;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient();
        await using var db = _app.Database.NewContext();
        var partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        _hanoiPeoplesCommittee = await db.Organisations.Where(o => o.Kind == OrganisationKind.PeoplesCommittee && o.Country == "VN").Select(o => o.Id).FirstAsync(Cancel);
        await TestUsers.CreateAsync(_app, "editor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(_app, "viewer@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_editor_adds_a_department_under_the_peoples_committee()
    {
        var editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var response = await Forms.PostAsync(editor, await Forms.GetAsync(editor, "/organisations/edit"), "/organisations/edit", new Dictionary<string, string?>
        {
            ["Input.NameVi"] = "Sở Ngoại vụ Hà Nội", ["Input.NameEn"] = "Hanoi Department for Foreign Affairs", ["Input.Kind"] = "Department",
            ["Input.Country"] = "VN", ["Input.City"] = "Hanoi", ["Input.ParentId"] = _hanoiPeoplesCommittee.ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = _app.Database.NewContext();
        var created = await db.Organisations.SingleAsync(o => o.Name.Vi == "Sở Ngoại vụ Hà Nội", Cancel);
        created.ParentId.ShouldBe(_hanoiPeoplesCommittee);
        created.State.ShouldBe(RecordState.Approved);
        (await editor.GetStringAsync("/search?q=so+ngoai+vu", Cancel)).ShouldContain("Sở Ngoại vụ Hà Nội");
    }

    [Fact]
    public async Task An_organisation_cannot_be_its_own_parent()
    {
        var editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var form = await Forms.GetAsync(editor, $"/organisations/edit/{_hanoiPeoplesCommittee}");
        var response = await Forms.PostAsync(editor, form, $"/organisations/edit/{_hanoiPeoplesCommittee}",
            new Dictionary<string, string?> { ["Input.ParentId"] = _hanoiPeoplesCommittee.ToString() });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel))
            .QuerySelectorAll(".field-error").Select(e => e.TextContent).ShouldContain(t => t.Contains("không hợp lệ"));
    }

    [Fact]
    public async Task A_concurrent_save_shows_both_versions()
    {
        var first = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var second = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var url = $"/organisations/edit/{_hanoiPeoplesCommittee}";
        var a = await Forms.GetAsync(first, url);
        var b = await Forms.GetAsync(second, url);
        (await Forms.PostAsync(first, a, url, new Dictionary<string, string?> { ["Input.Abbreviation"] = "UBND TP" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await Forms.PostAsync(second, b, url, new Dictionary<string, string?> { ["Input.Abbreviation"] = "UBND HN" });
        var page = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync(Cancel));
        page.QuerySelector(".conflict .theirs")!.TextContent.ShouldBe("UBND TP");
        page.QuerySelector(".conflict .mine")!.TextContent.ShouldBe("UBND HN");
    }

    [Fact]
    public async Task A_viewer_is_denied_the_form()
    {
        var viewer = await TestUsers.SignedInClientAsync(_app, "viewer@hanoi.test");
        (await viewer.GetAsync("/organisations/edit", Cancel)).ShouldRedirectTo("/account/denied");
    }
}
