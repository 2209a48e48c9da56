using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Anniversaries;

public sealed class AnniversaryConfiguration : IEntityTypeConfiguration<Anniversary>
{
    public void Configure(EntityTypeBuilder<Anniversary> builder)
    {
        builder.HasKeyColumns();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(a => a.Name, required: true, maxLength: 400);
    }
}
