using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Record = Twinning.Data.Record;
using Twinning.Features.People;
using Twinning.Features.Search;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Search;

/// <summary>
/// The index is kept by the save (SearchIndexer.Collect sees every tracked record deleted or binned). It can only
/// go stale if a record disappears without passing through the ChangeTracker: a database cascade or an ExecuteDelete.
/// None does today: every record is soft-deleted, and no foreign key cascades onto an indexed kind. This test keeps it so.
/// </summary>
public sealed class SearchEntryDeletionPathsTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task No_database_cascade_removes_an_indexed_record_and_a_hard_deleted_person_takes_its_entry_with_it(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
        {
            var cascading = db.Model.GetEntityTypes()
                .Where(t => typeof(Record).IsAssignableFrom(t.ClrType) && !t.ClrType.IsAbstract && SearchIndexer.KindOf((Record)Activator.CreateInstance(t.ClrType, true)!) is not null)
                .SelectMany(t => t.GetForeignKeys())
                .Where(fk => fk.DeleteBehavior is DeleteBehavior.Cascade or DeleteBehavior.ClientCascade)
                .Select(fk => $"{fk.DeclaringEntityType.ClrType.Name} -> {fk.PrincipalEntityType.ClrType.Name}")
                .ToList();
            cascading.ShouldBeEmpty("an indexed record removed by a database cascade would leave its search entry behind");

            db.Add(TestRecords.Person("p", new("Xaysomphone Khamphoui"), CountryCode.Laos));
            db.Add(TestRecords.Person("q", new("Bounthavy Keomany"), CountryCode.Laos));
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = database.NewContext())
        {
            var person = await db.People.SingleAsync(p => p.Key == "p", Cancel);
            person.Aliases.Add(new PersonAlias { Name = "Xaysomphone K." });
            await db.SaveChangesAsync(Cancel);
            // Removed for good (a context without the soft-delete stamp, as the CLI's): its aliases go by the cascade, its entry with the save.
            db.People.Remove(person);
            await db.SaveChangesAsync(Cancel);
        }
        await using (var db = database.NewContext())
        {
            (await db.SearchEntries.CountAsync(e => e.Kind == SearchHitKind.Person && e.NameKey.Contains("xaysomphone"), Cancel)).ShouldBe(0);
            (await db.SearchEntries.CountAsync(e => e.Kind == SearchHitKind.Person, Cancel)).ShouldBe(await db.People.IgnoreQueryFilters().CountAsync(Cancel));
        }
    }
}
