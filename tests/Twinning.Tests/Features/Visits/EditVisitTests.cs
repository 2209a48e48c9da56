using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Visits;

/// <summary>Creating and editing visits with their meetings through the real form, as each role, over the dataset.</summary>
public abstract class EditVisitTests(EditVisitTests.Site site)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// One app for the class, its users signed in once each: the app allows 10 sign-ins a minute per
    /// address, and the tests only add visits of their own (each with a title of its own).
    /// </summary>
    public abstract class Site(PostgresServer postgres, Engine engine) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int HanoiParty { get; private set; }
        public int VientianeParty { get; private set; }
        public int Dung { get; private set; }
        public int Anouphap { get; private set; }
        public int Thanh { get; private set; }
        public int DelegationCommitment { get; private set; }
        public int DatasetVisit { get; private set; }
        public HttpClient EditorVn { get; private set; } = null!;
        public HttpClient EditorLa { get; private set; } = null!;
        public HttpClient Contributor { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(engine, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            HanoiParty = await db.Organisations.Where(o => o.Key == "org-hanoi-party-committee").Select(o => o.Id).SingleAsync(Cancel);
            VientianeParty = await db.Organisations.Where(o => o.Key == "org-vientiane-party-committee").Select(o => o.Id).SingleAsync(Cancel);
            Dung = await db.People.Where(p => p.Key == "person-dinh-tien-dung").Select(p => p.Id).SingleAsync(Cancel);
            Anouphap = await db.People.Where(p => p.Key == "person-anouphap-tounalom").Select(p => p.Id).SingleAsync(Cancel);
            Thanh = await db.People.Where(p => p.Key == "person-tran-sy-thanh").Select(p => p.Id).SingleAsync(Cancel);
            DelegationCommitment = await db.Commitments.Where(c => c.Key == "cmt-2026-delegation-exchange").Select(c => c.Id).SingleAsync(Cancel);
            DatasetVisit = await db.Visits.Where(v => v.Key == "visit-2024-03-hanoi-delegation-to-vientiane").Select(v => v.Id).SingleAsync(Cancel);

            await TestUsers.CreateAsync(App, "editor.vn@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, "editor.la@vientiane.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "LA" });
            await TestUsers.CreateAsync(App, "contributor@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Contributor, OrganisationId = HanoiParty });
            await TestUsers.CreateAsync(App, "viewer@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Viewer });
            EditorVn = await TestUsers.SignedInClientAsync(App, "editor.vn@hanoi.test");
            EditorLa = await TestUsers.SignedInClientAsync(App, "editor.la@vientiane.test");
            Contributor = await TestUsers.SignedInClientAsync(App, "contributor@hanoi.test");
            Viewer = await TestUsers.SignedInClientAsync(App, "viewer@hanoi.test");
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in new[] { EditorVn, EditorLa, Contributor, Viewer }) client?.Dispose();
            await App.DisposeAsync();
            GC.SuppressFinalize(this);
        }
    }

    public sealed class SqliteSite(PostgresServer postgres) : Site(postgres, Engine.Sqlite);

    public sealed class PostgresSite(PostgresServer postgres) : Site(postgres, Engine.Postgres);

    private string NewVisit => $"/visits/edit?partnership={site.Partnership}";

    /// <summary>The visit's own fields, as typed into the form.</summary>
    private static List<(string, string?)> Visit(string title, string start = "2026-05-10", string? end = "2026-05-12") =>
    [
        ("Input.TitleVi", title), ("Input.TitleEn", null), ("Input.StartDate", start), ("Input.EndDate", end),
        ("Input.PlaceVi", "Viêng Chăn"), ("Input.Direction", "AToB"), ("Input.Status", "Completed"), ("Input.HostCity", "Viêng Chăn"),
        ("Input.Purpose", "Thăm và làm việc"),
    ];

    /// <summary>One meeting row of the form: Input.Meetings[i].*, participants one field each as a multi-select posts them.</summary>
    private static IEnumerable<(string, string?)> Meeting(int i, string title, string date, string kind = "Talks", params int[] participants)
    {
        var prefix = $"Input.Meetings[{i}]";
        yield return ($"{prefix}.TitleVi", title);
        yield return ($"{prefix}.Date", date);
        yield return ($"{prefix}.Kind", kind);
        yield return ($"{prefix}.PlaceVi", "Văn phòng Thành ủy Viêng Chăn");
        yield return ($"{prefix}.ParticipantIds", null);
        foreach (var p in participants) yield return ($"{prefix}.ParticipantIds", p.ToString());
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    private async Task<Visit?> FindAsync(string title)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Visits.AsSplitQuery().Include(v => v.Commitments)
            .Include(v => v.Meetings).ThenInclude(m => m.Participants)
            .Include(v => v.Meetings).ThenInclude(m => m.Commitments)
            .SingleOrDefaultAsync(v => v.Title.Vi == title, Cancel);
    }

    private async Task<int> CountVisitsAndMeetingsAsync()
    {
        await using var db = site.App.Database.NewContext();
        return await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Kind == ActivityKind.Visit || a.Kind == ActivityKind.Meeting, Cancel);
    }

    /// <summary>An Editor's visit with two meetings, made by pressing "add a meeting" twice and saving.</summary>
    private async Task<Visit> CreateAsync(HttpClient client, string title, params (string, string?)[] extra)
    {
        var page = await Forms.GetAsync(client, NewVisit);
        page = await ParseAsync(await Forms.PostAsync(client, page, NewVisit, button: ("AddMeeting", "true")));
        page = await ParseAsync(await Forms.PostAsync(client, page, NewVisit, button: ("AddMeeting", "true")));
        var saved = await Forms.PostAsync(client, page, NewVisit,
        [
            .. Visit(title), ("Input.CommitmentIds", site.DelegationCommitment.ToString()),
            .. Meeting(0, "Hội đàm", "2026-05-10", "Talks", site.Dung, site.Anouphap),
            .. Meeting(1, "Chào xã giao", "2026-05-11", "CourtesyCall", site.Dung),
            .. extra,
        ]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));
        var visit = (await FindAsync(title)).ShouldNotBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe($"/activities/{visit.Id}");
        return visit;
    }

    [Fact]
    public async Task An_editor_creates_a_visit_with_two_meetings_and_a_commitment_all_approved_at_once()
    {
        var visit = await CreateAsync(site.EditorVn, "Đoàn Hà Nội thăm Viêng Chăn tháng 5/2026");

        visit.PartnershipId.ShouldBe(site.Partnership);
        visit.StartDate.ShouldBe(new DateOnly(2026, 5, 10));
        visit.EndDate.ShouldBe(new DateOnly(2026, 5, 12));
        visit.Direction.ShouldBe(Direction.AToB);
        visit.Status.ShouldBe(ActivityStatus.Completed);
        visit.HostCity!.Vi.ShouldBe("Viêng Chăn");
        visit.State.ShouldBe(RecordState.Approved);
        visit.Commitments.Select(c => c.Id).ShouldBe([site.DelegationCommitment]);

        var meetings = visit.Meetings.OrderBy(m => m.StartDate).ToList();
        meetings.Select(m => (m.Title.Vi, m.StartDate, m.MeetingKind)).ShouldBe(
        [
            ("Hội đàm", new DateOnly(2026, 5, 10), MeetingKind.Talks),
            ("Chào xã giao", new DateOnly(2026, 5, 11), MeetingKind.CourtesyCall),
        ]);
        meetings.ShouldAllBe(m => m.PartnershipId == site.Partnership && m.Direction == Direction.AToB
            && m.State == RecordState.Approved && m.Commitments.Count == 0);
        meetings[0].Participants.Select(p => p.PersonId).ShouldBe([site.Dung, site.Anouphap], ignoreOrder: true);
        meetings[0].Participants.ShouldAllBe(p => p.Role == ParticipantRole.Participant);
        meetings[1].Participants.Select(p => p.PersonId).ShouldBe([site.Dung]);

        // The link is a row of ActivityCommitments, which the agreement page reads.
        await using var db = site.App.Database.NewContext();
        (await db.Activities.Where(a => a.Commitments.Any(c => c.Id == site.DelegationCommitment)).Select(a => a.Id).ToListAsync(Cancel))
            .ShouldContain(visit.Id);

        var activity = await Forms.GetAsync(site.EditorVn, $"/activities/{visit.Id}");
        activity.QuerySelector("h1")!.TextContent.ShouldBe("Đoàn Hà Nội thăm Viêng Chăn tháng 5/2026");
        activity.QuerySelector($".record-panel a[href='/visits/edit/{visit.Id}']").ShouldNotBeNull();
        activity.QuerySelector("main")!.TextContent.ShouldContain("Chào xã giao");
        // A meeting's own page leads to its visit's form: it is edited with its visit.
        (await Forms.GetAsync(site.EditorVn, $"/activities/{meetings[0].Id}")).QuerySelector(".record-panel a.button")!
            .GetAttribute("href").ShouldBe($"/visits/edit/{visit.Id}");
    }

    [Fact]
    public async Task A_contributors_visit_is_a_draft_of_their_organisation_whatever_they_post_and_its_meetings_follow_the_workflow()
    {
        const string title = "Ban Tuyên giáo Thành ủy Hà Nội làm việc tại Viêng Chăn";
        var page = await Forms.GetAsync(site.Contributor, NewVisit);
        page.QuerySelector("select[name='Input.OwnerOrganisationId']").ShouldBeNull(); // shown, not chosen
        page.QuerySelector("input[name='Input.IsPublic']").ShouldBeNull();
        var saved = await Forms.PostAsync(site.Contributor, page, NewVisit,
        [
            .. Visit(title), ("Input.OwnerOrganisationId", site.VientianeParty.ToString()), ("Input.IsPublic", "true"),
            .. Meeting(0, "Làm việc với Ban Tuyên giáo Thành ủy Viêng Chăn", "2026-05-11", "WorkingSession", site.Thanh),
        ]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        var visit = (await FindAsync(title)).ShouldNotBeNull();
        visit.OwnerOrganisationId.ShouldBe(site.HanoiParty);
        visit.IsPublic.ShouldBeFalse();
        visit.State.ShouldBe(RecordState.Draft);
        var meeting = visit.Meetings.ShouldHaveSingleItem();
        meeting.State.ShouldBe(RecordState.Draft);
        meeting.OwnerOrganisationId.ShouldBe(site.HanoiParty);

        // Submitted and approved through the panel, the meeting moves with its visit.
        var view = await Forms.GetAsync(site.Contributor, $"/activities/{visit.Id}");
        (await Forms.PostAsync(site.Contributor, view, $"/workflow/activity/{visit.Id}?handler=submit", formSelector: "form[action$='handler=submit']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visit = (await FindAsync(title))!;
        visit.State.ShouldBe(RecordState.Submitted);
        visit.Meetings.ShouldHaveSingleItem().State.ShouldBe(RecordState.Submitted);
        visit.Meetings[0].SubmittedBySide.ShouldBe("VN");

        view = await Forms.GetAsync(site.EditorVn, $"/activities/{visit.Id}");
        (await Forms.PostAsync(site.EditorVn, view, $"/workflow/activity/{visit.Id}?handler=approve", formSelector: "form[action$='handler=approve']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visit = (await FindAsync(title))!;
        visit.State.ShouldBe(RecordState.Approved);
        visit.Meetings.ShouldHaveSingleItem().State.ShouldBe(RecordState.Approved);

        // The Contributor edits it again (their organisation's visit): it needs approving again, meetings too,
        // and the form says so before the save; an Editor's form does not (their saves are approved at once).
        var form = await Forms.GetAsync(site.Contributor, $"/visits/edit/{visit.Id}");
        form.GetElementById("reapproval-notice").ShouldNotBeNull();
        (await Forms.GetAsync(site.EditorVn, $"/visits/edit/{visit.Id}")).GetElementById("reapproval-notice").ShouldBeNull();
        (await Forms.PostAsync(site.Contributor, form, $"/visits/edit/{visit.Id}", [("Input.PlaceVi", "Thủ đô Viêng Chăn")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        visit = (await FindAsync(title))!;
        visit.State.ShouldBe(RecordState.Draft);
        visit.Meetings.ShouldHaveSingleItem().State.ShouldBe(RecordState.Draft);
    }

    [Fact]
    public async Task A_meeting_outside_the_visit_and_an_end_before_the_start_are_refused_next_to_their_fields_and_nothing_is_saved()
    {
        var before = await CountVisitsAndMeetingsAsync();
        var page = await Forms.GetAsync(site.EditorVn, NewVisit);
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewVisit, button: ("AddMeeting", "true")));
        var response = await Forms.PostAsync(site.EditorVn, page, NewVisit,
            [.. Visit("Chuyến thăm có ngày sai", start: "2026-05-10", end: "2026-05-12"), .. Meeting(0, "Hội đàm", "2026-06-01")]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_Meetings_0_Date").ShouldContain("phải nằm trong thời gian chuyến thăm (10/05/2026 – 12/05/2026)");

        response = await Forms.PostAsync(site.EditorVn, page, NewVisit, [("Input.StartDate", "2026-05-10"), ("Input.EndDate", "2026-05-08"), .. Meeting(0, "Hội đàm", "2026-05-10")]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_EndDate").ShouldBe("«Đến ngày» không được trước «Từ ngày».");
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe("Chuyến thăm có ngày sai"); // what was typed stays

        response = await Forms.PostAsync(site.EditorVn, page, NewVisit, [("Input.TitleVi", ""), ("Input.EndDate", ""), .. Meeting(0, "", "2026-05-10")]);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_TitleVi").ShouldBe("Vui lòng điền «Tên chuyến thăm (tiếng Việt)».");
        Forms.ErrorNextTo(page, "Input_Meetings_0_TitleVi").ShouldBe("Vui lòng điền «Tên hoạt động (tiếng Việt)».");

        (await CountVisitsAndMeetingsAsync()).ShouldBe(before);
        (await FindAsync("Chuyến thăm có ngày sai")).ShouldBeNull();
    }

    [Fact]
    public async Task Add_a_meeting_shows_one_more_empty_row_without_saving_and_an_empty_row_is_ignored()
    {
        var before = await CountVisitsAndMeetingsAsync();
        var page = await Forms.GetAsync(site.EditorVn, NewVisit);
        page.QuerySelectorAll("fieldset.meeting").Length.ShouldBe(0);
        var response = await Forms.PostAsync(site.EditorVn, page, NewVisit, [.. Visit("Chuyến thăm đang nhập")], ("AddMeeting", "true"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        page.QuerySelectorAll("fieldset.meeting").Length.ShouldBe(1);
        ((IHtmlInputElement)page.QuerySelector("#Input_Meetings_0_TitleVi")!).Value.ShouldBeEmpty();
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe("Chuyến thăm đang nhập");
        page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).ShouldAllBe(t => t.Length == 0);

        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewVisit, Meeting(0, "Hội đàm", "2026-05-10").ToList(), ("AddMeeting", "true")));
        page.QuerySelectorAll("fieldset.meeting").Length.ShouldBe(2);
        ((IHtmlInputElement)page.QuerySelector("#Input_Meetings_0_TitleVi")!).Value.ShouldBe("Hội đàm");
        (await CountVisitsAndMeetingsAsync()).ShouldBe(before);

        // Saved with the second row left empty: one meeting.
        (await Forms.PostAsync(site.EditorVn, page, NewVisit, [("Input.Meetings[1].ParticipantIds", null)])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("Chuyến thăm đang nhập"))!.Meetings.ShouldHaveSingleItem().Title.Vi.ShouldBe("Hội đàm");
    }

    [Fact]
    public async Task Removing_a_row_deletes_that_meeting_softly_and_keeps_the_others()
    {
        var visit = await CreateAsync(site.EditorVn, "Chuyến thăm bỏ bớt một hoạt động");
        var call = visit.Meetings.Single(m => m.Title.Vi == "Chào xã giao");
        var form = await Forms.GetAsync(site.EditorVn, $"/visits/edit/{visit.Id}");
        var rows = form.QuerySelectorAll("fieldset.meeting").ToList();
        rows.Count.ShouldBe(2);
        var index = rows.FindIndex(r => ((IHtmlInputElement)r.QuerySelector("input[name$='.TitleVi']")!).Value == "Chào xã giao");
        // The form shows each meeting's participants as selected.
        form.QuerySelectorAll($"#Input_Meetings_{1 - index}_ParticipantIds option[selected]").Select(o => o.GetAttribute("value"))
            .ShouldBe([site.Dung.ToString(), site.Anouphap.ToString()], ignoreOrder: true);

        (await Forms.PostAsync(site.EditorVn, form, $"/visits/edit/{visit.Id}", [($"Input.Meetings[{index}].Remove", "true")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("Chuyến thăm bỏ bớt một hoạt động"))!.Meetings.ShouldHaveSingleItem().Title.Vi.ShouldBe("Hội đàm");
        await using var db = site.App.Database.NewContext();
        var gone = await db.Meetings.IgnoreQueryFilters().Include(m => m.Participants).SingleAsync(m => m.Id == call.Id, Cancel);
        gone.DeletedAt.ShouldNotBeNull();
        gone.Participants.ShouldHaveSingleItem(); // kept with it, for a restore
    }

    [Fact]
    public async Task A_viewer_may_neither_open_nor_post_the_form_nor_see_the_link()
    {
        (await site.Viewer.GetAsync(NewVisit, Cancel)).ShouldRedirectTo("/account/denied");
        var timeline = await Forms.GetAsync(site.Viewer, $"/partnerships/{site.Partnership}/timeline");
        timeline.QuerySelector("a[href^='/visits/edit']").ShouldBeNull();
        var forged = await site.Viewer.PostAsync(NewVisit, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Chuyến thăm của người xem", ["Input.StartDate"] = "2026-05-10",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(timeline.DocumentElement.OuterHtml),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Chuyến thăm của người xem")).ShouldBeNull();

        (await Forms.GetAsync(site.EditorVn, $"/partnerships/{site.Partnership}/timeline"))
            .QuerySelector($"a[href='/visits/edit?partnership={site.Partnership}']")!.TextContent.ShouldBe("Thêm chuyến thăm");
        (await site.EditorVn.GetAsync("/visits/edit?partnership=999999", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.EditorVn.GetAsync("/visits/edit", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_contributor_may_not_edit_another_organisations_visit()
    {
        var visit = await CreateAsync(site.EditorVn, "Đoàn Thành ủy Viêng Chăn sang Hà Nội",
            ("Input.OwnerOrganisationId", site.VientianeParty.ToString()));
        visit.OwnerOrganisationId.ShouldBe(site.VientianeParty);

        foreach (var id in new[] { visit.Id, site.DatasetVisit })
        {
            (await site.Contributor.GetAsync($"/visits/edit/{id}", Cancel)).ShouldRedirectTo("/account/denied");
            (await Forms.GetAsync(site.Contributor, $"/activities/{id}")).QuerySelector($".record-panel a[href='/visits/edit/{id}']").ShouldBeNull();
        }
        var form = await Forms.GetAsync(site.EditorVn, $"/visits/edit/{visit.Id}");
        var ownToken = await Forms.GetAsync(site.Contributor, NewVisit);
        var forged = await site.Contributor.PostAsync($"/visits/edit/{visit.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Đã bị sửa", ["Input.StartDate"] = "2026-05-10", ["Input.Version"] = visit.Version.ToString(),
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(ownToken.DocumentElement.OuterHtml),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Đoàn Thành ủy Viêng Chăn sang Hà Nội")).ShouldNotBeNull();
        form.QuerySelector("#Input_OwnerOrganisationId option[selected]")!.GetAttribute("value").ShouldBe(site.VientianeParty.ToString());
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_sees_both_versions_and_keeps_what_it_typed()
    {
        var visit = await CreateAsync(site.EditorVn, "Đoàn Hà Nội dự Lễ kỷ niệm tại Viêng Chăn");
        var url = $"/visits/edit/{visit.Id}";
        var formA = await Forms.GetAsync(site.EditorVn, url);
        var formB = await Forms.GetAsync(site.EditorLa, url);
        (await Forms.PostAsync(site.EditorVn, formA, url, [("Input.TitleVi", "Đoàn Hà Nội dự Lễ kỷ niệm 65 năm"), ("Input.Meetings[0].Remove", "true")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await Forms.PostAsync(site.EditorLa, formB, url, [("Input.TitleVi", "Đoàn Hà Nội dự Lễ kỷ niệm quan hệ ngoại giao")]);

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ParseAsync(conflict);
        page.QuerySelector(".conflict h2")!.TextContent.ShouldBe("Có người khác vừa lưu bản ghi này");
        var rows = page.QuerySelectorAll(".conflict tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent);
        rows.Keys.ShouldBe(["Tên chuyến thăm (tiếng Việt)", "Các hoạt động trong chuyến thăm"], ignoreOrder: true);
        rows["Tên chuyến thăm (tiếng Việt)"].QuerySelector(".theirs")!.TextContent.ShouldBe("Đoàn Hà Nội dự Lễ kỷ niệm 65 năm");
        rows["Tên chuyến thăm (tiếng Việt)"].QuerySelector(".mine")!.TextContent.ShouldBe("Đoàn Hà Nội dự Lễ kỷ niệm quan hệ ngoại giao");
        rows["Các hoạt động trong chuyến thăm"].QuerySelector(".mine")!.TextContent.ShouldContain("Hội đàm");
        rows["Các hoạt động trong chuyến thăm"].QuerySelector(".theirs")!.TextContent.ShouldNotContain("Hội đàm");
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe("Đoàn Hà Nội dự Lễ kỷ niệm quan hệ ngoại giao");
        (await FindAsync("Đoàn Hà Nội dự Lễ kỷ niệm 65 năm")).ShouldNotBeNull();

        // "Use the saved value" for the meetings: the form now holds theirs, the title stays ours; nothing is saved yet.
        var taken = await ParseAsync(await Forms.PostAsync(site.EditorLa, page, url, button: ("Take", "Meetings")));
        taken.QuerySelectorAll("fieldset.meeting").Length.ShouldBe(1);
        taken.QuerySelectorAll(".conflict tbody tr").ShouldHaveSingleItem().QuerySelector("th")!.TextContent.ShouldBe("Tên chuyến thăm (tiếng Việt)");
        (await FindAsync("Đoàn Hà Nội dự Lễ kỷ niệm 65 năm")).ShouldNotBeNull();

        // Saving merges against the current version: their meetings, our title.
        (await Forms.PostAsync(site.EditorLa, taken, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var merged = (await FindAsync("Đoàn Hà Nội dự Lễ kỷ niệm quan hệ ngoại giao")).ShouldNotBeNull();
        merged.Meetings.ShouldHaveSingleItem().Title.Vi.ShouldBe("Chào xã giao");
    }

    [Fact]
    public async Task Markup_typed_into_a_title_is_stored_as_written_and_shown_encoded()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var page = await Forms.GetAsync(site.EditorVn, NewVisit);
        (await Forms.PostAsync(site.EditorVn, page, NewVisit, [.. Visit(hostile), ("Input.Purpose", "<b>bold</b>")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var visit = (await FindAsync(hostile)).ShouldNotBeNull();
        var html = await site.EditorVn.GetStringAsync($"/activities/{visit.Id}", Cancel);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldNotContain("<b>bold</b>");
        html.ShouldContain("&lt;script&gt;");
        var form = await site.EditorVn.GetStringAsync($"/visits/edit/{visit.Id}", Cancel);
        form.ShouldNotContain("<script>alert");
    }


}

/// <summary>The visit form and its workflow (submit, approve) on SQLite.</summary>
public sealed class EditVisitOnSqliteTests(EditVisitTests.SqliteSite site) : EditVisitTests(site), IClassFixture<EditVisitTests.SqliteSite>;

/// <summary>The same on PostgreSQL.</summary>
public sealed class EditVisitOnPostgresTests(EditVisitTests.PostgresSite site) : EditVisitTests(site), IClassFixture<EditVisitTests.PostgresSite>;
