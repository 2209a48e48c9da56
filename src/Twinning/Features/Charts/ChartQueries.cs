using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Workflow;

namespace Twinning.Features.Charts;

/// <summary>Reads the <see cref="ChartFacts"/> of a partnership: Approved records only, as every figure.</summary>
public sealed class ChartQueries(TwinningDb db)
{
    public async Task<ChartFacts> ForPartnershipAsync(int partnershipId, CancellationToken ct)
    {
        var activities = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved);

        // Undated activities cannot be placed on a year axis; the data table's total says how many are shown.
        var dated = await activities.Where(a => a.StartDate != null || a.EndDate != null)
            .Select(a => new { a.Kind, a.StartDate, a.EndDate }).ToListAsync(ct);

        var visits = await db.Visits.AsNoTracking().AsSplitQuery()
            .Include(v => v.Leader).ThenInclude(p => p!.Positions).ThenInclude(p => p.Organisation)
            .Include(v => v.Participants.Where(p => p.Role == ParticipantRole.Leader)).ThenInclude(p => p.Person!).ThenInclude(p => p.Positions).ThenInclude(p => p.Organisation)
            .Where(v => v.PartnershipId == partnershipId && v.State == RecordState.Approved && (v.StartDate != null || v.EndDate != null))
            .ToListAsync(ct);

        var projects = await db.Projects.AsNoTracking().Where(p => p.PartnershipId == partnershipId && p.State == RecordState.Approved)
            .Select(p => new ProjectFact(p.Sector, p.IatiStatus, p.BudgetAmount, p.BudgetCurrency)).ToListAsync(ct);

        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.Agreement!.PartnershipId == partnershipId && c.Agreement.State == RecordState.Approved)
            .Select(c => new { c.Id, c.Area }).ToListAsync(ct);
        var ids = commitments.Select(c => c.Id).ToList();
        var evidence = await (from a in activities from c in a.Commitments where ids.Contains(c.Id) select new { CommitmentId = c.Id, a.Status })
            .ToListAsync(ct);
        var statuses = evidence.ToLookup(e => e.CommitmentId, e => e.Status);

        return new ChartFacts(
            dated.Select(a => new ActivityFact(a.Kind, (a.StartDate ?? a.EndDate)!.Value.Year)).ToList(),
            visits.Select(Fact).ToList(),
            projects,
            commitments.Select(c => new CommitmentFact(c.Area, CommitmentProgressRule.Of(statuses[c.Id]))).ToList());
    }

    public static VisitFact Fact(Visits.Visit v)
    {
        var day = v.StartDate ?? v.EndDate;
        var leader = VisitLevel.Leader(v);
        return new VisitFact(day!.Value.Year, v.Direction, VisitLevel.Of(leader, day));
    }
}
