using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>What the app does to its database before serving the first request.</summary>
public sealed class AppStartupTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task The_app_uses_the_configured_engine_and_migrates_it_on_start(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var client = app.CreateClient(); // starts the host

        var (type, connectionString) = await app.WithAppDbAsync(db =>
            Task.FromResult((db.GetType(), db.Database.GetConnectionString())));
        type.ShouldBe(engine == Engine.Postgres ? typeof(PostgresTwinningDb) : typeof(SqliteTwinningDb));
        // The configured database, with prepared statements added on PostgreSQL (PostgresConnectionString).
        connectionString.ShouldBe(engine == Engine.Postgres ? Twinning.Data.PostgresConnectionString.Tuned(app.Database.ConnectionString) : app.Database.ConnectionString);
        if (engine == Engine.Postgres) connectionString.ShouldEndWith($";Max Auto Prepare={Twinning.Data.PostgresConnectionString.StatementsPreparedPerConnection}");

        await using var db = app.Database.NewContext();
        (await db.Database.GetPendingMigrationsAsync(Cancel)).ShouldBeEmpty();
        (await db.Database.GetAppliedMigrationsAsync(Cancel)).ShouldNotBeEmpty();
        (await db.DatasetLoads.CountAsync(Cancel)).ShouldBe(0);
    }

    [Theory, BothEngines]
    public async Task The_app_loads_the_embedded_dataset_into_a_new_database(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres);
        using var client = app.CreateClient();

        await using var db = app.Database.NewContext();
        (await db.DatasetLoads.Select(d => d.Name).ToListAsync(Cancel)).ShouldBe(["hanoi-vientiane"]);
        (await db.People.CountAsync(Cancel)).ShouldBeGreaterThan(0);
    }
}
