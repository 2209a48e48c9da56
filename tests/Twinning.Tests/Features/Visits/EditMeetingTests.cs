using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Visits;

/// <summary>
/// A meeting held outside any visit (a call on a leader, talks reported by the press, one an import
/// created) has a form of its own; a meeting during a visit stays the visit form's.
/// </summary>
public sealed class EditMeetingTests(EditMeetingTests.Site site) : IClassFixture<EditMeetingTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int Dung { get; private set; }
        public int Anouphap { get; private set; }
        public HttpClient Editor { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            Dung = await db.People.Where(p => p.Key == "person-dinh-tien-dung").Select(p => p.Id).SingleAsync(Cancel);
            Anouphap = await db.People.Where(p => p.Key == "person-anouphap-tounalom").Select(p => p.Id).SingleAsync(Cancel);
            await TestUsers.CreateAsync(App, "editor@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "VN" });
            Editor = await TestUsers.SignedInClientAsync(App, "editor@hanoi.test");
        }

        public async ValueTask DisposeAsync()
        {
            Editor?.Dispose();
            await App.DisposeAsync();
        }
    }

    private string NewMeeting => $"/meetings/edit?partnership={site.Partnership}";

    private static List<(string, string?)> Meeting(string title, string? date = "2026-10-05", string? end = null) =>
    [
        ("Input.TitleVi", title), ("Input.StartDate", date), ("Input.EndDate", end), ("Input.PlaceVi", "Trụ sở Thành ủy Hà Nội"),
        ("Input.Direction", "BToA"), ("Input.Status", "Completed"), ("Input.Kind", "CourtesyCall"),
    ];

    [Fact]
    public async Task An_editor_records_a_meeting_on_its_own_with_its_participants_and_edits_it_again()
    {
        const string title = "Bí thư Thành ủy Hà Nội tiếp Đại sứ Lào";
        var page = await Forms.GetAsync(site.Editor, NewMeeting);
        var saved = await Forms.PostAsync(site.Editor, page, NewMeeting,
            [.. Meeting(title), ("Input.ParticipantIds", site.Dung.ToString()), ("Input.ParticipantIds", site.Anouphap.ToString())]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        await using var db = site.App.Database.NewContext();
        var meeting = await db.Meetings.Include(m => m.Participants).SingleAsync(m => m.Title.Vi == title, Cancel);
        meeting.VisitId.ShouldBeNull();
        meeting.State.ShouldBe(RecordState.Approved);
        meeting.MeetingKind.ShouldBe(MeetingKind.CourtesyCall);
        meeting.StartDate.ShouldBe(new DateOnly(2026, 10, 5));
        meeting.Participants.Select(p => p.PersonId).ShouldBe([site.Dung, site.Anouphap], ignoreOrder: true);

        // Its page offers this form; the form shows what was saved, and saving a change keeps the rest.
        var details = await Forms.GetAsync(site.Editor, $"/activities/{meeting.Id}");
        details.QuerySelector($"a[href='/meetings/edit/{meeting.Id}']").ShouldNotBeNull();
        var url = $"/meetings/edit/{meeting.Id}";
        var form = await Forms.GetAsync(site.Editor, url);
        form.QuerySelectorAll("#Input_ParticipantIds option[selected]").Select(o => o.GetAttribute("value"))
            .ShouldBe([site.Dung.ToString(), site.Anouphap.ToString()], ignoreOrder: true);
        (await Forms.PostAsync(site.Editor, form, url, [("Input.Kind", "Talks"), ("Input.ParticipantIds", site.Dung.ToString())]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var after = site.App.Database.NewContext();
        var edited = await after.Meetings.Include(m => m.Participants).SingleAsync(m => m.Id == meeting.Id, Cancel);
        edited.MeetingKind.ShouldBe(MeetingKind.Talks);
        edited.Participants.Select(p => p.PersonId).ShouldBe([site.Dung]);
        edited.Title.Vi.ShouldBe(title);
        edited.Version.ShouldBe(meeting.Version + 1);
    }

    [Fact]
    public async Task A_meeting_needs_its_date_and_cannot_end_before_it_starts()
    {
        var page = await Forms.GetAsync(site.Editor, NewMeeting);
        var noDate = await Forms.PostAsync(site.Editor, page, NewMeeting, Meeting("Làm việc không ngày", date: null));
        noDate.StatusCode.ShouldBe(HttpStatusCode.OK);
        Forms.ErrorNextTo(new HtmlParser().ParseDocument(await noDate.Content.ReadAsStringAsync(Cancel)), "Input_StartDate").ShouldNotBeEmpty();

        var backwards = await Forms.PostAsync(site.Editor, page, NewMeeting, Meeting("Làm việc ngược ngày", "2026-10-05", "2026-10-01"));
        backwards.StatusCode.ShouldBe(HttpStatusCode.OK);
        Forms.ErrorNextTo(new HtmlParser().ParseDocument(await backwards.Content.ReadAsStringAsync(Cancel)), "Input_EndDate").ShouldNotBeEmpty();
        (await site.App.WithAppDbAsync(db => db.Meetings.CountAsync(m => m.Title.Vi!.StartsWith("Làm việc")))).ShouldBe(0);
    }

    [Fact]
    public async Task A_meeting_during_a_visit_is_edited_with_its_visit_not_here()
    {
        var (meeting, visit) = await site.App.WithAppDbAsync(db => db.Meetings.Where(m => m.VisitId != null).Select(m => new { m.Id, m.VisitId }).FirstAsync()
            .ContinueWith(t => (t.Result.Id, t.Result.VisitId!.Value)));
        (await site.Editor.GetAsync($"/meetings/edit/{meeting}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var details = await Forms.GetAsync(site.Editor, $"/activities/{meeting}");
        details.QuerySelector($"a[href='/visits/edit/{visit}']").ShouldNotBeNull();
    }
}
