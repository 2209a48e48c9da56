using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.Partnerships;

public sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.HasKeyColumns();
        builder.HasText(p => p.Name, required: true, maxLength: 200);
        builder.HasText(p => p.CityAName, required: true, maxLength: 120);
        builder.HasText(p => p.CityBName, required: true, maxLength: 120);
        builder.Property(p => p.CityACountry).HasMaxLength(2);
        builder.Property(p => p.CityBCountry).HasMaxLength(2);
    }
}
