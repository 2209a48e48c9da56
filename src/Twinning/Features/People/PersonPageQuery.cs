using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;
using Twinning.Features.Invitations;
using Twinning.Features.Sources;

namespace Twinning.Features.People;

/// <summary>
/// What a person's page shows: the person with their names and posts, and one page of the activities
/// they took part in (newest first) with the count of all, so a leader with thousands of meetings costs
/// what the page shows, not what the record holds. Lists go through <see cref="ReadFilter"/>. The page
/// (and the load benchmark's bare endpoint) call <see cref="LoadAsync"/>.
/// </summary>
public sealed class PersonPageQuery(TwinningDb db, CitationLookup citations)
{
    public const int PageSize = 50;

    /// <summary>Null when there is no such person. The caller still decides whether the person may be read.</summary>
    public async Task<PersonPageData?> LoadAsync(int id, ReadFilter readable, int pageNumber, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Aliases)
            .Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return null;
        var positionCitations = await citations.ForAsync(RecordKind.Position, person.Positions.Select(p => p.Id), ct);

        var attended = readable.Apply(db.Activities.AsNoTracking()).Where(a => a.Participants.Any(p => p.PersonId == id));
        var total = await attended.CountAsync(ct);
        // The page's ids first (the sort handles two columns, not whole activities), then those few
        // activities with everyone who took part.
        var ids = await attended.OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .Skip((Math.Max(1, pageNumber) - 1) * PageSize).Take(PageSize).Select(a => a.Id).ToListAsync(ct);
        var loaded = await db.Activities.AsNoTracking().Include(a => a.Participants).ThenInclude(p => p.Person)
            .Where(a => ids.Contains(a.Id)).AsSplitQuery().ToDictionaryAsync(a => a.Id, ct);
        var activities = ids.Where(loaded.ContainsKey).Select(i => loaded[i]).ToList(); // one deleted meanwhile is left out
        var page = activities.Select(a => new Attendance(a,
            a.Participants.First(p => p.PersonId == id),
            a.Participants.Where(p => p.PersonId != id).ToList())).ToList();

        var invitations = await db.Invitations.AsNoTracking().Include(i => i.Inviter).Include(i => i.Invitee).Include(i => i.FulfilledBy)
            .Where(readable.Predicate<Invitation>()).Where(i => i.InviterId == id || i.InviteeId == id).OrderByDescending(i => i.Date).ToListAsync(ct);
        var signed = await readable.Apply(db.Agreements.AsNoTracking()).Where(a => a.Signatories.Any(s => s.PersonId == id))
            .OrderByDescending(a => a.SignedOn).ToListAsync(ct);
        return new PersonPageData(person, Post.Group(person.Positions, positionCitations), page, total, invitations, signed,
            await citations.ForAsync(RecordKind.Person, id, ct));
    }
}

/// <summary>A person's page: <see cref="Attended"/> is one page of <see cref="AttendedCount"/> activities.</summary>
public sealed record PersonPageData(
    Person Person,
    List<Post> Posts,
    List<Attendance> Attended,
    int AttendedCount,
    List<Invitation> Invitations,
    List<Agreement> Signed,
    List<Citation> Citations);

/// <summary>An activity the person took part in, as whom, and with whom.</summary>
public sealed record Attendance(Activity Activity, ActivityParticipant Self, List<ActivityParticipant> Others);
