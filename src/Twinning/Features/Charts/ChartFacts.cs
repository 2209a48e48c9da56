using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Organisations;
using Twinning.Features.Projects;

namespace Twinning.Features.Charts;

/// <summary>
/// The few fields each chart counts, one row per approved record. The dashboard reads them with
/// <see cref="ChartQueries"/>; the report derives them from what it has already loaded, so the
/// charts and the report's tables always agree.
/// </summary>
public sealed record ChartFacts(
    IReadOnlyList<ActivityFact> Activities,
    IReadOnlyList<VisitFact> Visits,
    IReadOnlyList<ProjectFact> Projects,
    IReadOnlyList<CommitmentFact> Commitments);

public sealed record ActivityFact(ActivityKind Kind, int Year);

/// <summary>A visit's level is the kind of body its leader spoke for that day (Party committee, People's Committee…).</summary>
public sealed record VisitFact(int Year, Direction Direction, OrganisationKind? Level);

public sealed record ProjectFact(string? Sector, IatiActivityStatus Status, decimal? Budget, string? Currency);

public sealed record CommitmentFact(CommitmentArea Area, CommitmentProgress Progress);
