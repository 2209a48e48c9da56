using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Twinning.Features.Events;

public sealed class PromotionEventConfiguration : IEntityTypeConfiguration<PromotionEvent>
{
    public void Configure(EntityTypeBuilder<PromotionEvent> builder) =>
        builder.HasMany(e => e.Organisers).WithMany().UsingEntity("EventOrganisers");
}
