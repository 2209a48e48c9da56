using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Twinning.Data;

namespace Twinning.Features.People;

public sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasKeyColumns();
        builder.HasText(p => p.Name, required: true, maxLength: 200);
        builder.Property(p => p.Country).HasMaxLength(2);
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Positions).WithOne(p => p.Person).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasSearchColumns();
    }
}

public sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder) =>
        builder.Property(a => a.Name).HasMaxLength(200);
}

public sealed class PositionConfiguration : IEntityTypeConfiguration<Position>
{
    public void Configure(EntityTypeBuilder<Position> builder)
    {
        builder.HasKeyColumns();
        builder.Property(p => p.Title).HasMaxLength(400);
        builder.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        // A part follows its record: hidden with it when the record is (soft) deleted.
        builder.HasQueryFilter(p => p.Person!.DeletedAt == null);
    }
}
