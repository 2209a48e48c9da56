using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Reports;

/// <summary>
/// Reads what a report covers. Only Approved records are read: a draft or a submission is not yet part
/// of the record, so it must not reach a document sent to the leaders.
/// </summary>
public sealed class ReportQuery(TwinningDb db)
{
    /// <summary>Null when the partnership or the agreement does not exist (or is not approved) for this partnership.</summary>
    public async Task<ReportData?> LoadAsync(int partnershipId, ReportRequest request, TimeProvider clock, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return null;
        var today = IssuingSide.Today(clock, partnership, request.Language);

        var approvedAgreements = db.Agreements.AsNoTracking().AsSplitQuery()
            .Include(a => a.Parties).Include(a => a.Signatories).ThenInclude(s => s.Person)
            .Include(a => a.Commitments)
            .Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved);

        Agreement? agreement = null;
        List<Agreement> reviewed;
        var (from, to) = (request.From, request.To);
        if (request.Agreement is { } agreementId)
        {
            agreement = await approvedAgreements.FirstOrDefaultAsync(a => a.Id == agreementId, ct);
            if (agreement is null) return null;
            reviewed = [agreement, .. await approvedAgreements.Where(a => a.ParentId == agreementId).OrderBy(a => a.SignedOn).ToListAsync(ct)];
            // Without dates, the agreement's own period bounds the activities not linked to it.
            from ??= agreement.StartYear is { } start ? new DateOnly(start, 1, 1) : agreement.SignedOn;
            to ??= agreement.EndYear is { } end ? new DateOnly(end, 12, 31) : null;
        }
        else
        {
            // In force at some time in the range: started (or signed) by its end and not ended before its start.
            var (fromYear, toYear) = (from!.Value.Year, to!.Value.Year);
            reviewed = await approvedAgreements
                .Where(a => (a.StartYear ?? (a.SignedOn == null ? int.MinValue : a.SignedOn.Value.Year)) <= toYear && (a.EndYear == null || a.EndYear >= fromYear))
                .OrderBy(a => a.SignedOn).ToListAsync(ct);
        }

        var reviewedIds = reviewed.Select(a => a.Id).ToList();
        var agencyAgreements = await approvedAgreements
            .Where(a => a.ParentId != null && (reviewedIds.Contains(a.ParentId.Value) || (a.SignedOn >= from && a.SignedOn <= to)))
            .OrderBy(a => a.SignedOn).ToListAsync(ct);
        var commitments = reviewed.SelectMany(a => a.Commitments).OrderBy(c => c.Area).ThenBy(c => c.Id).ToList();
        var commitmentIds = commitments.Select(c => c.Id).ToList();

        // An agreement's report counts every activity recorded as carrying it out, whenever it was
        // dated; a range's report only what falls within the range.
        var linkedCount = agreement is null ? 0 : commitmentIds.Count;
        var inScope = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved
            && (((from == null || (a.StartDate ?? a.EndDate) >= from) && (to == null || (a.StartDate ?? a.EndDate) <= to) && (a.StartDate ?? a.EndDate) != null)
                || (linkedCount > 0 && a.Commitments.Any(c => commitmentIds.Contains(c.Id)))));

        var activities = await LoadKindsAsync(inScope, ct);
        var ids = activities.Select(a => a.Id).ToHashSet();

        var links = await (from a in inScope from c in a.Commitments where commitmentIds.Contains(c.Id) select new { CommitmentId = c.Id, ActivityId = a.Id })
            .ToListAsync(ct);
        var byId = activities.ToDictionary(a => a.Id);
        var evidence = links.Where(l => byId.ContainsKey(l.ActivityId))
            .OrderBy(l => byId[l.ActivityId].SortDate).ThenBy(l => l.ActivityId)
            .ToLookup(l => l.CommitmentId, l => byId[l.ActivityId]);

        // Joined on the partnership, then narrowed to the report's activities in memory: a correlated
        // "cited activity is in scope" test would re-run the scope filter once per citation.
        var citations = (await (from c in db.Citations.AsNoTracking()
                                join a in db.Activities on c.RecordId equals a.Id
                                where c.RecordKind == RecordKind.Activity && a.PartnershipId == partnershipId && a.State == RecordState.Approved
                                select new { c.RecordId, c.SourceId }).Distinct().ToListAsync(ct))
            .Where(c => ids.Contains(c.RecordId)).ToList();
        var sourceIds = citations.Select(c => c.SourceId).Distinct().ToList();
        var sources = await db.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id) && s.State == RecordState.Approved)
            .Select(s => new Source { Id = s.Id, Title = s.Title, Outlet = s.Outlet, Url = s.Url, PublishedOn = s.PublishedOn, Language = s.Language })
            .ToDictionaryAsync(s => s.Id, ct);

        var day = request.Date ?? today;
        var anniversaries = await db.Anniversaries.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved).ToListAsync(ct);

        return new ReportData
        {
            Milestones = anniversaries.SelectMany(a => a.MilestonesFrom(day, 1)).Where(m => m.Date <= day.AddYears(5)).OrderBy(m => m.Date).ToList(),
            Partnership = partnership,
            Today = today,
            Agreement = agreement,
            From = from,
            To = to,
            AgencyAgreements = agencyAgreements,
            Commitments = commitments,
            Activities = activities,
            EvidenceByCommitment = evidence,
            SourcesByActivity = citations.Where(c => sources.ContainsKey(c.SourceId))
                .OrderBy(c => sources[c.SourceId].PublishedOn).ToLookup(c => c.RecordId, c => sources[c.SourceId]),
        };
    }

    /// <summary>
    /// One query per kind, each with what its section shows (a visit's leader and his posts, a
    /// project's funder…): a query for all kinds at once could not include the kinds' own links.
    /// </summary>
    private async Task<List<Activity>> LoadKindsAsync(IQueryable<Activity> inScope, CancellationToken ct)
    {
        var ids = inScope.Select(a => a.Id);
        var all = new List<Activity>();
        all.AddRange(await db.Visits.AsNoTracking().AsSplitQuery().Where(v => ids.Contains(v.Id))
            .Include(v => v.Leader).ThenInclude(p => p!.Positions).ThenInclude(p => p.Organisation)
            .Include(v => v.Participants).ThenInclude(p => p.Person!).ThenInclude(p => p.Positions).ThenInclude(p => p.Organisation)
            .ToListAsync(ct));
        all.AddRange(await db.Projects.AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id))
            .Include(p => p.Funder).Include(p => p.Recipient).ToListAsync(ct));
        all.AddRange(await db.Programmes.AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id))
            .Include(p => p.Intakes).Include(p => p.Provider).Include(p => p.Beneficiary).ToListAsync(ct));
        all.AddRange(await db.Events.AsNoTracking().AsSplitQuery().Where(e => ids.Contains(e.Id)).Include(e => e.Organisers).ToListAsync(ct));
        all.AddRange(await db.Donations.AsNoTracking().AsSplitQuery().Where(d => ids.Contains(d.Id))
            .Include(d => d.Donor).Include(d => d.Recipient).ToListAsync(ct));
        all.AddRange(await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).ToListAsync(ct));
        return all.OrderBy(a => a.SortDate ?? DateOnly.MaxValue).ThenBy(a => a.Id).ToList();
    }
}
