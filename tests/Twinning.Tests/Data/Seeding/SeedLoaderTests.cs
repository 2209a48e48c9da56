using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Twinning.Data;
using Twinning.Data.Seeding;
using Twinning.Features.Sources;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Data.Seeding;

/// <summary>A dataset loads whole or not at all: one transaction, rolled back on the first problem.</summary>
public sealed class SeedLoaderTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task A_valid_dataset_loads_its_records_and_citations(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        using var dataset = MiniDataset.Write();

        await using (var db = database.NewContext())
            (await Loader(db).LoadAsync(dataset.FilePath, Cancel)).ShouldBeTrue();

        await using (var db = database.NewContext())
        {
            var person = await db.People.Include(p => p.Aliases).Include(p => p.Positions).ThenInclude(p => p.Organisation).SingleAsync(Cancel);
            person.Key.ShouldBe("person-dinh-tien-dung");
            person.Aliases.ShouldHaveSingleItem().Name.ShouldBe("Dinh Tien Dung");
            person.Positions.ShouldHaveSingleItem().Organisation!.Key.ShouldBe("org-hanoi-party-committee");
            var citation = await db.Citations.SingleAsync(c => c.RecordKind == RecordKind.Person, Cancel);
            (citation.RecordId, citation.Start, citation.Length)
                .ShouldBe((person.Id, MiniDataset.SourceText.IndexOf(MiniDataset.GoodQuote, StringComparison.Ordinal), MiniDataset.GoodQuote.Length));
            (await db.DatasetLoads.SingleAsync(Cancel)).Name.ShouldBe("mini");
        }
    }

    [Theory, BothEngines]
    public async Task A_dataset_with_an_unknown_reference_loads_nothing(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        using var dataset = MiniDataset.Write(positionOrganisation: "org-nowhere");

        await using (var db = database.NewContext())
        {
            var error = await Should.ThrowAsync<SeedDataException>(() => Loader(db).LoadAsync(dataset.FilePath, Cancel));
            error.Message.ShouldContain("unknown reference 'org-nowhere'");
        }

        await using (var db = database.NewContext())
            (await RowCounts.TotalAsync(db)).ShouldBe(0);
    }

    [Theory, BothEngines]
    public async Task A_dataset_failing_after_its_records_were_written_leaves_no_rows_behind(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        // Quotes are checked only once the records are saved (a citation needs their ids), so this
        // fails mid-transaction: the partnership, the people and the load marker are already written.
        using var dataset = MiniDataset.Write(personQuote: "a sentence the source never says");

        await using (var db = database.NewContext())
        {
            var error = await Should.ThrowAsync<SeedDataException>(() => Loader(db).LoadAsync(dataset.FilePath, Cancel));
            error.Message.ShouldContain("quote not found in src-note");
        }

        await using (var db = database.NewContext())
            (await RowCounts.PerTableAsync(db)).Where(table => table.Value > 0).ShouldBeEmpty();
    }

    private static SeedLoader Loader(TwinningDb db) => new(db, NullLogger<SeedLoader>.Instance, TimeProvider.System);
}
