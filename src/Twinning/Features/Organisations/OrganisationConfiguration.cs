using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.Organisations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKeyColumns();
        builder.HasText(o => o.Name, required: true, maxLength: 400);
        builder.Property(o => o.Abbreviation).HasMaxLength(40);
        builder.Property(o => o.Country).HasMaxLength(2);
        builder.Property(o => o.City).HasMaxLength(120);
        builder.HasOne(o => o.Parent).WithMany(o => o.Children).HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasSearchColumns();
    }
}
