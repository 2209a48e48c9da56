using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Search;

/// <summary>
/// Keeps <see cref="SearchEntry"/> rows in step with the records. <see cref="TwinningDb"/> calls
/// <see cref="Collect"/> before a save (which records changed, a person's aliases included) and
/// <see cref="Apply"/> after it, in the same transaction (new records need their ids first).
/// <see cref="RebuildAsync"/> writes the whole index again from the records.
/// </summary>
public static class SearchIndexer
{
    /// <summary>Records whose entries a save changes: the records themselves, and people named by alias rows alone.</summary>
    public sealed record Changes(List<Record> Records, HashSet<Record> Added, HashSet<int> PeopleByAlias)
    {
        public bool IsEmpty => Records.Count == 0 && PeopleByAlias.Count == 0;
    }

    public static Changes Collect(DbContext db)
    {
        var records = new List<Record>();
        var added = new HashSet<Record>(ReferenceEqualityComparer.Instance);
        var peopleByAlias = new HashSet<int>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is PersonAlias alias && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
                peopleByAlias.Add(alias.PersonId);
            else if (entry.Entity is Record record && KindOf(record) is not null && Changed(entry))
            {
                records.Add(record);
                if (entry.State == EntityState.Added) added.Add(record);
            }
        }
        return new Changes(records, added, peopleByAlias);
    }

    /// <summary>Changed itself, or in a name held in an owned part (a title edited in Lao leaves the record's own row alone).</summary>
    private static bool Changed(EntityEntry entry) =>
        entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        || entry.References.Any(r => r.TargetEntry is { } owned && owned.Metadata.IsOwned() && owned.State is not EntityState.Unchanged);

    /// <summary>Replaces the changed records' entries (runs after the records are saved, so new ones have ids).</summary>
    public static async Task ApplyAsync(TwinningDb db, Changes changes, CancellationToken ct)
    {
        var records = changes.Records.ToList();
        var missingPeople = changes.PeopleByAlias.Where(id => !records.OfType<Person>().Any(p => p.Id == id)).ToList();
        if (missingPeople.Count > 0) records.AddRange(await db.People.Include(p => p.Aliases).Where(p => missingPeople.Contains(p.Id)).ToListAsync(ct));
        foreach (var person in records.OfType<Person>().Where(p => IsAlive(db, p)))
            if (db.Entry(person).Collection(p => p.Aliases) is { IsLoaded: false } aliases && db.Entry(person).State != EntityState.Added)
                await aliases.LoadAsync(ct);
        foreach (var (kind, ids) in Stale(records.Where(r => !changes.Added.Contains(r))))
            await db.SearchEntries.Where(e => e.Kind == kind && ids.Contains(e.RecordId)).ExecuteDeleteAsync(ct);
        db.SearchEntries.AddRange(records.Where(r => IsAlive(db, r)).Select(EntryFor));
        await db.SaveChangesAsync(ct);
    }

    public static void Apply(TwinningDb db, Changes changes)
    {
        var records = changes.Records.ToList();
        var missingPeople = changes.PeopleByAlias.Where(id => !records.OfType<Person>().Any(p => p.Id == id)).ToList();
        if (missingPeople.Count > 0) records.AddRange(db.People.Include(p => p.Aliases).Where(p => missingPeople.Contains(p.Id)).ToList());
        foreach (var person in records.OfType<Person>().Where(p => IsAlive(db, p)))
            if (db.Entry(person).Collection(p => p.Aliases) is { IsLoaded: false } aliases && db.Entry(person).State != EntityState.Added)
                aliases.Load();
        foreach (var (kind, ids) in Stale(records.Where(r => !changes.Added.Contains(r))))
            db.SearchEntries.Where(e => e.Kind == kind && ids.Contains(e.RecordId)).ExecuteDelete();
        db.SearchEntries.AddRange(records.Where(r => IsAlive(db, r)).Select(EntryFor));
        db.SaveChanges();
    }

    /// <summary>Existing entries to replace, by kind (new records have none, so no delete is sent for them).</summary>
    private static IEnumerable<(SearchHitKind Kind, List<int> Ids)> Stale(IEnumerable<Record> records) =>
        records.GroupBy(r => KindOf(r)!.Value).Select(g => (g.Key, g.Select(r => r.Id).Distinct().ToList()));

    /// <summary>Still a record after the save: not removed, not in the bin.</summary>
    private static bool IsAlive(TwinningDb db, Record record) =>
        record.DeletedAt is null && db.Entry(record).State is not (EntityState.Detached or EntityState.Deleted);

    /// <summary>Deletes every entry and writes them again from the records, in batches.</summary>
    public static async Task<int> RebuildAsync(TwinningDb db, CancellationToken ct = default)
    {
        await db.SearchEntries.ExecuteDeleteAsync(ct);
        var written = 0;
        written += await IndexAllAsync(db, db.People.AsNoTracking().Include(p => p.Aliases), ct);
        written += await IndexAllAsync(db, db.Organisations.AsNoTracking(), ct);
        written += await IndexAllAsync(db, db.Partnerships.AsNoTracking(), ct);
        written += await IndexAllAsync(db, db.Agreements.AsNoTracking(), ct);
        written += await IndexAllAsync(db, db.Activities.AsNoTracking(), ct);
        written += await IndexAllAsync(db, db.Sources.AsNoTracking(), ct);
        return written;
    }

    private static async Task<int> IndexAllAsync<T>(TwinningDb db, IQueryable<T> records, CancellationToken ct) where T : Record
    {
        const int batch = 2000;
        var written = 0;
        var lastId = 0;
        while (true)
        {
            var page = await records.Where(r => r.Id > lastId).OrderBy(r => r.Id).Take(batch).ToListAsync(ct);
            if (page.Count == 0) return written;
            db.SearchEntries.AddRange(page.Select(EntryFor));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            written += page.Count;
            lastId = page[^1].Id;
        }
    }

    public static SearchHitKind? KindOf(Record record) => record switch
    {
        Person => SearchHitKind.Person,
        Organisation => SearchHitKind.Organisation,
        Partnership => SearchHitKind.Partnership,
        Agreement => SearchHitKind.Agreement,
        Activity => SearchHitKind.Activity,
        Source => SearchHitKind.Source,
        _ => null,
    };

    /// <summary>What a record is found by: its own names, other spellings, and text.</summary>
    private static (IEnumerable<string> Names, IEnumerable<string> Aliases, IEnumerable<string> Text) Document(Record record) => record switch
    {
        Person p => (p.Name.All(), p.Aliases.Select(a => a.Name), []),
        Organisation o => (o.Name.All(), o.Abbreviation is null ? [] : [o.Abbreviation], o.City is null ? [] : [o.City]),
        Partnership p => (p.Name.All(), p.CityAName.All().Concat(p.CityBName.All()), []),
        Agreement a => (a.Title.All(), [], a.SignedPlace?.All() ?? []),
        Activity a => (a.Title.All(), [], (a.Summary?.All() ?? []).Concat(a.Place?.All() ?? [])),
        Source s => ([s.Title], s.Outlet is null ? [] : [s.Outlet], [s.FullText]),
        _ => ([], [], []),
    };

    public static SearchEntry EntryFor(Record record)
    {
        var (names, aliases, text) = Document(record);
        var nameKeys = names.Select(TextFolding.ForIndex).ToList();
        var aliasKeys = aliases.Select(TextFolding.ForIndex).Except(nameKeys).ToList();
        var textKeys = text.Select(TextFolding.ForIndex).ToList();
        return new SearchEntry
        {
            Kind = KindOf(record)!.Value,
            RecordId = record.Id,
            PartnershipId = RecordScope.PartnershipOf(record),
            Approved = record.State == RecordState.Approved,
            CreatedById = record.CreatedById,
            SubmittedBySide = record.SubmittedBySide,
            OwnerOrganisationId = (record as Activity)?.OwnerOrganisationId,
            NameKey = SearchKeys.Join(nameKeys),
            AliasKey = SearchKeys.Join(aliasKeys),
            Key = SearchKeys.Join(nameKeys.Concat(aliasKeys).Concat(textKeys)),
            PhoneticKey = SearchKeys.Join(names.Concat(aliases).Select(n => TextFolding.ForIndex(TextFolding.Phonetic(n)))),
        };
    }
}
