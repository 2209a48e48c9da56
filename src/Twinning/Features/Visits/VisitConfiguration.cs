using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.Visits;

public sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasOne(v => v.Leader).WithMany().HasForeignKey(v => v.LeaderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.InvitedBy).WithMany().HasForeignKey(v => v.InvitedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(v => v.HostCity, maxLength: 120);
        builder.HasText(v => v.Purpose, maxLength: 2000);
        builder.HasMany(v => v.Meetings).WithOne(m => m.Visit).HasForeignKey(m => m.VisitId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder) =>
        builder.HasMany(m => m.AgreementsSigned).WithMany().UsingEntity("MeetingAgreementsSigned");
}
