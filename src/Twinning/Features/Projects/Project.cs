using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;

namespace Twinning.Features.Projects;

/// <summary>A funded work (a building, a school, an agricultural project…).</summary>
public sealed class Project : Activity
{
    public Project() => Kind = ActivityKind.Project;

    public int? FunderId { get; set; }
    public Organisation? Funder { get; set; }
    public int? RecipientId { get; set; }
    public Organisation? Recipient { get; set; }
    public string? Sector { get; set; }
    public decimal? BudgetAmount { get; set; }

    /// <summary>ISO 4217 code (VND, LAK, USD…); set whenever <see cref="BudgetAmount"/> is.</summary>
    public string? BudgetCurrency { get; set; }

    public IatiActivityStatus IatiStatus { get; set; } = IatiActivityStatus.Pipeline;
    public DateOnly? PlannedStart { get; set; }
    public DateOnly? PlannedEnd { get; set; }
    public DateOnly? ActualStart { get; set; }
    public DateOnly? ActualEnd { get; set; }
    public List<Milestone> Milestones { get; set; } = [];
}

/// <summary>IATI activity-status codelist (values are the IATI codes).</summary>
public enum IatiActivityStatus
{
    Pipeline = 1,
    Implementation = 2,
    Finalisation = 3,
    Closed = 4,
    Cancelled = 5,
    Suspended = 6,
}

public sealed class Milestone : Entity
{
    public int ProjectId { get; set; }
    public MilestoneKind Kind { get; set; }
    public DateOnly? Date { get; set; }
    public LocalizedText Label { get; set; } = new();
}

public enum MilestoneKind
{
    Proposal,
    Pledge,
    Groundbreaking,
    Completion,
    Handover,
    Other,
}
