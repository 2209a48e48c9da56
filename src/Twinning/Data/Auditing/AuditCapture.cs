using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Twinning.Features.Audit;

namespace Twinning.Data.Auditing;

/// <summary>A change seen before saving; becomes an <see cref="AuditEntry"/> once the record has its id.</summary>
internal sealed record PendingAudit(EntityEntry Entry, Record Record, AuditAction Action, Dictionary<string, FieldChange> Changes, Actor Actor, DateTime At)
{
    public AuditEntry ToEntry() => new()
    {
        At = At, UserId = Actor.UserId, UserName = Actor.Name,
        RecordType = Record.GetType().Name, RecordId = Record.Id,
        PartnershipId = RecordScope.PartnershipOf(Record),
        Action = Action,
        Changes = JsonSerializer.Serialize(Changes.ToDictionary(c => c.Key, c => new FieldChange(AuditCapture.Resolve(c.Value.Before), AuditCapture.Resolve(c.Value.After))), AuditCapture.Json),
    };
}

public sealed record FieldChange(object? Before, object? After);

internal static class AuditCapture
{
    public static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // Bookkeeping columns change on every save; listing them in each entry would bury the real change.
    internal static readonly HashSet<string> Bookkeeping =
        [nameof(Record.Version), nameof(Record.UpdatedAt), nameof(Record.UpdatedById), nameof(Record.CreatedAt), nameof(Record.CreatedById),
         "SearchKey", "PhoneticKey"];

    public static List<PendingAudit> Capture(TwinningDb db, Actor actor, DateTime now)
    {
        db.ChangeTracker.DetectChanges();
        KeepPartsOfSoftDeletedRecords(db);
        // Tracked records by key, read once: looking each part's owner up among all entries (which also
        // re-detects changes on every call) made saving thousands of records quadratic.
        var records = db.ChangeTracker.Entries<Record>().ToLookup(e => e.Property(nameof(Record.Id)).CurrentValue);
        var changedParts = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not Record and not INotAudited).ToList();
        // A part changed on its own (a citation removed by id, without its source) has no tracked owner: load the
        // owner, so the change is audited on it and raises its version like any field.
        if (changedParts.Where(e => OwnerOf(records, e) is null).Count(e => LoadOwner(db, e)) > 0)
            records = db.ChangeTracker.Entries<Record>().ToLookup(e => e.Property(nameof(Record.Id)).CurrentValue);
        var parts = changedParts.Select(e => (Entry: e, Owner: OwnerOf(records, e))).ToList();
        // A change to a part (a name, an alias, a position) is a change to its record: it raises the
        // record's version too, so two people editing one person's aliases also meet the conflict check.
        foreach (var (_, owner) in parts)
            if (owner is { } o && db.Entry(o.Record).State == EntityState.Unchanged)
                db.Entry(o.Record).Property(nameof(Record.Version)).IsModified = true;
        var byRecord = new Dictionary<Record, PendingAudit>(ReferenceEqualityComparer.Instance);
        PendingAudit AuditOf(Record record)
        {
            if (byRecord.TryGetValue(record, out var audit)) return audit;
            var entry = db.Entry(record);
            return byRecord[record] = new PendingAudit(entry, record, ActionOf(entry), [], actor, now);
        }

