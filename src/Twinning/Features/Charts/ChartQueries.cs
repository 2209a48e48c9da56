using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Workflow;

namespace Twinning.Features.Charts;

/// <summary>
/// Reads the <see cref="ChartFacts"/> of a partnership: Approved records only, as every figure. The
/// database does the counting (GROUP BY), so the work follows the number of bars drawn, not the number
/// of activities held: a partnership with half a million activities sends back a few hundred rows.
/// </summary>
public sealed class ChartQueries(TwinningDb db)
{
    public async Task<ChartFacts> ForPartnershipAsync(int partnershipId, CancellationToken ct)
    {
        var activities = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved);

        // Undated activities cannot be placed on a year axis; the data table's total says how many are shown.
        var perYear = await activities.Where(a => a.StartDate != null || a.EndDate != null)
            .GroupBy(a => new { a.Kind, (a.StartDate ?? a.EndDate)!.Value.Year })
            .Select(g => new ActivityFact(g.Key.Kind, g.Key.Year, g.Count())).ToListAsync(ct);

        var visits = await VisitsAsync(partnershipId, ct);

        // One row per (sector, stage, currency) with the projects counted and their budgets summed,
        // rather than every project.
        var projects = await db.Projects.AsNoTracking().Where(p => p.PartnershipId == partnershipId && p.State == RecordState.Approved)
            .GroupBy(p => new { p.Sector, p.IatiStatus, p.BudgetCurrency, Budgeted = p.BudgetAmount != null })
            .Select(g => new ProjectFact(g.Key.Sector, g.Key.IatiStatus, g.Key.Budgeted ? g.Sum(p => p.BudgetAmount) : null, g.Key.BudgetCurrency, g.Count()))
            .ToListAsync(ct);

        // Two yes/no questions per commitment (EXISTS, answered at the first matching activity) rather
        // than every carrying-out activity's status: a commitment may be carried out by thousands.
        var links = db.Set<Dictionary<string, object>>("ActivityCommitments");
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.Agreement!.PartnershipId == partnershipId && c.Agreement.State == RecordState.Approved)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Area,
                Completed = links.Any(l => EF.Property<int>(l, "CommitmentsId") == c.Id
                    && activities.Any(a => a.Id == EF.Property<int>(l, "ActivityId") && a.Status == ActivityStatus.Completed)),
                UnderWay = links.Any(l => EF.Property<int>(l, "CommitmentsId") == c.Id
                    && activities.Any(a => a.Id == EF.Property<int>(l, "ActivityId") && (a.Status == ActivityStatus.InProgress || a.Status == ActivityStatus.Planned))),
            })
            .ToListAsync(ct);

        return new ChartFacts(
            perYear,
            visits,
            projects,
            commitments.Select(c => new CommitmentFact(c.Area, CommitmentProgressRule.Of(c.Completed, c.UnderWay))).ToList());
    }

    /// <summary>
    /// A visit's level needs its leader's posts and its day, so each visit is read as four numbers and the
    /// leaders' posts once per leader (a partnership has a few dozen leaders, not one per visit); the facts
    /// are then counted per (year, direction, level).
    /// </summary>
    private async Task<List<VisitFact>> VisitsAsync(int partnershipId, CancellationToken ct)
    {
        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.PartnershipId == partnershipId && v.State == RecordState.Approved && (v.StartDate != null || v.EndDate != null))
            .Select(v => new
            {
                Day = (v.StartDate ?? v.EndDate)!.Value,
                v.Direction,
                // As VisitLevel.Leader: the recorded leader, else the first participant in the leader's role.
                LeaderId = v.Leader != null ? v.LeaderId
                    : v.Participants.Where(p => p.Role == ParticipantRole.Leader && p.Person != null).OrderBy(p => p.Id).Select(p => (int?)p.PersonId).FirstOrDefault(),
            })
            .ToListAsync(ct);

        var leaderIds = visits.Where(v => v.LeaderId != null).Select(v => v.LeaderId!.Value).Distinct().ToList();
        var posts = await db.Positions.AsNoTracking()
            .Where(p => leaderIds.Contains(p.PersonId) && p.Organisation != null)
            .OrderBy(p => p.Id)
            .Select(p => new Position { Id = p.Id, PersonId = p.PersonId, From = p.From, To = p.To, AttestedOn = p.AttestedOn, Organisation = new Organisation { Kind = p.Organisation!.Kind } })
            .ToListAsync(ct);
        var leaders = posts.GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => new Person { Id = g.Key, Positions = g.ToList() });

        return visits
            .Select(v => (v.Day.Year, v.Direction, Level: VisitLevel.Of(v.LeaderId is { } id ? leaders.GetValueOrDefault(id) : null, v.Day)))
            .GroupBy(v => v)
            .Select(g => new VisitFact(g.Key.Year, g.Key.Direction, g.Key.Level, g.Count()))
            .ToList();
    }

    public static VisitFact Fact(Visits.Visit v)
    {
        var day = v.StartDate ?? v.EndDate;
        var leader = VisitLevel.Leader(v);
        return new VisitFact(day!.Value.Year, v.Direction, VisitLevel.Of(leader, day));
    }
}
