namespace Twinning.Features.Workflow;

/// <summary>
/// Where a record stands. Only Approved records count in dashboards, figures and reports; the others
/// are shown, clearly marked, to those who may act on them.
/// </summary>
public enum RecordState
{
    Draft,
    Submitted,
    Approved,
    Returned,
}
