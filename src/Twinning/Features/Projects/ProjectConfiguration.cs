using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.Projects;

public sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.HasOne(p => p.Funder).WithMany().HasForeignKey(p => p.FunderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Recipient).WithMany().HasForeignKey(p => p.RecipientId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Sector).HasMaxLength(120);
        builder.Property(p => p.BudgetAmount).HasPrecision(18, 2);
        builder.Property(p => p.BudgetCurrency).HasMaxLength(3);
        builder.HasMany(p => p.Milestones).WithOne().HasForeignKey(m => m.ProjectId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.HasKeyColumns();
        builder.HasText(m => m.Label, required: true, maxLength: 400);
    }
}
