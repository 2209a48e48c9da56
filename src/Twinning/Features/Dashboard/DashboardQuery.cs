using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Data.Revisions;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Charts;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;

namespace Twinning.Features.Dashboard;

/// <summary>
/// What a partnership's dashboard shows, read in a handful of counting queries whose results follow
/// the size of the page (a year per row, a bar per segment, the latest few activities), never the number
/// of activities held. Approved records only: the figures are the record, and drafts are not yet part
/// of it, so they are the same for every reader and kept until the partnership's records change
/// (<see cref="RevisionCache"/>). The page (and the load benchmark's bare endpoint) call <see cref="LoadAsync"/>.
/// </summary>
public sealed class DashboardQuery(TwinningDb db, ChartQueries charts, RevisionCache cache)
{
    /// <summary>Programmes listed by name; the figure counts them all and links to the full list.</summary>
    public const int ProgrammesShown = 20;
    public const int LatestShown = 8;

    public Task<DashboardData> LoadAsync(int partnershipId, CancellationToken ct) =>
        cache.GetOrComputeAsync(nameof(DashboardQuery), partnershipId, c => ReadAsync(partnershipId, c), ct);

    private async Task<DashboardData> ReadAsync(int partnershipId, CancellationToken ct)
    {
        var agreements = db.Agreements.Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved && a.Status == AgreementStatus.InForce);
        var agreementsInForce = await agreements.CountAsync(a => a.ParentId == null, ct);
        var agencyAgreementsInForce = await agreements.CountAsync(a => a.ParentId != null, ct);
        var activities = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved);
        var activityCount = await activities.CountAsync(ct);

        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.PartnershipId == partnershipId && v.State == RecordState.Approved && v.StartDate != null)
            .GroupBy(v => new { v.StartDate!.Value.Year, v.Direction })
            .Select(g => new { g.Key.Year, g.Key.Direction, Count = g.Count() })
            .ToListAsync(ct);
        var visitsPerYear = visits.GroupBy(v => v.Year).OrderByDescending(g => g.Key)
            .Select(g => new VisitsInYear(g.Key, g.Where(v => v.Direction == Direction.AToB).Sum(v => v.Count),
                g.Where(v => v.Direction == Direction.BToA).Sum(v => v.Count), g.Where(v => v.Direction == Direction.Joint).Sum(v => v.Count)))
            .ToList();

        // The chart facts already count every approved project by status and currency: group those
        // rather than read the projects a second time.
        var facts = await charts.ForPartnershipAsync(partnershipId, ct);
        var projectsByStatus = facts.Projects.GroupBy(p => p.Status).OrderBy(g => g.Key)
            .Select(g => new ProjectsInStatus(g.Key, g.Sum(p => p.Count), g.Where(p => p.Budget is not null && p.Currency is not null)
                .GroupBy(p => p.Currency!).OrderBy(c => c.Key).Select(c => new Budget(c.Sum(p => p.Budget!.Value), c.Key)).ToList()))
            .ToList();

        var programmes = db.Programmes.AsNoTracking().Where(p => p.PartnershipId == partnershipId && p.State == RecordState.Approved);
        var programmeCount = await programmes.CountAsync(ct);
        var programmesShown = await programmes.Include(p => p.Intakes).OrderBy(p => p.StartDate).ThenBy(p => p.Id)
            .Take(ProgrammesShown).AsSplitQuery().ToListAsync(ct);

        var anniversaries = await db.Anniversaries.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved).ToListAsync(ct);

        var latest = await activities.Where(a => a.StartDate != null)
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).Take(LatestShown).ToListAsync(ct);

        return new DashboardData(agreementsInForce, agencyAgreementsInForce, activityCount, visitsPerYear, projectsByStatus,
            programmeCount, programmesShown, anniversaries, latest, facts);
    }
}

public sealed record DashboardData(
    int AgreementsInForce,
    int AgencyAgreementsInForce,
    int ActivityCount,
    List<VisitsInYear> VisitsPerYear,
    List<ProjectsInStatus> ProjectsByStatus,
    int ProgrammeCount,
    List<Programme> Programmes,
    List<Anniversary> Anniversaries,
    List<Activity> Latest,
    ChartFacts Facts)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<Chart>> _charts = new();

    /// <summary>
    /// The charts in one language, built from <see cref="Facts"/> the first time they are asked in it: the
    /// figures are kept as long as the records do not change (<see cref="DashboardQuery"/>), and so are their charts.
    /// </summary>
    public IReadOnlyList<Chart> ChartsIn(string language, Func<IReadOnlyList<Chart>> build) => _charts.GetOrAdd(language, _ => build());
}

public sealed record VisitsInYear(int Year, int AToB, int BToA, int Joint);
public sealed record Budget(decimal Amount, string Currency);
public sealed record ProjectsInStatus(IatiActivityStatus Status, int Count, List<Budget> Budgets);
