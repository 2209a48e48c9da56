using Twinning.Features.Activities;

namespace Twinning.Features.Charts;

/// <summary>How far a commitment has got, judged from the approved activities recorded as carrying it out.</summary>
public enum CommitmentProgress
{
    CarriedOut,
    InProgress,
    NotStarted,
}

public static class CommitmentProgressRule
{
    /// <summary>
    /// Carried out once any of its activities is completed; in progress while one is planned or under way;
    /// otherwise not started (proposals and cancelled activities do not carry anything out).
    /// </summary>
    public static CommitmentProgress Of(IEnumerable<ActivityStatus> evidence)
    {
        var statuses = evidence.ToList();
        return Of(statuses.Contains(ActivityStatus.Completed), statuses.Any(IsUnderWay));
    }

    /// <summary>The same rule from two answers the database gives without listing the activities.</summary>
    public static CommitmentProgress Of(bool anyCompleted, bool anyUnderWay) =>
        anyCompleted ? CommitmentProgress.CarriedOut : anyUnderWay ? CommitmentProgress.InProgress : CommitmentProgress.NotStarted;

    public static bool IsUnderWay(ActivityStatus status) => status is ActivityStatus.InProgress or ActivityStatus.Planned;
}
