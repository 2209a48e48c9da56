using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Twinning.Data;
using Twinning.Data.Seeding;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Data.Seeding;

/// <summary>The Hanoi–Vientiane dataset shipped with the app, loaded through the real loader on each engine.</summary>
public sealed class EmbeddedDatasetTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task The_embedded_dataset_loads(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
            (await Loader(db).LoadAsync(SeedFile.DefaultPath, Cancel)).ShouldBeTrue();

        await using (var db = database.NewContext())
        {
            (await db.DatasetLoads.Select(d => d.Name).ToListAsync(Cancel)).ShouldBe(["hanoi-vientiane"]);
            (await db.Partnerships.SingleAsync(Cancel)).CityBName.Lo.ShouldBe("ນະຄອນຫຼວງວຽງຈັນ");
            (await db.People.CountAsync(Cancel)).ShouldBeGreaterThan(0);
            (await db.Agreements.CountAsync(Cancel)).ShouldBeGreaterThan(0);
            (await db.Activities.CountAsync(Cancel)).ShouldBeGreaterThan(0);
            (await db.Citations.CountAsync(Cancel)).ShouldBeGreaterThan(0);
        }
    }

    [Theory, BothEngines]
    public async Task Loading_the_embedded_dataset_again_adds_nothing(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
            await Loader(db).LoadAsync(SeedFile.DefaultPath, Cancel);

        IReadOnlyDictionary<string, long> before;
        await using (var db = database.NewContext())
            before = await RowCounts.PerTableAsync(db);

        // A fresh context, as after a restart: only the stored load marker can prevent the reload.
        await using (var db = database.NewContext())
            (await Loader(db).LoadAsync(SeedFile.DefaultPath, Cancel)).ShouldBeFalse();

        await using (var db = database.NewContext())
            (await RowCounts.PerTableAsync(db)).ShouldBe(before);
        before.Values.Sum().ShouldBeGreaterThan(0);
    }

    private static SeedLoader Loader(TwinningDb db) => new(db, NullLogger<SeedLoader>.Instance, TimeProvider.System);
}
