using Twinning.Data;
using Twinning.Features.Agreements;
using Twinning.Features.People;
using Twinning.Features.Search;

namespace Twinning.Features.Activities;

/// <summary>
/// Anything done to carry out an agreement: a visit, a meeting, a project, a programme, an event
/// or a donation. All kinds share one table (EF table-per-hierarchy) so the timeline, the dashboard
/// and the agreement page can read them in one query.
/// </summary>
public abstract class Activity : Record, IPartnershipScoped, ISearchable
{
    public int PartnershipId { get; set; }
    public ActivityKind Kind { get; protected set; }
    public LocalizedText Title { get; set; } = new();
    public LocalizedText? Summary { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The source gave day and month only; the year was inferred from context.</summary>
    public bool DateInferred { get; set; }

    public LocalizedText? Place { get; set; }
    public ActivityStatus Status { get; set; }
    public Direction Direction { get; set; }

    public List<Commitment> Commitments { get; set; } = [];
    public List<ActivityParticipant> Participants { get; set; } = [];

    /// <summary>The organisation whose activity this is: its Contributors may edit it.</summary>
    public int? OwnerOrganisationId { get; set; }

    public string SearchKey { get; set; } = "";
    public string PhoneticKey { get; set; } = "";

    public IEnumerable<string> SearchNames() => Title.All();

    /// <summary>The day used to order activities: the start, else the end.</summary>
    public DateOnly? SortDate => StartDate ?? EndDate;
}

public enum ActivityKind
{
    Visit,
    Meeting,
    Project,
    Programme,
    Event,
    Donation,
}

public enum ActivityStatus
{
    Proposed,
    Planned,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>Which side goes to which: A is the partnership's first city.</summary>
public enum Direction
{
    AToB,
    BToA,
    Joint,
}

/// <summary>A person taking part in an activity, with the title they held that day.</summary>
public sealed class ActivityParticipant
{
    public int Id { get; set; }
    public int ActivityId { get; set; }
    public Activity? Activity { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public ParticipantRole Role { get; set; }
    public string? Title { get; set; }

    /// <summary>
    /// Makes an activity's participants the people chosen on a form: people still listed keep their row
    /// (role and title as recorded); new ones take part as participants.
    /// </summary>
    public static void Sync(List<ActivityParticipant> participants, IEnumerable<int> personIds)
    {
        var wanted = personIds.Distinct().ToList();
        participants.RemoveAll(p => !wanted.Contains(p.PersonId));
        foreach (var personId in wanted.Where(id => participants.All(p => p.PersonId != id)))
            participants.Add(new ActivityParticipant { PersonId = personId, Role = ParticipantRole.Participant });
    }
}

public enum ParticipantRole
{
    Leader,
    Member,
    Host,
    Guest,
    Signatory,
    Participant,
}
