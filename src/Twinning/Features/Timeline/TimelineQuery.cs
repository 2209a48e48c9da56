using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;

namespace Twinning.Features.Timeline;

/// <summary>The timeline's filters: any may be left out.</summary>
public sealed record TimelineFilter(int? Year = null, ActivityKind? Kind = null, Direction? Direction = null, CommitmentArea? Area = null);

/// <summary>One page of the timeline, the years it can be filtered by, and how many activities match.</summary>
public sealed record TimelinePage(List<Activity> Activities, List<int> Years, int Total);

/// <summary>
/// A partnership's activities in date order, filtered and one page at a time: two counting queries and
/// one page of rows (two at the turn from dated to undated), whatever the partnership holds. Drafts and submissions through <see cref="ReadFilter"/>.
/// The page (and the load benchmark's bare endpoint) call <see cref="LoadAsync"/>.
/// </summary>
public sealed class TimelineQuery(TwinningDb db)
{
    public const int PageSize = 25;

    public async Task<TimelinePage> LoadAsync(int partnershipId, ReadFilter readable, TimelineFilter filter, int pageNumber, CancellationToken ct)
    {
        var all = readable.Apply(db.Activities.AsNoTracking()).Where(a => a.PartnershipId == partnershipId);
        var years = await all.Where(a => a.StartDate != null).Select(a => a.StartDate!.Value.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

        var query = all;
        if (filter.Year is { } year)
        {
            // A range on the day rather than its year, so the index on (partnership, start) serves it.
            var first = new DateOnly(year, 1, 1);
            var next = first.AddYears(1);
            query = query.Where(a => a.StartDate >= first && a.StartDate < next);
        }
        if (filter.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        if (filter.Direction is { } direction) query = query.Where(a => a.Direction == direction);
        if (filter.Area is { } area) query = query.Where(a => a.Commitments.Any(c => c.Area == area));

        // Dated activities newest first, then the undated (a project known only by name). Read as two
        // ranges rather than one sort over "undated last", so the page is read along the index on
        // (partnership, start) and stops after a page instead of sorting every activity of the partnership.
        var counts = await query.GroupBy(a => a.StartDate == null).Select(g => new { Undated = g.Key, Count = g.Count() }).ToListAsync(ct);
        var dated = counts.Where(c => !c.Undated).Sum(c => c.Count);
        var total = counts.Sum(c => c.Count);
        var skip = (Math.Max(1, pageNumber) - 1) * PageSize;
        var activities = skip < dated
            ? await query.Where(a => a.StartDate != null).OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
                .Skip(skip).Take(PageSize).ToListAsync(ct)
            : [];
        if (activities.Count < PageSize && total > dated)
            activities.AddRange(await query.Where(a => a.StartDate == null).OrderByDescending(a => a.Id)
                .Skip(Math.Max(0, skip - dated)).Take(PageSize - activities.Count).ToListAsync(ct));
        return new TimelinePage(activities, years, total);
    }
}
