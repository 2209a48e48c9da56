using Twinning.Features.Activities;
using Twinning.Features.Visits;

namespace Twinning.Features.Import;

/// <summary>
/// What the reviewer decided about one proposal: accept it or not, and the fields they corrected.
/// Which fields mean something depends on the proposal (a person has a name and a side; an event a
/// title, dates and kind; an agreement a title and period; a project a name and status).
/// </summary>
public sealed class ProposalEdit
{
    public bool Accept { get; set; }

    public string? Name { get; set; }

    public string? Side { get; set; }

    public DateOnly? Date { get; set; }

    public DateOnly? EndDate { get; set; }

    public int? StartYear { get; set; }

    public int? EndYear { get; set; }

    public MeetingKind? MeetingKind { get; set; }

    /// <summary>Which side travelled (a visit's or a meeting's), read from the delegation; the reviewer may correct it.</summary>
    public Direction? Direction { get; set; }

    public ActivityStatus? Status { get; set; }
}
