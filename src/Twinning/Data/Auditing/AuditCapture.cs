using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
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
        var records = Tracked.Of(db);
        var changedParts = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not Record and not INotAudited).ToList();
        // A part changed on its own (a citation removed by id, without its source) has no tracked owner: load the
        // owner, so the change is audited on it and raises its version like any field.
        if (changedParts.Where(e => OwnerOf(records, e) is null).Count(e => LoadOwner(db, e)) > 0)
            records = Tracked.Of(db);
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
        var fields = AuditFields.All(db.Model);
        foreach (var (entry, owner) in parts)
        {
            if (owner is not { } o) continue;
            // A link added to or removed from a record that already exists is that link, "Participant added: …":
            // the row's other values (the role a form gives every new participant) would only blur the line.
            // A new record lists its parts in full, as it lists its fields.
            var linkOnly = entry.State is EntityState.Added or EntityState.Deleted && db.Entry(o.Record).State != EntityState.Added
                && entry.Properties.Any(p => IsLink(fields, o.Prefix, p));
            AddChanges(entry, o.Prefix, AuditOf(o.Record).Changes, o.OwnerKey, linkOnly ? p => IsLink(fields, o.Prefix, p) : null);
        }
        return byRecord.Values.Where(a => a.Changes.Count > 0 || a.Action != AuditAction.Updated).ToList();
    }

    /// <summary>
    /// Removing a record cascades to its parts (owned names, aliases, positions, links); a soft delete
    /// must keep them, so those cascaded deletions are undone before anything is written.
    /// </summary>
    private static void KeepPartsOfSoftDeletedRecords(TwinningDb db)
    {
        var kept = db.ChangeTracker.Entries<Record>().Where(e => e.State == EntityState.Deleted)
            .Select(e => (Root: e.Metadata.GetRootType().ClrType, (object?)e.Entity.Id)).ToHashSet();
        if (kept.Count == 0) return;
        // Parts of parts too (a commitment's text and responsible organisations, when its agreement is deleted):
        // each part kept keeps its own parts, so passes go on until one keeps nothing more.
        var deleted = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Deleted && e.Entity is not Record).ToList();
        for (var keptMore = true; keptMore;)
        {
            keptMore = false;
            foreach (var entry in deleted.Where(e => e.State == EntityState.Deleted))
            {
                var belongsToKept = entry.Metadata.GetForeignKeys().Any(fk => fk.Properties.Count == 1
                    && typeof(Entity).IsAssignableFrom(fk.PrincipalEntityType.ClrType)
                    && kept.Contains((fk.PrincipalEntityType.GetRootType().ClrType, entry.Property(fk.Properties[0].Name).CurrentValue)));
                if (!belongsToKept) continue;
                entry.State = EntityState.Unchanged;
                if (entry.Entity is Entity part) kept.Add((entry.Metadata.GetRootType().ClrType, part.Id));
                keptMore = true;
            }
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
    /// The keys by which a part may belong to a record, in the order they are tried: the ownership of an owned
    /// text; for a many-to-many link row (an event's organisers), the key to the side whose navigation lists it,
    /// not to the other (the organisation); otherwise every key (an alias's to its person).
    /// </summary>
    private static IReadOnlyList<IForeignKey> OwnerKeys(IEntityType type)
    {
        if (type.FindOwnership() is { } ownership) return [ownership];
        var links = type.GetForeignKeys().Where(fk => fk.GetReferencingSkipNavigations().Any(s => s.PropertyInfo is not null || s.FieldInfo is not null)).ToList();
        return links.Count > 0 ? links : type.GetForeignKeys().ToList();
    }

    private static object? KeyValue(EntityEntry entry, IForeignKey fk)
    {
        var property = entry.Property(fk.Properties[0].Name);
        return entry.State == EntityState.Deleted ? property.OriginalValue : property.CurrentValue;
    }

    /// <summary>Loads the record a part belongs to (through a part in between, if need be), bin included; false when there is none.</summary>
    private static bool LoadOwner(TwinningDb db, EntityEntry entry)
    {
        foreach (var fk in OwnerKeys(entry.Metadata))
        {
            if (fk.Properties.Count != 1 || KeyValue(entry, fk) is not int id) continue;
            var principal = fk.PrincipalEntityType.ClrType;
            if (typeof(Record).IsAssignableFrom(principal))
                return Set(db, principal).IgnoreQueryFilters().FirstOrDefault(r => r.Id == id) is not null;
            // A link of a part (a commitment's responsible organisation): its record is the part's (the agreement).
            if (typeof(Entity).IsAssignableFrom(principal) && Set<Entity>(db, principal).IgnoreQueryFilters().FirstOrDefault(e => e.Id == id) is { } part)
                return LoadOwner(db, db.Entry(part));
        }
        return false;
    }

    private static IQueryable<Record> Set(TwinningDb db, Type type) => Set<Record>(db, type);

    private static IQueryable<T> Set<T>(TwinningDb db, Type type) =>
        (IQueryable<T>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;

    /// <summary>
    /// The record a part belongs to, found through its foreign keys among the tracked records: the
    /// owner of an owned text (field "Name.Vi"), or the parent of an alias, position, link… ("PersonAlias.Name").
    /// A part of a part (a commitment's text or responsible organisation) belongs to that part's record (the agreement).
    /// </summary>
    private static (Record Record, string Prefix, string OwnerKey)? OwnerOf(Tracked tracked, EntityEntry entry)
    {
        var ownership = entry.Metadata.FindOwnership();
        foreach (var fk in OwnerKeys(entry.Metadata))
        {
            var id = KeyValue(entry, fk);
            var prefix = ownership is not null ? ownership.PrincipalToDependent!.Name + "." : entry.Metadata.ShortName() + ".";
            if (!typeof(Record).IsAssignableFrom(fk.PrincipalEntityType.ClrType))
            {
                // A part of a part (a commitment's text, its responsible organisations) belongs to that part's record,
                // the agreement; its own text is named after the part ("Commitment.Text.Vi").
                if (tracked.Parts[(fk.PrincipalEntityType.ClrType, id)].FirstOrDefault() is { } part && OwnerOf(tracked, part) is { } through)
                    return (through.Record, ownership is null ? prefix : part.Metadata.ShortName() + "." + prefix, fk.Properties[0].Name);
                continue;
            }
            // By the key property, not Entity.Id: a new record's key is a temporary value until saved.
            var owner = tracked.Records[id].FirstOrDefault(e => e.Metadata.ClrType.IsAssignableTo(fk.PrincipalEntityType.ClrType));
            if (owner is null) continue;
            return (owner.Entity, prefix, fk.Properties[0].Name);
        }
        return null;
    }

    /// <summary>
    /// The tracked records by key, and the tracked parts with keys of their own (commitments) by type and key, read
    /// once: looking each part's owner up among all entries (which also re-detects changes on every call) made
    /// saving thousands of records quadratic.
    /// </summary>
    private sealed record Tracked(ILookup<object?, EntityEntry<Record>> Records, ILookup<(Type, object?), EntityEntry<Entity>> Parts)
    {
        public static Tracked Of(TwinningDb db) => new(
            db.ChangeTracker.Entries<Record>().ToLookup(e => e.Property(nameof(Record.Id)).CurrentValue),
            db.ChangeTracker.Entries<Entity>().Where(e => e.Entity is not Record).ToLookup(e => (e.Metadata.ClrType, e.Property(nameof(Entity.Id)).CurrentValue)));
    }

    private static bool IsLink(IReadOnlyDictionary<(string, string), AuditField> fields, string prefix, PropertyEntry property) =>
        fields.GetValueOrDefault(("*", prefix + property.Metadata.Name))?.IsLink == true;

    private static void AddChanges(EntityEntry entry, string prefix, Dictionary<string, FieldChange> changes, string? ownerKey = null, Func<PropertyEntry, bool>? only = null)
    {
        foreach (var property in entry.Properties)
        {
            if (only is not null && !only(property)) continue;
            if (IsOwnKey(property.Metadata) || property.Metadata.IsForeignKey() && entry.Metadata.IsOwned()) continue;
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

    /// <summary>
    /// A row's own key, which says nothing to a reader. A link row of a many-to-many relation (an activity's
    /// commitment, an agreement's party) has no key but the two it joins: the one to the other record is the
    /// whole change ("commitment 7 added"), so it is kept; the one to the owner is left out like any owner key.
    /// </summary>
    private static bool IsOwnKey(IProperty property) => property.IsPrimaryKey() && !property.IsForeignKey();

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
