using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// One test's own database on the given engine, and contexts of the matching <see cref="TwinningDb"/>
/// subclass (so each engine's own migrations are the ones applied).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly IAsyncDisposable _storage;

    private TestDatabase(Engine engine, string connectionString, IAsyncDisposable storage)
    {
        Engine = engine;
        ConnectionString = connectionString;
        _storage = storage;
    }

    public Engine Engine { get; }
    public string ConnectionString { get; }

    /// <summary>The app's Database:Provider value for this engine.</summary>
    public string ProviderName => Engine.ToString();

    /// <summary>A database with no schema at all.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(Engine engine, PostgresServer postgres)
    {
        switch (engine)
        {
            case Engine.Sqlite:
                var file = SqliteDatabase.Create();
                return new TestDatabase(engine, file.ConnectionString, file);
            case Engine.Postgres:
                var database = await postgres.CreateDatabaseAsync();
                return new TestDatabase(engine, database.ConnectionString, database);
            default:
                throw new ArgumentOutOfRangeException(nameof(engine), engine, null);
        }
    }

    /// <summary>A database brought up to date by the real migrations, as the app does on start.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(Engine engine, PostgresServer postgres)
    {
        if (engine == Engine.Postgres)
        {
            var copy = await postgres.CreateMigratedDatabaseAsync();
            return new TestDatabase(engine, copy.ConnectionString, copy);
        }

        var database = await CreateEmptyAsync(engine, postgres);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return database;
    }

    /// <summary>A new context with an empty change tracker: reading through it proves what was stored, not what was cached.</summary>
    public TwinningDb NewContext() => Engine switch
    {
        Engine.Sqlite => new SqliteTwinningDb(new DbContextOptionsBuilder<SqliteTwinningDb>().UseSqlite(ConnectionString).Options),
        Engine.Postgres => new PostgresTwinningDb(new DbContextOptionsBuilder<PostgresTwinningDb>().UseNpgsql(ConnectionString).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(Engine), Engine, null),
    };

    public ValueTask DisposeAsync() => _storage.DisposeAsync();
}
