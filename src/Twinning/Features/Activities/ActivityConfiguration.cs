using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Activities;

public sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.ToTable("Activities");
        builder.HasKeyColumns();
        builder.HasDiscriminator(a => a.Kind)
            .HasValue<Visits.Visit>(ActivityKind.Visit)
            .HasValue<Visits.Meeting>(ActivityKind.Meeting)
            .HasValue<Projects.Project>(ActivityKind.Project)
            .HasValue<Programmes.Programme>(ActivityKind.Programme)
            .HasValue<Events.PromotionEvent>(ActivityKind.Event)
            .HasValue<Donations.Donation>(ActivityKind.Donation);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(a => a.Title, required: true, maxLength: 1000);
        builder.HasText(a => a.Summary, maxLength: 4000);
        builder.HasText(a => a.Place, maxLength: 200);
        builder.HasMany(a => a.Commitments).WithMany().UsingEntity("ActivityCommitments");
        builder.HasMany(a => a.Participants).WithOne(p => p.Activity).HasForeignKey(p => p.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.PartnershipId, a.StartDate });
        // The dashboard counts a partnership's approved activities by kind, year and direction: this index
        // holds every column those counts read (with DeletedAt, which every query filters on), so the
        // database answers them from the index alone instead of visiting each activity's row.
        builder.HasIndex(a => new { a.PartnershipId, a.State, a.Kind, a.StartDate, a.EndDate, a.Direction, a.DeletedAt }, "IX_Activities_Figures");
        builder.HasSearchColumns();
        builder.Ignore(a => a.SortDate);
    }
}

public sealed class ActivityParticipantConfiguration : IEntityTypeConfiguration<ActivityParticipant>
{
    public void Configure(EntityTypeBuilder<ActivityParticipant> builder)
    {
        builder.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Title).HasMaxLength(400);
        builder.HasIndex(p => new { p.PersonId, p.ActivityId });
        // A part follows its record: hidden with it when the record is (soft) deleted.
        builder.HasQueryFilter(p => p.Activity!.DeletedAt == null);
    }
}
