using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Features.Reports;

/// <summary>
/// Reads what a report covers. Only Approved records are read: a draft or a submission is not yet part
/// of the record, so it must not reach a document sent to the leaders.
/// </summary>
/// <remarks>
/// Shaped for a partnership of ten thousand activities: the activities in scope are read in one query
/// (every kind at once, the table being one), and what their sections show besides (a visit's leader and
/// his posts, a programme's intakes, a donation's donor) in one small query each, joined to the scope
/// rather than passed a list of ten thousand ids, then attached in memory. <see cref="LoadAsync"/> is the
/// report's whole read, callable on its own (the load benchmark's "bare endpoint").
/// </remarks>
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
        var linked = agreement is not null && commitmentIds.Count > 0;
        Expression<Func<Activity, bool>> inScopeTest = a => a.PartnershipId == partnershipId && a.State == RecordState.Approved
            && (((from == null || (a.StartDate ?? a.EndDate) >= from) && (to == null || (a.StartDate ?? a.EndDate) <= to) && (a.StartDate ?? a.EndDate) != null)
                || (linked && a.Commitments.Any(c => commitmentIds.Contains(c.Id))));
        var inScope = db.Activities.AsNoTracking().Where(inScopeTest);

        var activities = await LoadActivitiesAsync(inScope, ct);
        var byId = activities.ToDictionary(a => a.Id);

        var links = await (from a in inScope from c in a.Commitments where commitmentIds.Contains(c.Id) select new { CommitmentId = c.Id, ActivityId = a.Id })
            .ToListAsync(ct);
        var evidence = links.Where(l => byId.ContainsKey(l.ActivityId))
            .OrderBy(l => byId[l.ActivityId].SortDate).ThenBy(l => l.ActivityId)
            .ToLookup(l => l.CommitmentId, l => byId[l.ActivityId]);

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
            SourcesByActivity = await SourcesAsync(partnershipId, byId, ct),
        };
    }

    /// <summary>
    /// The activities in scope in date order, each with what its section shows: a visit's leader (or
    /// leading participant) with his posts and their bodies, a programme's intakes, a donation's donor and
    /// recipient. Nothing else of theirs is read: the report shows no project's funder nor an event's organisers.
    /// </summary>
    private async Task<List<Activity>> LoadActivitiesAsync(IQueryable<Activity> inScope, CancellationToken ct)
    {
        var activities = await inScope.ToListAsync(ct);
        var visits = activities.OfType<Visit>().ToDictionary(v => v.Id);

        if (visits.Count > 0)
        {
            // Who led is decided in memory (VisitLevel.Leader): the recorded leader, else the first participant leading.
            // Participants are a few small columns each; people and their posts are read for the possible leaders only.
            var participants = await (from p in db.Participants.AsNoTracking()
                                      join v in inScope.OfType<Visit>() on p.ActivityId equals v.Id
                                      orderby p.Id
                                      select p).ToListAsync(ct);
            var personIds = participants.Where(p => p.Role == ParticipantRole.Leader).Select(p => p.PersonId)
                .Concat(visits.Values.Where(v => v.LeaderId is not null).Select(v => v.LeaderId!.Value))
                .Distinct().ToList();
            var people = await db.People.AsNoTracking().AsSplitQuery().Where(p => personIds.Contains(p.Id))
                .Include(p => p.Positions).ThenInclude(p => p.Organisation).ToDictionaryAsync(p => p.Id, ct);
            foreach (var participant in participants)
            {
                participant.Person = people.GetValueOrDefault(participant.PersonId);
                visits[participant.ActivityId].Participants.Add(participant);
            }
            foreach (var visit in visits.Values)
                visit.Leader = visit.LeaderId is { } leader ? people.GetValueOrDefault(leader) : null;
        }

        var programmes = activities.OfType<Programme>().ToDictionary(p => p.Id);
        if (programmes.Count > 0)
        {
            var intakes = await (from i in db.Set<Intake>().AsNoTracking()
                                 join p in inScope.OfType<Programme>() on i.ProgrammeId equals p.Id
                                 select i).ToListAsync(ct);
            foreach (var intake in intakes) programmes[intake.ProgrammeId].Intakes.Add(intake);
        }

        var donations = activities.OfType<Donation>().ToList();
        if (donations.Count > 0)
        {
            var bodyIds = donations.SelectMany(d => new[] { d.DonorId, d.RecipientId }).OfType<int>().Distinct().ToList();
            var bodies = await db.Organisations.AsNoTracking().Where(o => bodyIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
            foreach (var donation in donations)
            {
                donation.Donor = donation.DonorId is { } donor ? bodies.GetValueOrDefault(donor) : null;
                donation.Recipient = donation.RecipientId is { } recipient ? bodies.GetValueOrDefault(recipient) : null;
            }
        }

        return activities.OrderBy(a => a.SortDate ?? DateOnly.MaxValue).ThenBy(a => a.Id).ToList();
    }

    /// <summary>
    /// The approved sources each of the report's activities is cited from, oldest first. Joined on the
    /// partnership, then narrowed to the report's activities in memory: a correlated "cited activity is in
    /// scope" test would re-run the scope filter once per citation.
    /// </summary>
    private async Task<ILookup<int, Source>> SourcesAsync(int partnershipId, Dictionary<int, Activity> activities, CancellationToken ct)
    {
        var cited = await (from c in db.Citations.AsNoTracking()
                           join a in db.Activities on c.RecordId equals a.Id
                           join s in db.Sources on c.SourceId equals s.Id
                           where c.RecordKind == RecordKind.Activity && a.PartnershipId == partnershipId && a.State == RecordState.Approved && s.State == RecordState.Approved
                           select new { c.RecordId, s.Id, s.Title, s.Outlet, s.Url, s.PublishedOn, s.Language }).ToListAsync(ct);
        var sources = new Dictionary<int, Source>();
        return cited.Where(c => activities.ContainsKey(c.RecordId))
            .DistinctBy(c => (c.RecordId, c.Id))
            .OrderBy(c => c.PublishedOn).ThenBy(c => c.Id)
            .ToLookup(c => c.RecordId, c => sources.TryGetValue(c.Id, out var known) ? known
                : sources[c.Id] = new Source { Id = c.Id, Title = c.Title, Outlet = c.Outlet, Url = c.Url, PublishedOn = c.PublishedOn, Language = c.Language });
    }
}
