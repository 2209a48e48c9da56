using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Calendar;
using Twinning.Tests.Features.Exports;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Calendar;

/// <summary>
/// The calendar feed: a token made on the page opens the feed without cookies, shows what its owner may
/// read and nothing else, and stops working when replaced or revoked.
/// </summary>
public sealed partial class CalendarFeedTests(ExportsApp app) : IClassFixture<ExportsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_token_opens_a_feed_of_all_day_events_with_stable_uids()
    {
        var url = await IssueAsync(app.ViewerOfA);
        var calendar = await FeedAsync(url);

        var visits = await app.Factory.WithAppDbAsync(db => db.Visits
            .Where(v => v.PartnershipId == app.PartnershipA && v.State == Twinning.Features.Workflow.RecordState.Approved && v.StartDate != null).ToListAsync());
        visits.ShouldNotBeEmpty();
        foreach (var visit in visits)
        {
            var entry = calendar.Events.Single(e => e.Uid == $"activity-{visit.Id}@twinning");
            entry.DtStart!.HasTime.ShouldBeFalse("records carry days, so events are all-day");
            DateOnly.FromDateTime(entry.DtStart.Value).ShouldBe(visit.StartDate!.Value);
            // DTEND is exclusive: the day after the last day of the visit.
            DateOnly.FromDateTime(entry.DtEnd!.Value).ShouldBe((visit.EndDate ?? visit.StartDate.Value).AddDays(1));
        }
        var tricky = calendar.Events.Single(e => e.Uid == $"activity-{app.TrickyVisitId}@twinning");
        tricky.Summary.ShouldBe(ExportsApp.TrickyTitle);
        DateOnly.FromDateTime(tricky.DtEnd!.Value).ShouldBe(new DateOnly(2025, 5, 10));

        // Round anniversaries of the partnership (diplomatic relations, 5 September 1962) are in it too.
        calendar.Events.ShouldContain(e => e.Uid!.StartsWith("anniversary-") && e.DtStart!.Value.Month == 9 && e.DtStart.Value.Day == 5);

        // Fetching again gives the same UIDs: calendar programs update rather than duplicate.
        (await FeedAsync(url)).Events.Select(e => e.Uid).ShouldBe(calendar.Events.Select(e => e.Uid));
    }

    [Fact]
    public async Task The_feed_shows_a_viewer_no_drafts_and_nobody_another_partnership()
    {
        var viewer = await FeedAsync(await IssueAsync(app.ViewerOfA));
        viewer.Events.Select(e => e.Summary).ShouldNotContain(s => s!.Contains(ExportsApp.DraftTitle));
        viewer.Events.Select(e => e.Summary).ShouldNotContain(ExportsApp.OtherPartnershipTitle);

        var editorOfB = await FeedAsync(await IssueAsync(app.EditorOfB));
        editorOfB.Events.Select(e => e.Summary).ShouldContain(ExportsApp.OtherPartnershipTitle);
        editorOfB.Events.Select(e => e.Summary).ShouldNotContain(ExportsApp.TrickyTitle);

        // An Editor acts on drafts, so theirs come along, marked.
        var editorOfA = await FeedAsync(await IssueAsync(app.EditorOfA));
        editorOfA.Events.Select(e => e.Summary).ShouldContain($"[Draft] {ExportsApp.DraftTitle}");
        editorOfA.Events.Select(e => e.Summary).ShouldNotContain(ExportsApp.OtherPartnershipTitle);
    }

    [Fact]
    public async Task A_contributor_sees_the_drafts_of_their_own_organisation_only()
    {
        var (own, other) = await app.Factory.WithAppDbAsync(async db =>
        {
            var organisations = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
            db.Visits.Add(new Twinning.Features.Visits.Visit { PartnershipId = app.PartnershipA, State = Twinning.Features.Workflow.RecordState.Draft,
                Title = new("Nháp của cơ quan mình"), StartDate = new DateOnly(2025, 8, 1), OwnerOrganisationId = organisations[0] });
            db.Visits.Add(new Twinning.Features.Visits.Visit { PartnershipId = app.PartnershipA, State = Twinning.Features.Workflow.RecordState.Draft,
                Title = new("Nháp của cơ quan khác"), StartDate = new DateOnly(2025, 8, 2), OwnerOrganisationId = organisations[1] });
            await db.SaveChangesAsync();
            return (organisations[0], organisations[1]);
        });
        await TestUsers.CreateAsync(app.Factory, "contributor-a@exports.test", false,
            new Membership { PartnershipId = app.PartnershipA, Role = PartnershipRole.Contributor, OrganisationId = own });
        using var contributor = await TestUsers.SignedInClientAsync(app.Factory, "contributor-a@exports.test");
        var summaries = (await FeedAsync(await IssueAsync(contributor))).Events.Select(e => e.Summary).ToList();
        summaries.ShouldContain("[Draft] Nháp của cơ quan mình");
        summaries.ShouldNotContain("[Draft] Nháp của cơ quan khác");
        summaries.ShouldNotContain($"[Draft] {ExportsApp.DraftTitle}");
        other.ShouldNotBe(own);
    }

    [Fact]
    public async Task Only_the_hash_of_the_token_is_stored()
    {
        var url = await IssueAsync(app.ViewerOfA);
        var token = TokenOf(url);
        var stored = await app.Factory.WithAppDbAsync(db => db.Set<CalendarFeedToken>().Select(t => t.TokenHash).ToListAsync());
        stored.ShouldNotContain(token);
        stored.ShouldContain(SecretToken.Hash(token));
    }

    [Fact]
    public async Task A_replaced_revoked_or_wrong_token_gets_nothing()
    {
        using var anonymous = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var first = await IssueAsync(app.EditorOfA);
        var second = await IssueAsync(app.EditorOfA);
        (await anonymous.GetAsync(first, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(second, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await PostAsync(app.EditorOfA, "revoke");
        (await anonymous.GetAsync(second, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var third = await IssueAsync(app.EditorOfA);
        var token = TokenOf(third);
        var wrong = $"/calendar/{token[..^1]}{(token[^1] == '0' ? '1' : '0')}.ics"; // one digit off
        (await anonymous.GetAsync(wrong, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(third, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.GetAsync("/calendar/not-a-token.ics", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_page_needs_a_signed_in_user_and_an_antiforgery_token()
    {
        using var anonymous = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var page = await anonymous.GetAsync("/calendar", Cancel);
        page.Headers.Location!.OriginalString.ShouldContain("/account/signin");
        var forged = await app.ViewerOfA.PostAsync("/calendar?handler=issue", new FormUrlEncodedContent([]), Cancel);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<string> IssueAsync(HttpClient client)
    {
        var html = await PostAsync(client, "issue");
        var match = FeedAddress().Match(html);
        match.Success.ShouldBeTrue("the page shows the new feed address");
        return new Uri(match.Groups[1].Value).PathAndQuery;
    }

    private static async Task<string> PostAsync(HttpClient client, string handler)
    {
        var form = await client.GetStringAsync("/calendar", Cancel);
        using var response = await client.PostAsync($"/calendar?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Cancel);
    }

    private async Task<Ical.Net.Calendar> FeedAsync(string path)
    {
        using var anonymous = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await anonymous.GetAsync(path, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/calendar");
        return Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Cancel))!;
    }

    private static string TokenOf(string path) => path.Split('/')[^1].Replace(".ics", "");

    [GeneratedRegex("value=\"(https?://[^\"]+/calendar/[0-9a-f]{48}\\.ics)\"")]
    private static partial Regex FeedAddress();
}
