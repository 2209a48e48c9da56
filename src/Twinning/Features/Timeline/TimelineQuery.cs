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
/// one page of rows, whatever the partnership holds. Drafts and submissions through <see cref="ReadFilter"/>.
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

        var total = await query.CountAsync(ct);
        // Undated activities (a project known only by name) come last; the rest newest first.
        var activities = await query.OrderBy(a => a.StartDate == null).ThenByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .Skip((Math.Max(1, pageNumber) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new TimelinePage(activities, years, total);
    }
}
