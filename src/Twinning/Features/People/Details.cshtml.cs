using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Sources;

namespace Twinning.Features.People;

/// <summary>A person: every spelling of their name, the posts they held over time, and every activity they took part in.</summary>
public sealed class PersonDetailsModel(TwinningDb db, CitationLookup citations) : PageModel
{
    public Person Person { get; private set; } = null!;
    public List<Position> Positions { get; private set; } = [];
    public List<Attendance> Attended { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];
    public ILookup<int, Citation> PositionCitations { get; private set; } = Enumerable.Empty<Citation>().ToLookup(c => 0);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Include(p => p.Aliases)
            .Include(p => p.Positions).ThenInclude(p => p.Organisation)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return NotFound();
        Person = person;
        // Newest first; a post known only by the day an article saw it sorts by that day.
        Positions = person.Positions.OrderByDescending(p => p.From ?? p.AttestedOn ?? p.To).ThenBy(p => p.Id).ToList();

        var activities = await db.Activities.AsNoTracking()
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .Where(a => a.Participants.Any(p => p.PersonId == id))
            .OrderByDescending(a => a.StartDate).ToListAsync(ct);
        Attended = activities.Select(a => new Attendance(a,
            a.Participants.First(p => p.PersonId == id),
            a.Participants.Where(p => p.PersonId != id).ToList())).ToList();

        Citations = await citations.ForAsync(RecordKind.Person, id, ct);
        PositionCitations = await citations.ForAsync(RecordKind.Position, Positions.Select(p => p.Id), ct);
        return Page();
    }

    /// <summary>An activity the person took part in, as whom, and with whom.</summary>
    public sealed record Attendance(Activity Activity, ActivityParticipant Self, List<ActivityParticipant> Others);
}
