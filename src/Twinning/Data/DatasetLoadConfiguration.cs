using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Twinning.Data;

public sealed class DatasetLoadConfiguration : IEntityTypeConfiguration<DatasetLoad>
{
    public void Configure(EntityTypeBuilder<DatasetLoad> builder)
    {
        builder.HasKey(d => d.Name);
        builder.Property(d => d.Name).HasMaxLength(100);
    }
}
