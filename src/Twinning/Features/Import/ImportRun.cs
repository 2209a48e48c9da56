using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Features.Import;

/// <summary>
/// One acceptance of an article's proposals: who accepted what into which partnership, and what it created
/// and what it added to records already held — the import history, and what an undo takes back.
/// </summary>
public sealed class ImportRun
{
    public int Id { get; set; }
    /// <summary>The article; optional only because an article in the bin must not hide its imports from the history.</summary>
    public int? SourceId { get; set; }
    public Source? Source { get; set; }
    public int PartnershipId { get; set; }
    public string? AcceptedById { get; set; }
    public string AcceptedByName { get; set; } = "";
    public DateTime AcceptedAt { get; set; }
    public DateTime? UndoneAt { get; set; }
    public string? UndoneByName { get; set; }
    public List<ImportedRecord> Records { get; set; } = [];
}

/// <summary>A record an import created (<see cref="Created"/>) or cited as evidence, with the version the import left it at.</summary>
public sealed class ImportedRecord
{
    public int Id { get; set; }
    public int ImportRunId { get; set; }
    public RecordKind Kind { get; set; }
    public int RecordId { get; set; }
    public bool Created { get; set; }
    public int VersionAfterImport { get; set; }
}

public sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.AcceptedByName).HasMaxLength(256);
        builder.Property(r => r.UndoneByName).HasMaxLength(256);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(r => r.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Records).WithOne().HasForeignKey(r => r.ImportRunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.PartnershipId, r.AcceptedAt });
    }
}
