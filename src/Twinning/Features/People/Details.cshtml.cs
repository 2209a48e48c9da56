using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Sources;

namespace Twinning.Features.People;

/// <summary>A person: every spelling of their name, the posts they held over time, and every activity they took part in.</summary>
public sealed class PersonDetailsModel(TwinningDb db, CitationLookup citations, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public Person Person { get; private set; } = null!;
    public List<Post> Posts { get; private set; } = [];
    public List<Attendance> Attended { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];
    public List<Invitations.Invitation> Invitations { get; private set; } = [];
    public List<Agreements.Agreement> Signed { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        var person = await db.People.AsNoTracking().Include(p => p.Aliases)
            .Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return NotFound();
        if (await permissions.RefuseReadAsync(person, ct) is { } refused) return refused;
        Person = person;
        var positionCitations = await citations.ForAsync(RecordKind.Position, person.Positions.Select(p => p.Id), ct);
        Posts = Post.Group(person.Positions, positionCitations);

        var readable = await permissions.ReadFilterAsync(ct);
        var activities = await readable.Apply(db.Activities.AsNoTracking())
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .Where(a => a.Participants.Any(p => p.PersonId == id))
            .OrderByDescending(a => a.StartDate).ToListAsync(ct);
        Attended = activities.Select(a => new Attendance(a,
            a.Participants.First(p => p.PersonId == id),
            a.Participants.Where(p => p.PersonId != id).ToList())).ToList();

        Invitations = await db.Invitations.AsNoTracking().Include(i => i.Inviter).Include(i => i.Invitee).Include(i => i.FulfilledBy)
            .Where(readable.Predicate<Invitations.Invitation>()).Where(i => i.InviterId == id || i.InviteeId == id).OrderByDescending(i => i.Date).ToListAsync(ct);
        Signed = await readable.Apply(db.Agreements.AsNoTracking()).Where(a => a.Signatories.Any(s => s.PersonId == id))
            .OrderByDescending(a => a.SignedOn).ToListAsync(ct);
        Citations = await citations.ForAsync(RecordKind.Person, id, ct);
        return Page();
    }

    /// <summary>An activity the person took part in, as whom, and with whom.</summary>
    public sealed record Attendance(Activity Activity, ActivityParticipant Self, List<ActivityParticipant> Others);
}
