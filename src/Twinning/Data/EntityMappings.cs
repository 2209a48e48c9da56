using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Twinning.Data;

/// <summary>Column mappings shared by many entities, so each is written once.</summary>
public static class EntityMappings
{
    /// <summary>Maps a <see cref="LocalizedText"/> property to three columns: {Prefix}Vi, {Prefix}En, {Prefix}Lo.</summary>
    public static EntityTypeBuilder<T> HasText<T>(this EntityTypeBuilder<T> builder,
        Expression<Func<T, LocalizedText?>> property, bool required = false, int maxLength = 2000) where T : class
    {
        var prefix = ((MemberExpression)property.Body).Member.Name;
        builder.OwnsOne(property!, text =>
        {
            text.Property(t => t.Vi).HasColumnName(prefix + "Vi").HasMaxLength(maxLength);
            text.Property(t => t.En).HasColumnName(prefix + "En").HasMaxLength(maxLength);
            text.Property(t => t.Lo).HasColumnName(prefix + "Lo").HasMaxLength(maxLength);
        });
        if (required) builder.Navigation(property!).IsRequired();
        return builder;
    }

    /// <summary>The folded-name columns of a record the search box finds.</summary>
    public static EntityTypeBuilder<T> HasSearchColumns<T>(this EntityTypeBuilder<T> builder) where T : class, Features.Search.ISearchable
    {
        builder.Property(e => e.SearchKey).HasMaxLength(4000);
        builder.Property(e => e.PhoneticKey).HasMaxLength(4000);
        return builder;
    }

    /// <summary>The stable external key, unique per record type.</summary>
    public static EntityTypeBuilder<T> HasKeyColumns<T>(this EntityTypeBuilder<T> builder) where T : Entity
    {
        builder.Property(e => e.Key).HasMaxLength(120);
        builder.HasIndex(e => e.Key).IsUnique();
        return builder;
    }
}
