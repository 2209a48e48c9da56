using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Twinning.Data.Revisions;

/// <summary>
/// How many saves have changed the records of one scope: a partnership (its id), or the records every
/// partnership shares, people and organisations (<see cref="RecordRevisions.Shared"/>). Raised in the
/// transaction of each save, so a figure computed from the records can be kept as long as the revisions
/// it was computed at are the current ones, on every app instance.
/// </summary>
public sealed class RecordRevision
{
    public int Scope { get; set; }
    public long Revision { get; set; }
}

public sealed class RecordRevisionConfiguration : IEntityTypeConfiguration<RecordRevision>
{
    public void Configure(EntityTypeBuilder<RecordRevision> builder)
    {
        builder.HasKey(r => r.Scope);
        // A scope is a partnership's id (or 0 for shared records), never generated.
        builder.Property(r => r.Scope).ValueGeneratedNever();
    }
}
