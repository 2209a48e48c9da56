using Twinning.Extraction;
using Twinning.Extraction.Text;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;

namespace Twinning.Features.Import;

/// <summary>How the extractor's vocabulary (the evaluation schema's) reads in Twinning's record model.</summary>
public static class ImportMapping
{
    /// <summary>The kind of meeting an extracted event is; visits are records of their own.</summary>
    public static MeetingKind MeetingKindOf(EventKind kind) => kind switch
    {
        EventKind.Talks => MeetingKind.Talks,
        EventKind.Signing => MeetingKind.Signing,
        EventKind.Conference => MeetingKind.Conference,
        EventKind.Ceremony => MeetingKind.Ceremony,
        // "tiếp", "gặp", "chào xã giao": a call on someone is the commonest reading; the reviewer can change it.
        _ => MeetingKind.CourtesyCall,
    };

    public static ActivityStatus StatusOf(Extraction.ProjectStatus status) => status switch
    {
        Extraction.ProjectStatus.Completed => ActivityStatus.Completed,
        Extraction.ProjectStatus.InProgress => ActivityStatus.InProgress,
        Extraction.ProjectStatus.Proposed => ActivityStatus.Proposed,
        _ => ActivityStatus.Planned,
    };

    public static Projects.IatiActivityStatus IatiStatusOf(ActivityStatus status) => status switch
    {
        ActivityStatus.Completed => Projects.IatiActivityStatus.Closed,
        ActivityStatus.InProgress => Projects.IatiActivityStatus.Implementation,
        ActivityStatus.Cancelled => Projects.IatiActivityStatus.Cancelled,
        _ => Projects.IatiActivityStatus.Pipeline,
    };

    /// <summary>A past event happened; a future one is planned.</summary>
    public static ActivityStatus StatusOn(DateOnly date, DateOnly today) => date <= today ? ActivityStatus.Completed : ActivityStatus.Planned;

    /// <summary>Held in the second city: the first city's delegation went there, and the other way round.</summary>
    public static Direction DirectionOf(string? place, Partnership partnership)
    {
        var folded = TextFolding.Fold(place);
        if (folded.Length == 0) return Direction.Joint;
        if (partnership.CityBName.All().Any(n => TextFolding.Fold(n) == folded)) return Direction.AToB;
        if (partnership.CityAName.All().Any(n => TextFolding.Fold(n) == folded)) return Direction.BToA;
        return Direction.Joint;
    }

    /// <summary>A memorandum ("bản ghi nhớ") or a cooperation agreement, read from its title.</summary>
    public static AgreementKind AgreementKindOf(string title) =>
        TextFolding.Fold(title).Contains("ghi nho", StringComparison.Ordinal) || TextFolding.Fold(title).Contains("memorandum", StringComparison.Ordinal)
            ? AgreementKind.MemorandumOfUnderstanding : AgreementKind.CooperationAgreement;

    public static AgreementStatus AgreementStatusOf(int? startYear, int? endYear, int thisYear) =>
        endYear is { } end && end < thisYear ? AgreementStatus.Expired
        : startYear is { } start && start > thisYear ? AgreementStatus.Draft
        : AgreementStatus.InForce;
}
