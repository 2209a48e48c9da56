using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Sources;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Sources;

/// <summary>Adding a source, citing it for a record, and keeping cited text from moving under its citations.</summary>
public sealed class EditSourceTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private int _person;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient();
        await using var db = _app.Database.NewContext();
        var partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        _person = await db.People.Where(p => p.Key == "person-tran-sy-thanh").Select(p => p.Id).SingleAsync(Cancel);
        await TestUsers.CreateAsync(_app, "editor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(_app, "viewer@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private const string Text = "Sáng 5/11/2022, Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh dự lễ khởi công trụ sở tại Viêng Chăn.";

    [Fact]
    public async Task An_editor_adds_a_source_cites_it_and_the_cited_text_can_no_longer_move()
    {
        var editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var created = await Forms.PostAsync(editor, await Forms.GetAsync(editor, "/sources/edit"), "/sources/edit", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Khởi công trụ sở", ["Input.Outlet"] = "Kinh tế & Đô thị", ["Input.Url"] = "https://kinhtedothi.vn/khoi-cong",
            ["Input.FullText"] = Text,
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var sourceUrl = created.Headers.Location!.OriginalString;
        var id = int.Parse(sourceUrl.Split('/').Last());

        var notThere = await Forms.PostAsync(editor, await Forms.GetAsync(editor, $"/sources/{id}/cite"), $"/sources/{id}/cite",
            new Dictionary<string, string?> { ["Record"] = $"Person:{_person}", ["Quote"] = "Trần Sỹ Thanh phát biểu" });
        notThere.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notThere.Content.ReadAsStringAsync(Cancel)).ShouldContain("không có nguyên văn");

        var cited = await Forms.PostAsync(editor, await Forms.GetAsync(editor, $"/sources/{id}/cite"), $"/sources/{id}/cite",
            new Dictionary<string, string?> { ["Record"] = $"Person:{_person}", ["Quote"] = "Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh" });
        cited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = _app.Database.NewContext())
        {
            var citation = await db.Citations.SingleAsync(c => c.SourceId == id, Cancel);
            citation.Start.ShouldBe(Text.IndexOf("Chủ tịch", StringComparison.Ordinal));
            citation.RecordKind.ShouldBe(RecordKind.Person);
        }
        var page = await Forms.GetAsync(editor, $"/sources/{id}");
        page.QuerySelector(".source-text mark")!.TextContent.ShouldBe("Chủ tịch UBND TP Hà Nội Trần Sỹ Thanh");

        // The text is now locked: a changed text in the form is not taken.
        await Forms.PostAsync(editor, await Forms.GetAsync(editor, $"/sources/edit/{id}"), $"/sources/edit/{id}",
            new Dictionary<string, string?> { ["Input.FullText"] = "Another text altogether." });
        await using (var db = _app.Database.NewContext())
            (await db.Sources.SingleAsync(s => s.Id == id, Cancel)).FullText.ShouldBe(Text);
    }

    [Fact]
    public async Task A_url_that_is_not_http_is_refused()
    {
        var editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        var response = await Forms.PostAsync(editor, await Forms.GetAsync(editor, "/sources/edit"), "/sources/edit", new Dictionary<string, string?>
        {
            ["Input.Title"] = "X", ["Input.Url"] = "javascript:alert(1)", ["Input.FullText"] = "Văn bản.",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("http:// hoặc https://");
    }

    [Fact]
    public async Task A_viewer_cannot_add_sources_or_citations()
    {
        var viewer = await TestUsers.SignedInClientAsync(_app, "viewer@hanoi.test");
        (await viewer.GetAsync("/sources/edit", Cancel)).ShouldRedirectTo("/account/denied");
        await using var db = _app.Database.NewContext();
        var source = await db.Sources.Select(s => s.Id).FirstAsync(Cancel);
        (await viewer.GetAsync($"/sources/{source}/cite", Cancel)).ShouldRedirectTo("/account/denied");
    }
}
