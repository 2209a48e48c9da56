using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Features.Briefings;

/// <summary>
/// Reads what a pack needs from the record. Only Approved records of the one partnership count: a
/// pack is handed to leaders, so nothing still under review may reach it.
/// </summary>
public sealed class BriefingQuery(TwinningDb db)
{
    /// <summary>Null when a requested person is not an approved record (the page answers 400).</summary>
    public async Task<BriefingData?> LoadAsync(Partnerships.Partnership partnership, IReadOnlyCollection<int> personIds, DateOnly date, CancellationToken ct)
    {
        var ids = personIds.Distinct().ToList();
        var people = await db.People.AsNoTracking().Include(p => p.Aliases)
            .Include(p => p.Positions).ThenInclude(p => p.Organisation).ThenInclude(o => o!.Parent)
            .Where(p => ids.Contains(p.Id) && p.State == RecordState.Approved)
            .AsSplitQuery().ToListAsync(ct);
        if (people.Count != ids.Count) return null;

        var pid = partnership.Id;
        // Undated activities are left out: nothing says they came before the meeting.
        var attended = await db.Activities.AsNoTracking()
            .Include(a => a.Participants.Where(p => p.Person!.State == RecordState.Approved)).ThenInclude(p => p.Person)
            .Where(a => a.PartnershipId == pid && a.State == RecordState.Approved && (a is Visit || a is Meeting)
                && (a.StartDate ?? a.EndDate) < date && a.Participants.Any(p => ids.Contains(p.PersonId)))
            .AsSplitQuery().ToListAsync(ct);
        var attendedIds = attended.Select(a => a.Id).ToList();
        // What was signed at a meeting, and at the meetings of a visit (approved agreements only).
        var meetings = await db.Meetings.AsNoTracking()
            .Include(m => m.AgreementsSigned.Where(a => a.State == RecordState.Approved))
            .Where(m => m.State == RecordState.Approved && (attendedIds.Contains(m.Id) || (m.VisitId != null && attendedIds.Contains(m.VisitId.Value))))
            .ToListAsync(ct);

        var commitments = await db.Commitments.AsNoTracking().Include(c => c.Agreement).Include(c => c.Responsible)
            .Where(c => c.Agreement!.PartnershipId == pid && c.Agreement.State == RecordState.Approved && c.Agreement.Status == AgreementStatus.InForce)
            .OrderBy(c => c.AgreementId).ThenBy(c => c.Id).ToListAsync(ct);
        var evidence = (await (from a in db.Activities
                               where a.PartnershipId == pid && a.State == RecordState.Approved
                               from c in a.Commitments
                               select c.Id).ToListAsync(ct))
            .GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());

        var invitations = await db.Invitations.AsNoTracking().Include(i => i.Inviter).Include(i => i.Invitee)
            .Where(i => i.PartnershipId == pid && i.State == RecordState.Approved && i.FulfilledById == null && i.Accepted != false
                && (ids.Contains(i.InviterId) || ids.Contains(i.InviteeId)))
            .OrderBy(i => i.Date).ToListAsync(ct);
        var projects = await db.Projects.AsNoTracking().Include(p => p.Funder).Include(p => p.Recipient).Include(p => p.Commitments)
            .Where(p => p.PartnershipId == pid && p.State == RecordState.Approved)
            .OrderBy(p => p.StartDate).ToListAsync(ct);

