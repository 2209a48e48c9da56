using Microsoft.EntityFrameworkCore;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Briefings;

/// <summary>Finds a dataset counterpart worth briefing on, and what the database says about them.</summary>
public static class BriefingFixture
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A row of the expected meetings: the title and the start date, as the database holds them.</summary>
    public sealed record Expected(int Id, string Title, DateOnly? Date);

    /// <summary>The approved Lao person with a Lao-script name who took part in the most approved visits and meetings.</summary>
    public static Task<int> LaoLeaderAsync(DatasetApp app) =>
        app.Factory.WithAppDbAsync(db => db.People
            .Where(p => p.State == RecordState.Approved && p.Country == "LA" && p.Name.Lo != null)
            .OrderByDescending(p => db.Participants.Count(a => a.PersonId == p.Id && a.Activity!.State == RecordState.Approved && (a.Activity is Visit || a.Activity is Meeting)))
            .ThenBy(p => p.Id).Select(p => p.Id).FirstAsync());

    /// <summary>The approved visits and meetings of the partnership the person took part in before the day.</summary>
    public static Task<List<Expected>> EarlierMeetingsAsync(DatasetApp app, int personId, DateOnly day) =>
        app.Factory.WithAppDbAsync(db => db.Activities
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && (a is Visit || a is Meeting)
                && (a.StartDate ?? a.EndDate) < day && a.Participants.Any(p => p.PersonId == personId))
            .Select(a => new Expected(a.Id, a.Title.Vi!, a.StartDate ?? a.EndDate)).ToListAsync());

    /// <summary>All approved visit and meeting days of the person, oldest first.</summary>
    public static Task<List<DateOnly>> MeetingDaysAsync(DatasetApp app, int personId) =>
        app.Factory.WithAppDbAsync(db => db.Activities
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && (a is Visit || a is Meeting)
                && a.Participants.Any(p => p.PersonId == personId) && (a.StartDate ?? a.EndDate) != null)
            .Select(a => (a.StartDate ?? a.EndDate)!.Value).Distinct().OrderBy(d => d).ToListAsync());

    public static string Url(DatasetApp app, string query) => $"/partnerships/{app.PartnershipId}/briefing?{query}";
}
