using Twinning.Features.Workflow;

namespace Twinning.Data;

/// <summary>
/// A record people keep by hand (an organisation, a person, an agreement, an activity…), as opposed
/// to the parts stored inside one (a position, a commitment, a milestone). Records carry their
/// workflow state, whether the public may see them, a version for optimistic concurrency, soft
/// deletion and who made and last changed them.
/// </summary>
public abstract class Record : Entity
{
    public RecordState State { get; set; } = RecordState.Draft;

    /// <summary>Why an Editor returned the record to its author.</summary>
    public string? ReturnComment { get; set; }

    /// <summary>Shown on the public timeline to visitors who are not signed in (only once Approved).</summary>
    public bool IsPublic { get; set; }

    /// <summary>Raised by every save; a save based on an older version is refused (optimistic concurrency).</summary>
    public int Version { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedById { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public string? UpdatedById { get; set; }

    /// <summary>Soft deletion: a deleted record is hidden everywhere but the Editors' bin, and can be restored.</summary>
    public DateTime? DeletedAt { get; set; }
    public string? DeletedById { get; set; }

    /// <summary>The country side the record was submitted from: an Editor approves submissions of their own side.</summary>
    public string? SubmittedBySide { get; set; }
}