        // One line per post, however many articles attest it (the record keeps one position per attestation).
        var noCitations = Array.Empty<Sources.Citation>().ToLookup(c => c.Id);
        var counterparts = ids.Select(id => people.Single(p => p.Id == id)).Select(person =>
        {
            var (current, past) = Positions(person, date);
            var bodies = Bodies(current, past);
            var bodyIds = bodies.Select(b => b.Id).ToHashSet();
            var open = OpenCommitments(commitments, bodyIds, evidence, date);
            var openIds = open.Select(c => c.Commitment.Id).ToHashSet();
            var mine = attended.Where(a => a.Participants.Any(p => p.PersonId == person.Id))
                .OrderBy(a => a.SortDate).ThenBy(a => a.Id)
                .Select(a => new EarlierMeeting(a,
                    // "Our leaders": the people of the other side at that meeting.
                    a.Participants.Where(p => p.Person is not null && p.Person.Country != person.Country).ToList(),
                    meetings.Where(m => m.Id == a.Id || m.VisitId == a.Id).SelectMany(m => m.AgreementsSigned).DistinctBy(g => g.Id).ToList()))
                .ToList();
            return new CounterpartData(person, Post.Group(current, noCitations), Post.Group(past, noCitations), bodies, mine, open,
                invitations.Where(i => i.InviterId == person.Id || i.InviteeId == person.Id).ToList(),
                // Their body's projects (funder, recipient or owner), and projects carrying out the commitments listed for them.
                projects.Where(p => Involves(p.FunderId) || Involves(p.RecipientId) || Involves(p.OwnerOrganisationId)
                    || p.Commitments.Any(c => openIds.Contains(c.Id))).ToList());

            bool Involves(int? organisationId) => organisationId is { } o && bodyIds.Contains(o);
        }).ToList();
        return new BriefingData(partnership, date, counterparts);
    }

    /// <summary>
    /// Current: held on the meeting day (<see cref="Position.HeldOn"/>). Past: not held that day but
    /// known to have begun, or to have been held, before it. Posts known only after the day are left
    /// out: they would be news from the future of the meeting.
    /// </summary>
    internal static (List<Position> Current, List<Position> Past) Positions(Person person, DateOnly date)
    {
        var current = person.Positions.Where(p => p.HeldOn(date)).OrderBy(p => p.From).ToList();
        var past = person.Positions.Except(current)
            .Where(p => (p.From ?? p.AttestedOn ?? p.To) is { } known && known <= date)
            .OrderByDescending(p => p.To ?? p.AttestedOn ?? p.From).ToList();
        return (current, past);
    }

    /// <summary>
    /// The bodies the counterpart speaks for: those of their current posts (else of their latest
    /// past post), with each one's parent, since a department's commitments are often held by its city.
    /// </summary>
    private static List<Organisation> Bodies(List<Position> current, List<Position> past)
    {
        var held = (current.Count > 0 ? current : past.Take(1)).Select(p => p.Organisation).OfType<Organisation>().ToList();
        return held.Concat(held.Select(o => o.Parent).OfType<Organisation>()).DistinctBy(o => o.Id).ToList();
    }

    /// <summary>
    /// The rule (also printed in the pack): commitments of approved agreements in force whose
    /// responsible bodies include the counterpart's body or its parent, plus the other commitments of
    /// the same areas; one is open while no approved activity carries it out yet, or while its
    /// agreement's period runs to the meeting year or later (an unended period counts as running).
    /// </summary>
    private static List<OpenCommitment> OpenCommitments(List<Commitment> commitments, HashSet<int> bodyIds, Dictionary<int, int> evidence, DateOnly date)
    {
        var responsible = commitments.Where(c => c.Responsible.Any(o => bodyIds.Contains(o.Id))).Select(c => c.Id).ToHashSet();
        var areas = commitments.Where(c => responsible.Contains(c.Id)).Select(c => c.Area).ToHashSet();
        return commitments
            .Where(c => responsible.Contains(c.Id) || areas.Contains(c.Area))
            .Select(c => new OpenCommitment(c, responsible.Contains(c.Id), evidence.GetValueOrDefault(c.Id)))
            .Where(c => c.Evidence == 0 || c.Commitment.Agreement!.EndYear is null || c.Commitment.Agreement.EndYear >= date.Year)
            .OrderByDescending(c => c.Responsible).ThenBy(c => c.Commitment.Area).ThenBy(c => c.Commitment.Id)
            .ToList();
    }
}
