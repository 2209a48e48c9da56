using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Import;

/// <summary>
/// Importing press articles through the real pages: paste or upload, review the proposals, accept them
/// all or nothing. The app starts without the dataset, so what an article proposes is new and what is
/// created can be counted; the seed articles of ../shared/seeds are the input.
/// </summary>
public sealed partial class ImportTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private int _partnership;
    private HttpClient _editor = null!;
    private HttpClient _contributor = null!;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = _app.CreateClient();
        var (partnership, agency) = await _app.WithAppDbAsync(async db =>
        {
            var p = new Partnership
            {
                Name = new("Hà Nội – Viêng Chăn", "Hanoi – Vientiane"), CityAName = new("Hà Nội", "Hanoi"), CityACountry = "VN",
                CityBName = new("Viêng Chăn", "Vientiane"), CityBCountry = "LA",
            };
            var o = new Organisation { Name = new("Sở Ngoại vụ Hà Nội"), Country = "VN", Kind = OrganisationKind.Department };
            db.AddRange(p, o);
            await db.SaveChangesAsync();
            return (p.Id, o.Id);
        });
        _partnership = partnership;
        await TestUsers.CreateAsync(_app, "editor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(_app, "contributor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Contributor, OrganisationId = agency });
        _editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
        _contributor = await TestUsers.SignedInClientAsync(_app, "contributor@hanoi.test");
    }

    public async ValueTask DisposeAsync()
    {
        _editor.Dispose();
        _contributor.Dispose();
        await _app.DisposeAsync();
    }

    private string ImportUrl => $"/partnerships/{_partnership}/import";

    private static string Seed(string prefix) =>
        File.ReadAllText(Directory.GetFiles(SharedFolder.Path("seeds"), prefix + "_*.txt").Single());

    /// <summary>Pastes an article and follows to its review: the review's address.</summary>
    private async Task<string> PasteAsync(HttpClient client, string text)
    {
        var form = await Forms.GetAsync(client, ImportUrl);
        var response = await Forms.PostAsync(client, form, ImportUrl, new Dictionary<string, string?> { ["Text"] = text }, formSelector: "form.import-form");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Cancel));
        return response.Headers.Location!.OriginalString;
    }

    private async Task<HttpResponseMessage> AcceptAsync(HttpClient client, string reviewUrl, Dictionary<string, string?>? changes = null)
    {
        var review = await Forms.GetAsync(client, reviewUrl);
        return await Forms.PostAsync(client, review, reviewUrl + "?handler=Accept", changes, formSelector: "form.import-accept");
    }

    private Task<(int Sources, int People, int Activities, int Agreements, int Citations)> CountsAsync() =>
        _app.WithAppDbAsync(async db => (
            await db.Sources.CountAsync(), await db.People.CountAsync(), await db.Activities.CountAsync(),
            await db.Agreements.CountAsync(), await db.Citations.CountAsync()));

    [Fact]
    public async Task A_pasted_article_is_reviewed_with_its_spans_marked_and_accepting_creates_cited_approved_records()
    {
        var review = await PasteAsync(_editor, Seed("004"));
        var page = await Forms.GetAsync(_editor, review);
        var marks = page.QuerySelectorAll(".import-article .source-text mark");
        marks.Length.ShouldBeGreaterThan(5, "the article's extracted spans are not marked");
        // A legend says what each colour is: one entry per kind of proposal the marks use.
        var legend = page.QuerySelectorAll(".import-legend mark").Select(m => m.ClassName).ToList();
        foreach (var used in marks.SelectMany(m => m.ClassList).Where(c => c.StartsWith("proposal-")).Distinct())
            legend.ShouldContain(used);
        var proposals = page.QuerySelectorAll("form.import-accept fieldset.proposal");
        proposals.Length.ShouldBeGreaterThan(3);
        proposals.ShouldAllBe(p => p.QuerySelector(".badge.new") != null, "nothing exists yet, so every proposal is new");
        // Every mark leads to the proposal it belongs to.
        foreach (var mark in marks)
            page.GetElementById(mark.QuerySelector("a")!.GetAttribute("href")![1..]).ShouldNotBeNull();

        var before = await CountsAsync();
        var response = await AcceptAsync(_editor, review);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Cancel));
        // The acceptance lands on the import's own page: what it created, each linked.
        var landing = response.Headers.Location.ShouldNotBeNull().OriginalString;
        landing.ShouldStartWith($"/partnerships/{_partnership}/imports/");
        var summary = await Forms.GetAsync(_editor, landing);
        var createdLinks = summary.QuerySelectorAll("#import-created a").Select(a => a.GetAttribute("href")).ToList();

        var after = await CountsAsync();
        var people = proposals.Count(p => p.ClassList.Contains("proposal-person"));
        (after.People - before.People).ShouldBe(people);
        (after.Activities - before.Activities).ShouldBeGreaterThan(0);
        await _app.WithAppDbAsync(async db =>
        {
            var sourceId = int.Parse(review.Split('/').Last());
            var source = await db.Sources.SingleAsync(s => s.Id == sourceId);
            source.State.ShouldBe(RecordState.Approved);
            var citations = await db.Citations.Where(c => c.SourceId == sourceId).ToListAsync();
            // Each citation quotes the stored text exactly where its offsets say.
            citations.ShouldAllBe(c => source.FullText.Substring(c.Start, c.Length) == c.Quote);
            var activities = await db.Activities.ToListAsync();
            activities.ShouldAllBe(a => a.State == RecordState.Approved);
            activities.ShouldAllBe(a => citations.Any(c => c.RecordKind == RecordKind.Activity && c.RecordId == a.Id));
            (await db.People.ToListAsync()).ShouldAllBe(p => citations.Any(c => c.RecordKind == RecordKind.Person && c.RecordId == p.Id));
            return 0;
        });

        var createdPeople = await _app.WithAppDbAsync(db => db.People.Select(p => p.Id).ToListAsync());
        foreach (var id in createdPeople) createdLinks.ShouldContain($"/people/{id}");

        // The records are on the timeline, each linked to its page (which shows its citations).
        var timeline = await Forms.GetAsync(_editor, $"/partnerships/{_partnership}/timeline");
        var ids = await _app.WithAppDbAsync(db => db.Activities.Where(a => a.Kind != ActivityKind.Meeting).Select(a => a.Id).ToListAsync());
        foreach (var id in ids) timeline.QuerySelector($"a[href='/activities/{id}']").ShouldNotBeNull($"activity {id} is not on the timeline");
        var details = await _editor.GetStringAsync($"/activities/{ids[0]}", Cancel);
        details.ShouldContain($"/sources/{review.Split('/').Last()}");
    }

    [Fact]
    public async Task Importing_the_same_article_twice_proposes_nothing_new()
    {
        var text = Seed("002");
        var review = await PasteAsync(_editor, text);
        (await AcceptAsync(_editor, review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var before = await CountsAsync();

        var again = await PasteAsync(_editor, text);
        again.ShouldBe(review, "the same text is the same source");
        var page = await Forms.GetAsync(_editor, again);
        page.GetElementById("nothing-new").ShouldNotBeNull();
        page.QuerySelectorAll("fieldset.proposal .badge.new").ShouldBeEmpty();
        (await AcceptAsync(_editor, again)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_contributors_accepted_records_wait_for_an_editor_and_agreements_are_left_to_editors()
    {
        var review = await PasteAsync(_contributor, Seed("001"));
        var page = await Forms.GetAsync(_contributor, review);
        (await AcceptAsync(_contributor, review)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await _app.WithAppDbAsync(async db =>
        {
            (await db.Activities.ToListAsync()).ShouldAllBe(a => a.State == RecordState.Submitted && a.OwnerOrganisationId != null);
            (await db.People.ToListAsync()).ShouldAllBe(p => p.State == RecordState.Submitted);
            (await db.Agreements.CountAsync()).ShouldBe(0);
            return 0;
        });
        if (page.QuerySelector("fieldset.proposal-agreement") is { } agreement)
            agreement.QuerySelector("input[type=checkbox]")!.HasAttribute("disabled").ShouldBeTrue();
    }

    [Fact]
    public async Task A_wrong_edit_saves_nothing_and_says_which_field()
    {
        var review = await PasteAsync(_editor, Seed("003"));
        var page = await Forms.GetAsync(_editor, review);
        var date = page.QuerySelector("fieldset.proposal-event input[type=date][name$='.Date']").ShouldNotBeNull("the article proposes no event");
        var key = date.GetAttribute("name")!.Replace(".Date", "");
        var before = await CountsAsync();

        var response = await Forms.PostAsync(_editor, page, review + "?handler=Accept",
            new Dictionary<string, string?> { [key + ".Date"] = "2024-05-10", [key + ".EndDate"] = "2024-05-01" }, formSelector: "form.import-accept");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        html.QuerySelector($"[data-valmsg-for='{key}.EndDate']")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        (await CountsAsync()).ShouldBe(before);
        var state = await _app.WithAppDbAsync(db => db.Sources.Where(s => s.Id == int.Parse(review.Split('/').Last())).Select(s => s.State).SingleAsync());
        state.ShouldBe(RecordState.Draft);
    }

    [Fact]
    public async Task Of_two_reviewers_accepting_one_article_at_once_the_second_is_told_and_nothing_is_made_twice()
    {
        var review = await PasteAsync(_editor, Seed("001"));
        var first = await Forms.GetAsync(_editor, review);
        var second = await Forms.GetAsync(_editor, review);
        (await Forms.PostAsync(_editor, first, review + "?handler=Accept", formSelector: "form.import-accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await CountsAsync();

        var late = await Forms.PostAsync(_editor, second, review + "?handler=Accept", formSelector: "form.import-accept");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await late.Content.ReadAsStringAsync(Cancel));
        page.QuerySelector("form.import-accept .errors")!.TextContent.ShouldContain("một người khác đã chấp nhận");
        page.QuerySelectorAll("fieldset.proposal .badge.new").ShouldBeEmpty();
        (await CountsAsync()).ShouldBe(after);
    }

    [Fact]
    public async Task Markup_in_a_pasted_article_is_shown_as_text()
    {
        var review = await PasteAsync(_editor, "Chiều 12/3/2024, tại Hà Nội, <script>alert('x')</script><b>đồng chí Nguyễn Văn A</b> đã tiếp Đoàn đại biểu Thủ đô Viêng Chăn.");
        var html = await _editor.GetStringAsync(review, Cancel);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<b>đồng chí");
        html.ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public async Task A_paste_too_large_for_an_article_is_refused_and_leaves_nothing()
    {
        var form = await Forms.GetAsync(_editor, ImportUrl);
        var huge = string.Concat(Enumerable.Repeat("Hà Nội và Viêng Chăn tăng cường hợp tác. ", 60_000));
        var response = await Forms.PostAsync(_editor, form, ImportUrl, new Dictionary<string, string?> { ["Text"] = huge }, formSelector: "form.import-form");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("quá lớn");
        (await CountsAsync()).ShouldBe((0, 0, 0, 0, 0));
    }

    [Fact]
    public async Task Rejecting_an_article_removes_its_draft()
    {
        var review = await PasteAsync(_editor, Seed("000"));
        var page = await Forms.GetAsync(_editor, review);
        var response = await Forms.PostAsync(_editor, page, review + "?handler=Reject", formSelector: "form.inline");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _app.WithAppDbAsync(db => db.Sources.CountAsync())).ShouldBe(0);
        (await _app.WithAppDbAsync(db => db.Sources.IgnoreQueryFilters().CountAsync(s => s.DeletedAt != null))).ShouldBe(1);
    }

    public static TheoryData<string, byte[]> BadFiles() => new()
    {
        { "photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 0, 0] },
        { "report.docx", "this is not a zip file at all"u8.ToArray() },
        { "program.exe", [0x4D, 0x5A, 0x90, 0] },
        { "empty.txt", [] },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_file_that_is_not_an_article_is_refused_clearly_and_leaves_nothing(string name, byte[] bytes)
    {
        var form = await Forms.GetAsync(_editor, ImportUrl);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.AntiforgeryToken(form.DocumentElement.OuterHtml)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "Files", name);
        var response = await _editor.PostAsync(ImportUrl, content, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        page.QuerySelector(".import-results .error")!.TextContent.Length.ShouldBeGreaterThan(10);
        (await CountsAsync()).ShouldBe((0, 0, 0, 0, 0));
    }

    [Fact]
    public async Task Posting_nothing_asks_for_an_article()
    {
        var form = await Forms.GetAsync(_editor, ImportUrl);
        var response = await Forms.PostAsync(_editor, form, ImportUrl, formSelector: "form.import-form");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Hãy dán một bài báo");
    }
}
