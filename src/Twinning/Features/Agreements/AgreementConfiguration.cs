using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Agreements;

public sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasKeyColumns();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasText(a => a.Title, required: true, maxLength: 1000);
        builder.HasText(a => a.SignedPlace, maxLength: 120);
        builder.HasOne(a => a.Predecessor).WithMany().HasForeignKey(a => a.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Parent).WithMany(a => a.AgencyAgreements).HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Parties).WithMany().UsingEntity("AgreementParties");
        builder.HasMany(a => a.Signatories).WithOne().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Commitments).WithOne(c => c.Agreement).HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSearchColumns();
        builder.Ignore(a => a.Period);
    }
}

public sealed class AgreementSignatoryConfiguration : IEntityTypeConfiguration<AgreementSignatory>
{
    public void Configure(EntityTypeBuilder<AgreementSignatory> builder)
    {
        builder.HasOne(s => s.Person).WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Title).HasMaxLength(400);
        // A part follows its record: hidden with it when the record is (soft) deleted.
        builder.HasQueryFilter(s => s.Person!.DeletedAt == null);
    }
}

public sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.HasKeyColumns();
        builder.HasText(c => c.Text, required: true, maxLength: 2000);
        builder.HasMany(c => c.Responsible).WithMany().UsingEntity("CommitmentResponsibleOrganisations");
        // A part follows its record: hidden with it when the record is (soft) deleted.
        builder.HasQueryFilter(c => c.Agreement!.DeletedAt == null);
    }
}
