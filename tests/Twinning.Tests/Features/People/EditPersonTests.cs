using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Audit;
using Twinning.Features.People;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.People;

/// <summary>Creating and editing people through the real form, as each role.</summary>
public sealed class EditPersonTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private int _partnership;
    private int _vientianeParty;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient();
        await using var db = _app.Database.NewContext();
        _partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        _vientianeParty = await db.Organisations.Where(o => o.Key == "org-vientiane-party-committee").Select(o => o.Id).SingleAsync(Cancel);
        await TestUsers.CreateAsync(_app, "editor.vn@hanoi.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(_app, "editor.la@vientiane.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Editor, Side = "LA" });
        await TestUsers.CreateAsync(_app, "contributor.la@vientiane.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Contributor, OrganisationId = _vientianeParty });
        await TestUsers.CreateAsync(_app, "viewer@hanoi.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Viewer });
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task<HttpClient> As(string email) => TestUsers.SignedInClientAsync(_app, email);

    private static Dictionary<string, string?> Person(string nameVi, string? aliases = null, string country = "VN") => new()
    {
        ["Input.NameVi"] = nameVi, ["Input.NameEn"] = null, ["Input.Country"] = country, ["Input.Aliases"] = aliases,
    };

    private async Task<Person?> FindAsync(string nameVi)
    {
        await using var db = _app.Database.NewContext();
        return await db.People.Include(p => p.Aliases).SingleOrDefaultAsync(p => p.Name.Vi == nameVi, Cancel);
    }

    [Fact]
    public async Task An_editor_adds_a_person_who_is_approved_at_once_and_audited_as_theirs()
    {
        var client = await As("editor.vn@hanoi.test");
        var form = await Forms.GetAsync(client, "/people/edit");
        var response = await Forms.PostAsync(client, form, "/people/edit", Person("Ngô Thị Lan", "Ngo Thi Lan\nຫງໍ ທິ ລານ"));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var person = (await FindAsync("Ngô Thị Lan"))!;
        person.State.ShouldBe(RecordState.Approved);
        person.Aliases.Select(a => a.Name).ShouldBe(["Ngo Thi Lan", "ຫງໍ ທິ ລານ"], ignoreOrder: true);
        await using var db = _app.Database.NewContext();
        var audit = await db.AuditEntries.SingleAsync(a => a.RecordType == nameof(Twinning.Features.People.Person) && a.RecordId == person.Id, Cancel);
        audit.Action.ShouldBe(AuditAction.Created);
        audit.UserName.ShouldBe("editor.vn@hanoi.test");
    }

    [Fact]
    public async Task A_contributors_person_waits_for_an_editor_of_their_side()
    {
        var contributor = await As("contributor.la@vientiane.test");
        var form = await Forms.GetAsync(contributor, "/people/edit");
        (await Forms.PostAsync(contributor, form, "/people/edit", Person("Bounmy Phommachanh", country: "LA"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var person = (await FindAsync("Bounmy Phommachanh"))!;
        person.State.ShouldBe(RecordState.Draft);

        var page = await Forms.GetAsync(contributor, $"/people/{person.Id}");
        (await Forms.PostAsync(contributor, page, $"/workflow/person/{person.Id}?handler=submit", formSelector: "form[action$='handler=submit']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        person = (await FindAsync("Bounmy Phommachanh"))!;
        person.State.ShouldBe(RecordState.Submitted);
        person.SubmittedBySide.ShouldBe("LA");

        // An Editor of the other side does not see the submission (it is not theirs to approve) and cannot approve by posting.
        var hanoiEditor = await As("editor.vn@hanoi.test");
        (await hanoiEditor.GetAsync($"/people/{person.Id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var forged = await hanoiEditor.PostAsync($"/workflow/person/{person.Id}?handler=approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = person.Version.ToString(), ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(await hanoiEditor.GetStringAsync("/account/signin", Cancel)),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Bounmy Phommachanh"))!.State.ShouldBe(RecordState.Submitted);

        var vientianeEditor = await As("editor.la@vientiane.test");
        var view = await Forms.GetAsync(vientianeEditor, $"/people/{person.Id}");
        (await Forms.PostAsync(vientianeEditor, view, $"/workflow/person/{person.Id}?handler=approve", formSelector: "form[action$='handler=approve']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("Bounmy Phommachanh"))!.State.ShouldBe(RecordState.Approved);
    }

    [Fact]
    public async Task An_editor_returns_a_submission_with_a_comment_the_author_sees()
    {
        var contributor = await As("contributor.la@vientiane.test");
        var form = await Forms.GetAsync(contributor, "/people/edit");
        await Forms.PostAsync(contributor, form, "/people/edit", Person("Khamla Sengdara", country: "LA"));
        var id = (await FindAsync("Khamla Sengdara"))!.Id;
        await Forms.PostAsync(contributor, await Forms.GetAsync(contributor, $"/people/{id}"), $"/workflow/person/{id}?handler=submit", formSelector: "form[action$='handler=submit']");

        var editor = await As("editor.la@vientiane.test");
        await Forms.PostAsync(editor, await Forms.GetAsync(editor, $"/people/{id}"), $"/workflow/person/{id}?handler=return",
            new Dictionary<string, string?> { ["Comment"] = "Thiếu chức vụ và nguồn dẫn." }, formSelector: "form[action$='handler=return']");

        var returned = (await FindAsync("Khamla Sengdara"))!;
        returned.State.ShouldBe(RecordState.Returned);
        var page = await Forms.GetAsync(contributor, $"/people/{id}");
        page.QuerySelector(".return-comment")!.TextContent.ShouldContain("Thiếu chức vụ và nguồn dẫn.");
    }

    [Fact]
    public async Task Positions_are_added_with_the_add_button_and_saved_with_their_dates()
    {
        var client = await As("editor.vn@hanoi.test");
        await Forms.PostAsync(client, await Forms.GetAsync(client, "/people/edit"), "/people/edit", Person("Đỗ Văn Khánh"));
        var id = (await FindAsync("Đỗ Văn Khánh"))!.Id;

        var added = await Forms.PostAsync(client, await Forms.GetAsync(client, $"/people/edit/{id}"), $"/people/edit/{id}", button: ("AddPosition", "true"));
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await added.Content.ReadAsStringAsync(Cancel));
        page.QuerySelector("input[name='Input.Positions[0].Title']").ShouldNotBeNull();

        var wrong = await Forms.PostAsync(client, page, $"/people/edit/{id}", new Dictionary<string, string?>
        {
            ["Input.Positions[0].Title"] = "Giám đốc Sở Ngoại vụ", ["Input.Positions[0].From"] = "2024-05-01", ["Input.Positions[0].To"] = "2023-01-01",
        });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync(Cancel)).ShouldContain("Ngày kết thúc không được trước ngày bắt đầu.");

        var saved = await Forms.PostAsync(client, page, $"/people/edit/{id}", new Dictionary<string, string?>
        {
            ["Input.Positions[0].Title"] = "Giám đốc Sở Ngoại vụ", ["Input.Positions[0].From"] = "2023-01-01", ["Input.Positions[0].To"] = "2024-05-01",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = _app.Database.NewContext();
        var position = await db.Positions.SingleAsync(p => p.PersonId == id, Cancel);
        position.Title.ShouldBe("Giám đốc Sở Ngoại vụ");
        position.From.ShouldBe(new DateOnly(2023, 1, 1));
        position.To.ShouldBe(new DateOnly(2024, 5, 1));
    }

    [Fact]
    public async Task A_viewer_may_not_open_the_form_or_post_to_it()
    {
        var viewer = await As("viewer@hanoi.test");
        var get = await viewer.GetAsync("/people/edit", Cancel);
        get.ShouldRedirectTo("/account/denied");
        var people = await Forms.GetAsync(viewer, "/people");
        people.QuerySelector("a[href='/people/edit']").ShouldBeNull();
    }

    [Fact]
    public async Task A_missing_name_is_reported_next_to_the_field_in_vietnamese_and_nothing_is_saved()
    {
        var client = await As("editor.vn@hanoi.test");
        await using var db = _app.Database.NewContext();
        var before = await db.People.CountAsync(Cancel);
        var response = await Forms.PostAsync(client, await Forms.GetAsync(client, "/people/edit"), "/people/edit", Person(""));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        page.QuerySelectorAll(".field-error").Select(e => e.TextContent).ShouldContain(t => t.Contains("Vui lòng điền"));
        (await db.People.CountAsync(Cancel)).ShouldBe(before);
    }

    [Fact]
    public async Task A_name_that_folds_to_an_existing_person_warns_before_creating_a_duplicate()
    {
        var client = await As("editor.vn@hanoi.test");
        var response = await Forms.PostAsync(client, await Forms.GetAsync(client, "/people/edit"), "/people/edit", Person("Dinh Tien Dung"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        page.QuerySelector("section.notice")!.TextContent.ShouldContain("Đinh Tiến Dũng");
        (await FindAsync("Dinh Tien Dung")).ShouldBeNull();

        var confirmed = await Forms.PostAsync(client, page, "/people/edit", new Dictionary<string, string?> { ["Input.ConfirmNotDuplicate"] = "true" });
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("Dinh Tien Dung")).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_sees_both_versions_and_merges_without_losing_either()
    {
        var first = await As("editor.vn@hanoi.test");
        var second = await As("editor.la@vientiane.test");
        await Forms.PostAsync(first, await Forms.GetAsync(first, "/people/edit"), "/people/edit", Person("Hoàng Văn Minh"));
        var id = (await FindAsync("Hoàng Văn Minh"))!.Id;

        var formA = await Forms.GetAsync(first, $"/people/edit/{id}");
        var formB = await Forms.GetAsync(second, $"/people/edit/{id}");
        (await Forms.PostAsync(first, formA, $"/people/edit/{id}", new Dictionary<string, string?> { ["Input.NameEn"] = "Hoang Van Minh" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await Forms.PostAsync(second, formB, $"/people/edit/{id}", new Dictionary<string, string?> { ["Input.NameEn"] = "Minh Hoang" });

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await conflict.Content.ReadAsStringAsync(Cancel));
        var row = page.QuerySelectorAll(".conflict tbody tr").Single();
        row.QuerySelector(".theirs")!.TextContent.ShouldBe("Hoang Van Minh");
        row.QuerySelector(".mine")!.TextContent.ShouldBe("Minh Hoang");
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_NameEn")!).Value.ShouldBe("Minh Hoang"); // nothing typed is lost
        (await FindAsync("Hoàng Văn Minh"))!.Name.En.ShouldBe("Hoang Van Minh");

        await using (var db = _app.Database.NewContext())
            (await db.AuditEntries.CountAsync(a => a.RecordId == id && a.RecordType == "Person" && a.Action == AuditAction.Updated, Cancel)).ShouldBe(1);

        // "Use the saved value" puts the other spelling into the form and saves nothing.
        var taken = await Forms.PostAsync(second, page, $"/people/edit/{id}", button: ("Take", "NameEn"));
        taken.StatusCode.ShouldBe(HttpStatusCode.OK);
        var takenPage = new HtmlParser().ParseDocument(await taken.Content.ReadAsStringAsync(Cancel));
        ((AngleSharp.Html.Dom.IHtmlInputElement)takenPage.QuerySelector("#Input_NameEn")!).Value.ShouldBe("Hoang Van Minh");

        // Merging: the second editor keeps their own spelling after all and saves against the current version.
        (await Forms.PostAsync(second, takenPage, $"/people/edit/{id}", new Dictionary<string, string?> { ["Input.NameEn"] = "Minh Hoang" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("Hoàng Văn Minh"))!.Name.En.ShouldBe("Minh Hoang");
    }

    [Fact]
    public async Task Markup_typed_into_a_name_is_stored_as_written_and_shown_encoded()
    {
        var client = await As("editor.vn@hanoi.test");
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var saved = await Forms.PostAsync(client, await Forms.GetAsync(client, "/people/edit"), "/people/edit",
            new Dictionary<string, string?> { ["Input.NameVi"] = hostile, ["Input.Aliases"] = "<b>bold</b>", ["Input.ConfirmNotDuplicate"] = "true" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));
        var person = await FindAsync(hostile);
        person.ShouldNotBeNull("the person with a hostile name should be saved as written");
        var html = await client.GetStringAsync($"/people/{person.Id}", Cancel);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<b>bold</b>");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task A_forged_post_without_the_antiforgery_token_changes_nothing()
    {
        var client = await As("editor.vn@hanoi.test");
        var response = await client.PostAsync("/people/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.NameVi"] = "Giả Mạo", ["Input.Country"] = "VN",
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await FindAsync("Giả Mạo")).ShouldBeNull();
    }
}
