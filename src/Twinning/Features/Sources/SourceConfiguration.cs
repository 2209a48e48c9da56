using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.Sources;

public sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.HasKeyColumns();
        builder.Property(s => s.Title).HasMaxLength(1000);
        builder.Property(s => s.Outlet).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(2000);
        builder.Property(s => s.Language).HasMaxLength(8);
        builder.HasOne<Partnerships.Partnership>().WithMany().HasForeignKey(s => s.PartnershipId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(s => s.Citations).WithOne(c => c.Source).HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CitationConfiguration : IEntityTypeConfiguration<Citation>
{
    public void Configure(EntityTypeBuilder<Citation> builder)
    {
        builder.Property(c => c.Quote).HasMaxLength(4000);
        builder.HasIndex(c => new { c.RecordKind, c.RecordId });
        // A part follows its record: hidden with it when the record is (soft) deleted.
        builder.HasQueryFilter(c => c.Source!.DeletedAt == null);
    }
}
