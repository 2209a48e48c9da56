using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Data;

public sealed class MigrationTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Migrations_apply_cleanly_to_an_empty_database(Engine engine)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(engine, postgres);
        await using var db = database.NewContext();

        var all = db.Database.GetMigrations().ToList();
        all.ShouldNotBeEmpty();
        (await db.Database.GetPendingMigrationsAsync(Cancel)).ShouldBe(all);

        await db.Database.MigrateAsync(Cancel);

        (await db.Database.GetPendingMigrationsAsync(Cancel)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(Cancel)).ShouldBe(all);
        // Every table of the model exists and starts empty.
        (await RowCounts.PerTableAsync(db)).Values.ShouldAllBe(count => count == 0);
    }

    [Theory, BothEngines]
    public async Task The_model_matches_the_migrations_of_each_engine(Engine engine)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(engine, postgres);
        await using var db = database.NewContext();

        // A model change without `dotnet ef migrations add` for this provider would make this true.
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the model has changes not captured in the {engine} migrations; add a migration for {engine}");
    }
}
