using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Activities;
using Twinning.Features.Workflow;

namespace Twinning.Features.Calendar;

/// <summary>
/// The iCalendar feed of one reader: visits, meetings and events of the partnerships they read, and the
/// round anniversaries coming up. UIDs derive from record ids, so a calendar program updates an event
/// in place when the record changes rather than duplicating it.
/// </summary>
public static class CalendarFeed
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string UidDomain = "twinning";

    /// <summary>Round anniversaries from this many years back, and how many of them per anniversary.</summary>
    private const int MilestoneYearsBack = 10, MilestonesPerAnniversary = 6;

    public static async Task<string> BuildAsync(TwinningDb db, ReadFilter scope, DateOnly today, string language, CancellationToken ct)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//Twinning//Calendar feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Twinning");

        // Drafts the reader may act on come along, marked (the record pages' rule).
        var activities = await scope.Apply(db.Activities.AsNoTracking())
            .Where(a => a.StartDate != null && (a.Kind == ActivityKind.Visit || a.Kind == ActivityKind.Meeting || a.Kind == ActivityKind.Event))
            .OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(ct);
        foreach (var activity in activities)
            calendar.Events.Add(Event(activity, language));

        var anniversaries = await scope.Apply(db.Anniversaries.AsNoTracking()).OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var anniversary in anniversaries)
            foreach (var milestone in anniversary.MilestonesFrom(today.AddYears(-MilestoneYearsBack), MilestonesPerAnniversary))
                calendar.Events.Add(AllDay($"anniversary-{anniversary.Id}-{milestone.Years}", milestone.Date, milestone.Date,
                    $"{milestone.Years} · {anniversary.Name.In(language)}", null, null, anniversary.State));

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalendarEvent Event(Activity activity, string language) =>
        AllDay($"activity-{activity.Id}", activity.StartDate!.Value, activity.EndDate ?? activity.StartDate.Value,
            activity.Title.In(language), activity.Summary?.In(language), activity.Place?.In(language), activity.State);

    /// <summary>
    /// Records carry days, not times, so every entry is an all-day event; DTEND is exclusive in
    /// iCalendar, hence the day after the last one (a 3-day visit ends on the fourth day).
    /// </summary>
    private static CalendarEvent AllDay(string uid, DateOnly first, DateOnly last, string summary, string? description, string? location, RecordState state)
    {
        if (last < first) last = first;
        var entry = new CalendarEvent
        {
            Uid = $"{uid}@{UidDomain}",
            Summary = state == RecordState.Approved ? summary : $"[{state}] {summary}",
            Description = string.IsNullOrWhiteSpace(description) ? null : description,
            Location = string.IsNullOrWhiteSpace(location) ? null : location,
            DtStart = new CalDateTime(first),
            DtEnd = new CalDateTime(last.AddDays(1)),
        };
        return entry;
    }
}
