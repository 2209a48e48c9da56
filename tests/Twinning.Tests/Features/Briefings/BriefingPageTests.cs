using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;
using static Twinning.Tests.Features.Briefings.BriefingFixture;

namespace Twinning.Tests.Features.Briefings;

/// <summary>The briefing pack as a page, held against the dataset's database.</summary>
public sealed class BriefingPageTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task The_pack_names_a_Lao_leader_in_both_scripts_with_the_posts_held_that_day()
    {
        var personId = await LaoLeaderAsync(app);
        var person = await app.Factory.WithAppDbAsync(db => db.People.Include(p => p.Aliases).Include(p => p.Positions).SingleAsync(p => p.Id == personId));
        // A day with something on either side: the latest meeting day, so that meeting itself is not "earlier".
        var day = (await MeetingDaysAsync(app, personId)).Last();

        var pack = Pack(await app.PageAsync(Url(app, $"People={personId}&Date={day:yyyy-MM-dd}&Language=vi")));
        pack.TextContent.ShouldContain(person.Name.Vi!);
        pack.TextContent.ShouldContain(person.Name.Lo!);
        pack.QuerySelectorAll("[lang=lo]").Select(e => e.TextContent).ShouldContain(t => t.Contains(person.Name.Lo!), "Lao is marked for a Lao font");
        foreach (var alias in person.Aliases) pack.TextContent.ShouldContain(alias.Name);
        var items = pack.QuerySelectorAll("p.item").Select(p => p.TextContent).ToList();
        foreach (var held in person.Positions.Where(p => p.HeldOn(day)))
            items.ShouldContain(i => i.Contains("Hiện nay: " + held.Title), held.Title);
        foreach (var later in person.Positions.Where(p => (p.From ?? p.AttestedOn ?? p.To) > day && !p.HeldOn(day)))
        {
            var known = (later.From ?? later.AttestedOn ?? later.To)!.Value.ToString("dd/MM/yyyy");
            items.ShouldNotContain(i => i.Contains(later.Title) && i.Contains(known));
        }
    }

    [Fact]
    public async Task The_pack_lists_exactly_the_earlier_meetings_the_counterpart_took_part_in()
    {
        var personId = await LaoLeaderAsync(app);
        var days = await MeetingDaysAsync(app, personId);
        days.Count.ShouldBeGreaterThan(1, "the dataset's Lao leader met Hanoi more than once");
        foreach (var day in new[] { days.Last(), days.Last().AddDays(1) })
        {
            var expected = await EarlierMeetingsAsync(app, personId, day);
            var later = await app.Factory.WithAppDbAsync(db => db.Activities
                .Where(a => a.PartnershipId == app.PartnershipId && (a.StartDate ?? a.EndDate) >= day && a.Participants.Any(p => p.PersonId == personId))
                .Select(a => a.Title.Vi!).ToListAsync());
            var rows = MeetingRows(await app.PageAsync(Url(app, $"People={personId}&Date={day:yyyy-MM-dd}&Language=vi")), personId);
            rows.Select(r => r[3]).ShouldBe(expected.Select(e => e.Title), ignoreOrder: true, day.ToString());
            foreach (var e in expected) rows.Single(r => r[3] == e.Title)[1].ShouldStartWith(e.Date!.Value.ToString("dd/MM/yyyy"));
            foreach (var title in later.Except(expected.Select(e => e.Title))) rows.ShouldNotContain(r => r[3] == title);
        }
    }

    [Fact]
    public async Task Our_leaders_at_each_meeting_are_the_other_sides_participants_and_the_signed_agreements_are_named()
    {
        var personId = await LaoLeaderAsync(app);
        var day = (await MeetingDaysAsync(app, personId)).Last().AddDays(1);
        var expected = await app.Factory.WithAppDbAsync(async db =>
        {
            var activities = await db.Activities
                .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && (a is Visit || a is Meeting)
                    && (a.StartDate ?? a.EndDate) < day && a.Participants.Any(p => p.PersonId == personId))
                .Select(a => new
                {
                    a.Id, Title = a.Title.Vi!,
                    Ours = a.Participants.Where(p => p.Person!.Country != "LA" && p.Person.State == RecordState.Approved).Select(p => p.Person!.Name.Vi!).ToList(),
                }).ToListAsync();
            var ids = activities.Select(a => a.Id).ToList();
            var signings = await db.Meetings.Where(m => m.State == RecordState.Approved && (ids.Contains(m.Id) || (m.VisitId != null && ids.Contains(m.VisitId.Value))))
                .Select(m => new { m.Id, m.VisitId, Titles = m.AgreementsSigned.Where(g => g.State == RecordState.Approved).Select(g => g.Title.Vi!).ToList() }).ToListAsync();
            return activities.Select(a => new
            {
                a.Title, a.Ours,
                Signed = signings.Where(m => m.Id == a.Id || m.VisitId == a.Id).SelectMany(m => m.Titles).Distinct().ToList(),
            }).ToList();
        });
        expected.ShouldContain(e => e.Ours.Count > 0);
        var rows = MeetingRows(await app.PageAsync(Url(app, $"People={personId}&Date={day:yyyy-MM-dd}&Language=vi")), personId);
        foreach (var e in expected)
        {
            var row = rows.Single(r => r[3] == e.Title);
            foreach (var name in e.Ours) row[5].ShouldContain(name);
            foreach (var title in e.Signed) row[6].ShouldContain(title);
            if (e.Signed.Count == 0) row[6].ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_draft_meeting_does_not_reach_the_pack_until_it_is_approved()
    {
        var personId = await LaoLeaderAsync(app);
        var day = (await MeetingDaysAsync(app, personId)).Last().AddDays(1);
        var title = $"Hội đàm thử nghiệm {Guid.NewGuid():N}";
        var meetingId = await app.Factory.WithAppDbAsync(async db =>
        {
            var meeting = new Meeting
            {
                PartnershipId = app.PartnershipId, Title = new(title), StartDate = day.AddDays(-1), State = RecordState.Draft,
                MeetingKind = MeetingKind.Talks, Status = ActivityStatus.Completed,
                Participants = [new ActivityParticipant { PersonId = personId, Role = ParticipantRole.Guest }],
            };
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(Cancel);
            return meeting.Id;
        });
        try
        {
            var url = Url(app, $"People={personId}&Date={day:yyyy-MM-dd}&Language=vi");
            MeetingRows(await app.PageAsync(url), personId).ShouldNotContain(r => r[3] == title);

            // The same meeting once approved is listed: the draft was left out for its state, not by accident.
            await app.Factory.WithAppDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).ExecuteUpdateAsync(s => s.SetProperty(m => m.State, RecordState.Approved), Cancel));
            MeetingRows(await app.PageAsync(url), personId).ShouldContain(r => r[3] == title);
        }
        finally
        {
            await app.Factory.WithAppDbAsync(async db =>
            {
                await db.Participants.Where(p => p.ActivityId == meetingId).ExecuteDeleteAsync(Cancel);
                return await db.Meetings.IgnoreQueryFilters().Where(m => m.Id == meetingId).ExecuteDeleteAsync(Cancel);
            });
        }
    }

    [Fact]
    public async Task Several_counterparts_each_get_their_own_part_in_the_order_chosen()
    {
        var laoId = await LaoLeaderAsync(app);
        var vietnamese = await app.Factory.WithAppDbAsync(db => db.People
            .Where(p => p.State == RecordState.Approved && p.Country == "VN" && db.Participants.Any(a => a.PersonId == p.Id && a.Activity!.State == RecordState.Approved))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Name.Vi }).FirstAsync());
        var day = (await MeetingDaysAsync(app, laoId)).Last().AddDays(1);
        var page = await app.PageAsync(Url(app, $"People={vietnamese.Id}&People={laoId}&People={vietnamese.Id}&Date={day:yyyy-MM-dd}"));
        var parts = Pack(page).QuerySelectorAll("h2").Skip(1).Select(h => h.TextContent).ToList(); // after the pack's own title
        parts.Count.ShouldBe(2, "a repeated person is briefed once");
        parts[0].ShouldStartWith("I. ");
        parts[0].ShouldContain(vietnamese.Vi!.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")));
        parts[1].ShouldStartWith("II. ");
        foreach (var id in new[] { vietnamese.Id, laoId })
            MeetingRows(page, id).Select(r => r[3]).ShouldBe((await EarlierMeetingsAsync(app, id, day)).Select(e => e.Title), ignoreOrder: true);
    }

    [Theory]
    [InlineData("People=424242")]                    // no such person
    [InlineData("People=abc")]                       // not a number
    [InlineData("People={0}&Date=not-a-date")]
    [InlineData("People={0}&Language=fr")]
    [InlineData("People={0}&People=1&People=2&People=3&People=4&People=5&People=6&People=7&People=8&People=9&People=10&People=11")]
    public async Task A_bad_choice_is_refused_with_the_reason(string query)
    {
        var personId = await LaoLeaderAsync(app);
        foreach (var handler in new[] { "", "handler=docx&" })
        {
            using var response = await app.Client().GetAsync(Url(app, handler + string.Format(query, personId)), Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("<li>");
        }
    }

    [Fact]
    public async Task The_form_alone_shows_no_pack_and_preselects_the_person_from_the_person_page()
    {
        var personId = await LaoLeaderAsync(app);
        var details = await app.PageAsync($"/people/{personId}");
        details.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ShouldContain(h => h == $"/partnerships/{app.PartnershipId}/briefing?People={personId}");

        var form = await app.PageAsync(Url(app, ""));
        form.QuerySelector("#briefing-pack").ShouldBeNull();
        form.QuerySelector("select[name=People][data-picker=people][multiple]").ShouldNotBeNull();
        form.QuerySelector("form")!.GetAttribute("method").ShouldBe("get");

        var chosen = await app.PageAsync(Url(app, $"People={personId}"));
        chosen.QuerySelectorAll("select[name=People] option[selected]").Select(o => o.GetAttribute("value")).ShouldBe([personId.ToString()]);
        ((IHtmlInputElement)chosen.QuerySelector("input[name=Date]")!).Value.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_viewer_of_another_partnership_is_denied()
    {
        var personId = await LaoLeaderAsync(app);
        var other = await app.Factory.WithAppDbAsync(async db =>
        {
            var p = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = RecordState.Approved };
            db.Partnerships.Add(p);
            await db.SaveChangesAsync(Cancel);
            return p.Id;
        });
        var email = $"viewer-{Guid.NewGuid():N}@bangkok.test";
        await TestUsers.CreateAsync(app.Factory, email, memberships: new Membership { PartnershipId = other, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(app.Factory, email);
        foreach (var handler in new[] { "", "handler=docx&" })
        {
            using var response = await client.GetAsync(Url(app, $"{handler}People={personId}"), Cancel);
            var denied = response.StatusCode == HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/account/denied"));
            denied.ShouldBeTrue(response.StatusCode.ToString());
        }
    }

    internal static AngleSharp.Dom.IElement Pack(IHtmlDocument page) => page.QuerySelector("#briefing-pack").ShouldNotBeNull();

    /// <summary>The meeting table's rows as cell texts; no table means no meetings.</summary>
    internal static List<string[]> MeetingRows(IHtmlDocument page, int personId) =>
        Pack(page).QuerySelector($"#briefing-meetings-{personId}")?.QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList() ?? [];
}
