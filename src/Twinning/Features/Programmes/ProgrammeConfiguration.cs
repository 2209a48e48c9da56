using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.Programmes;

public sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasOne(p => p.Provider).WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Beneficiary).WithMany().HasForeignKey(p => p.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Intakes).WithOne().HasForeignKey(i => i.ProgrammeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.HasKeyColumns();
        builder.HasIndex(i => new { i.ProgrammeId, i.Year }).IsUnique();
    }
}
