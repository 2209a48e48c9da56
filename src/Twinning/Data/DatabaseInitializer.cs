using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Twinning.Data.Seeding;
using Twinning.Features.Accounts;

namespace Twinning.Data;

/// <summary>
/// Brings the database up to date: migrations, then the bundled dataset into an empty database.
/// Runs before the web server accepts requests (as a hosted service) and from the migrate verb.
/// </summary>
public sealed class DatabaseInitializer(IServiceScopeFactory scopes, DatabaseOptions options, ILogger<DatabaseInitializer> logger) : IHostedService
{
    /// <summary>The one-time token for creating the first Administrator, when no user exists yet.</summary>
    public string? SetupToken { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.MigrateOnStart) await MigrateAsync(options.LoadEmbeddedDataset, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        SetupToken = await scope.ServiceProvider.GetRequiredService<FirstAdministrator>().IssueTokenIfNeededAsync(cancellationToken);
        if (SetupToken is not null)
            logger.LogWarning("No user exists yet. Create the first Administrator at /setup?token={Token} (valid {Hours} h) or with `twinning user create --admin`.",
                SetupToken, FirstAdministrator.TokenLifetime.TotalHours);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task MigrateAsync(bool loadDataset, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
        EnsureSqliteFolder(db);
        // Several instances starting at once on one PostgreSQL: one migrates and loads, the others wait and find it done.
        await using var exclusive = await StartupLock.TakeAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s): {Migrations}", pending.Count, string.Join(", ", pending));
            await db.Database.MigrateAsync(cancellationToken);
            // Records saved before the search index existed are indexed once, when its migration arrives.
            if (pending.Any(m => m.EndsWith("_SearchIndex", StringComparison.Ordinal)))
                await Features.Search.SearchIndexer.RebuildAsync(db, cancellationToken);
        }
        if (loadDataset)
            await scope.ServiceProvider.GetRequiredService<SeedLoader>().LoadAsync(SeedFile.DefaultPath, cancellationToken);
        await RefreshStatisticsAsync(db, cancellationToken);
    }

    /// <summary>
    /// SQLite plans queries from statistics that only ANALYZE gathers: without them it took an index on the
    /// workflow state over the partnership's for "is there a public activity" and the sign-in page spent 80 s
    /// on 500,000 activities. A bounded ANALYZE samples each index (a fraction of a second on a 1 GB file).
    /// PostgreSQL keeps its own statistics (autovacuum).
    /// </summary>
    private static async Task RefreshStatisticsAsync(TwinningDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", ct);
    }

    /// <summary>SQLite creates the file but not its folder (./data/ on a fresh clone).</summary>
    private static void EnsureSqliteFolder(TwinningDb db)
    {
        if (!db.Database.IsSqlite()) return;
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:") Directory.CreateDirectory(folder);
    }
}
