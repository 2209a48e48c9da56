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
        if (statuses.Contains(ActivityStatus.Completed)) return CommitmentProgress.CarriedOut;
        if (statuses.Any(s => s is ActivityStatus.InProgress or ActivityStatus.Planned)) return CommitmentProgress.InProgress;
        return CommitmentProgress.NotStarted;
    }
}
