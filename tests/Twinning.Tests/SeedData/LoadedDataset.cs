using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Twinning.Data;
using Twinning.Data.Seeding;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.SeedData;

/// <summary>The bundled dataset loaded once, through the real loader, into a migrated SQLite file.</summary>
public sealed class LoadedDataset : IAsyncLifetime
{
    private SqliteDatabase _file = null!;

    public string ConnectionString => _file.ConnectionString;

    public TwinningDb NewContext() =>
        new SqliteTwinningDb(new DbContextOptionsBuilder<SqliteTwinningDb>().UseSqlite(ConnectionString).Options);

    public async ValueTask InitializeAsync()
    {
        _file = SqliteDatabase.Create();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        (await new SeedLoader(db, NullLogger<SeedLoader>.Instance, TimeProvider.System).LoadAsync(SeedFile.DefaultPath)).ShouldBeTrue();
    }

    public ValueTask DisposeAsync() => _file.DisposeAsync();
}
