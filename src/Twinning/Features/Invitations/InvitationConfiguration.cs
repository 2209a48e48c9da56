using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Invitations;

public sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.HasKeyColumns();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(i => i.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Inviter).WithMany().HasForeignKey(i => i.InviterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Invitee).WithMany().HasForeignKey(i => i.InviteeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.FulfilledBy).WithMany().HasForeignKey(i => i.FulfilledById).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(i => i.Description, required: true, maxLength: 2000);
    }
}