        foreach (var entry in db.ChangeTracker.Entries<Record>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList())
        {
            Stamp(entry, entry.Entity, actor, now);
            AddChanges(entry, "", AuditOf(entry.Entity).Changes);
        }
        foreach (var (entry, owner) in parts)
            if (owner is { } o) AddChanges(entry, o.Prefix, AuditOf(o.Record).Changes, o.OwnerKey);
        return byRecord.Values.Where(a => a.Changes.Count > 0 || a.Action != AuditAction.Updated).ToList();
    }

    /// <summary>
    /// Removing a record cascades to its parts (owned names, aliases, positions, links); a soft delete
    /// must keep them, so those cascaded deletions are undone before anything is written.
    /// </summary>
    private static void KeepPartsOfSoftDeletedRecords(TwinningDb db)
    {
        var removed = db.ChangeTracker.Entries<Record>().Where(e => e.State == EntityState.Deleted)
            .Select(e => (Root: e.Metadata.GetRootType().ClrType, e.Entity.Id)).ToHashSet();
        if (removed.Count == 0) return;
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && e.Entity is not Record).ToList())
        {
            var belongsToRemoved = entry.Metadata.GetForeignKeys().Any(fk =>
                typeof(Record).IsAssignableFrom(fk.PrincipalEntityType.ClrType)
                && entry.Property(fk.Properties[0].Name).CurrentValue is int id
                && removed.Contains((fk.PrincipalEntityType.GetRootType().ClrType, id)));
            if (belongsToRemoved) entry.State = EntityState.Unchanged;
        }
    }

    /// <summary>Sets who/when, raises the version, and turns a delete into a soft delete.</summary>
    private static void Stamp(EntityEntry entry, Record record, Actor actor, DateTime now)
    {
        switch (entry.State)
        {
            case EntityState.Added:
                record.CreatedAt = now;
                record.CreatedById = actor.UserId;
                record.Version = 1;
                break;
            case EntityState.Deleted:
                entry.State = EntityState.Modified;
                record.DeletedAt = now;
                record.DeletedById = actor.UserId;
                goto case EntityState.Modified;
            case EntityState.Modified:
                record.UpdatedAt = now;
                record.UpdatedById = actor.UserId;
                record.Version = (int)entry.Property(nameof(Record.Version)).OriginalValue! + 1;
                break;
        }
    }

    private static AuditAction ActionOf(EntityEntry entry)
    {
        if (entry.State == EntityState.Added) return AuditAction.Created;
        var deleted = entry.Property(nameof(Record.DeletedAt));
        if (deleted.IsModified && deleted.OriginalValue is null && deleted.CurrentValue is not null) return AuditAction.Deleted;
        if (deleted.IsModified && deleted.OriginalValue is not null && deleted.CurrentValue is null) return AuditAction.Restored;
        return AuditAction.Updated;
    }

    /// <summary>
    /// The record a part belongs to, found through its foreign keys among the tracked records: the
    /// owner of an owned text (field "Name.Vi"), or the parent of an alias, position, link… ("PersonAlias.Name").
    /// </summary>
    /// <summary>Loads the record a part belongs to (by its first foreign key to a record), bin included; false when there is none.</summary>
    private static bool LoadOwner(TwinningDb db, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        foreach (var fk in ownership is not null ? [ownership] : entry.Metadata.GetForeignKeys())
        {
            if (!typeof(Record).IsAssignableFrom(fk.PrincipalEntityType.ClrType) || fk.Properties.Count != 1) continue;
            var property = entry.Property(fk.Properties[0].Name);
            if ((entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue) is not int id) continue;
            var set = (IQueryable<Record>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(fk.PrincipalEntityType.ClrType).Invoke(db, null)!;
            return set.IgnoreQueryFilters().FirstOrDefault(r => r.Id == id) is not null;
        }
        return false;
    }

    private static (Record Record, string Prefix, string OwnerKey)? OwnerOf(ILookup<object?, EntityEntry<Record>> records, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        // A many-to-many link row (an event's organisers) belongs to the side whose navigation lists it, not to the other (the organisation).
        var links = entry.Metadata.GetForeignKeys().Where(fk => fk.GetReferencingSkipNavigations().Any(s => s.PropertyInfo is not null || s.FieldInfo is not null)).ToList();
        foreach (var fk in ownership is not null ? [ownership] : links.Count > 0 ? links : entry.Metadata.GetForeignKeys())
        {
            if (!typeof(Record).IsAssignableFrom(fk.PrincipalEntityType.ClrType)) continue;
            var property = entry.Property(fk.Properties[0].Name);
            var id = entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
            // By the key property, not Entity.Id: a new record's key is a temporary value until saved.
            var owner = records[id].FirstOrDefault(e => e.Metadata.ClrType.IsAssignableTo(fk.PrincipalEntityType.ClrType));
            if (owner is null) continue;
            var prefix = ownership is not null ? ownership.PrincipalToDependent!.Name + "." : entry.Metadata.ShortName() + ".";
            return (owner.Entity, prefix, fk.Properties[0].Name);
        }
        return null;
    }

    private static void AddChanges(EntityEntry entry, string prefix, Dictionary<string, FieldChange> changes, string? ownerKey = null)
    {
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.IsPrimaryKey() || property.Metadata.IsForeignKey() && entry.Metadata.IsOwned()) continue;
            // A part's key to its own record says nothing the entry does not (it is that record), and for a
            // new record it is still a temporary value here: readers once saw participants as "-2147482644".
            if (property.Metadata.Name == ownerKey) continue;
            if (Bookkeeping.Contains(property.Metadata.Name)) continue;
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            // A key to another record added in the same save (a visit's new meeting, an imported person taking
            // part) only gets its value when the rows are written: it is read after the save (see Resolve).
            object? after = entry.State == EntityState.Deleted ? null
                : property.Metadata.IsForeignKey() ? new KeyAfterSave(property) : property.CurrentValue;
            if (entry.State == EntityState.Modified && !property.IsModified) continue;
            if (Equals(before, after is KeyAfterSave key ? key.Property.CurrentValue : after)) continue;
            var field = prefix + property.Metadata.Name;
            // Several parts of one kind change in one save (two aliases added, three commitments linked):
            // each keeps its value in a list rather than the last one overwriting the others.
            changes[field] = changes.TryGetValue(field, out var earlier)
                ? new FieldChange(Together(earlier.Before, Show(before)), Together(earlier.After, Show(after)))
                : new FieldChange(Show(before), Show(after));
        }
    }

    private static object? Together(object? earlier, object? value)
    {
        var values = earlier is List<object?> list ? list : earlier is null ? [] : new List<object?> { earlier };
        if (value is not null) values.Add(value);
        return values.Count == 0 ? null : values;
    }

    /// <summary>A foreign key's value as written: read from the tracked entry once the save has given new rows their keys.</summary>
    private sealed record KeyAfterSave(PropertyEntry Property);

    /// <summary>The value to store, with keys that were pending at capture read now that the save is done.</summary>
    public static object? Resolve(object? value) => value switch
    {
        KeyAfterSave key => Show(key.Property.CurrentValue),
        List<object?> list => list.Select(Resolve).ToList(),
        _ => value,
    };

    private static object? Show(object? value) => value switch
    {
        null => null,
        KeyAfterSave key => key,
        Enum e => e.ToString(),
        DateOnly d => d.ToString("yyyy-MM-dd"),
        DateTime t => t.ToString("O"),
        _ => value,
    };
}
