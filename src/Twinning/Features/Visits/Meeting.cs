using Twinning.Features.Activities;
using Twinning.Features.Agreements;

namespace Twinning.Features.Visits;

/// <summary>Talks, a courtesy call, a working session, a signing… usually inside a visit.</summary>
public sealed class Meeting : Activity
{
    public Meeting() => Kind = ActivityKind.Meeting;

    public MeetingKind MeetingKind { get; set; }
    public int? VisitId { get; set; }
    public Visit? Visit { get; set; }

    /// <summary>Agreements signed at this meeting.</summary>
    public List<Agreement> AgreementsSigned { get; set; } = [];
}

public enum MeetingKind
{
    Talks,
    CourtesyCall,
    Reception,
    WorkingSession,
    Signing,
    Conference,
    Ceremony,
}
