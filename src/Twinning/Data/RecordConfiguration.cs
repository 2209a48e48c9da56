using Microsoft.EntityFrameworkCore;

namespace Twinning.Data;

/// <summary>Mapping every <see cref="Record"/> type shares: version token, soft-delete filter, state index.</summary>
internal static class RecordConfiguration
{
    public static void ApplyToRecords(ModelBuilder modelBuilder)
    {
        var roots = modelBuilder.Model.GetEntityTypes()
            .Where(t => typeof(Record).IsAssignableFrom(t.ClrType) && t.BaseType is null && !t.IsOwned())
            .Select(t => t.ClrType).ToList();
        foreach (var type in roots)
            typeof(RecordConfiguration).GetMethod(nameof(Apply), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(type).Invoke(null, [modelBuilder]);
    }

    private static void Apply<T>(ModelBuilder modelBuilder) where T : Record
    {
        var builder = modelBuilder.Entity<T>();
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Property(r => r.ReturnComment).HasMaxLength(2000);
        builder.Property(r => r.CreatedById).HasMaxLength(450);
        builder.Property(r => r.UpdatedById).HasMaxLength(450);
        builder.Property(r => r.DeletedById).HasMaxLength(450);
        builder.Property(r => r.SubmittedBySide).HasMaxLength(2);
        // Deleted records vanish from every query; the bin and restore use IgnoreQueryFilters.
        builder.HasQueryFilter(r => r.DeletedAt == null);
        builder.HasIndex(r => r.State);
    }
}
