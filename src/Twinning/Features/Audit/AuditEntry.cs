namespace Twinning.Features.Audit;

/// <summary>One change to one record: who, when, and each field before and after (JSON).</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>The record's type name (Person, Visit, Agreement…).</summary>
    public string RecordType { get; set; } = "";
    public int RecordId { get; set; }
    public int? PartnershipId { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>{"Field": {"before": …, "after": …}, …}</summary>
    public string Changes { get; set; } = "{}";
}

public enum AuditAction
{
    Created,
    Updated,
    Deleted,
    Restored,
}
