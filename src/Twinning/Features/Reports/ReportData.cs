using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Features.Reports;

/// <summary>Everything a report says, read from Approved records only (see <see cref="ReportQuery"/>).</summary>
public sealed class ReportData
{
    public required Partnership Partnership { get; init; }

    /// <summary>The agreement reported on; null for a report on a date range.</summary>
    public Agreement? Agreement { get; init; }

    public DateOnly? From { get; init; }

    /// <summary>Today in the issuing city's time zone (see <see cref="IssuingSide"/>): the date line's default.</summary>
    public DateOnly Today { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Agency-level agreements signed under the reviewed agreements or within the range.</summary>
    public required IReadOnlyList<Agreement> AgencyAgreements { get; init; }

    public required IReadOnlyList<Commitment> Commitments { get; init; }

    /// <summary>Every activity of the report in date order, each kind with what its section shows loaded.</summary>
    public required IReadOnlyList<Activity> Activities { get; init; }

    /// <summary>For each commitment, the report's activities that carry it out.</summary>
    public required ILookup<int, Activity> EvidenceByCommitment { get; init; }

    /// <summary>Round anniversaries coming after the report's date: occasions the next steps usually plan for.</summary>
    public IReadOnlyList<Anniversaries.AnniversaryMilestone> Milestones { get; init; } = [];

    /// <summary>The sources each activity is cited from.</summary>
    public required ILookup<int, Source> SourcesByActivity { get; init; }
}
