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

/// <summary>Activities of a kind in a year: <paramref name="Count"/> of them (one each where the report derives them).</summary>
public sealed record ActivityFact(ActivityKind Kind, int Year, int Count = 1);

/// <summary>A visit's level is the kind of body its leader spoke for that day (Party committee, People's Committee…).</summary>
public sealed record VisitFact(int Year, Direction Direction, OrganisationKind? Level, int Count = 1);

/// <summary>Projects of a sector, stage and currency: <paramref name="Budget"/> is their budgets' sum (null when none has one).</summary>
public sealed record ProjectFact(string? Sector, IatiActivityStatus Status, decimal? Budget, string? Currency, int Count = 1);

public sealed record CommitmentFact(CommitmentArea Area, CommitmentProgress Progress);
