using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Twinning.Data;

/// <summary>
/// Start-up work (migrations, loading the dataset) done once however many instances start together: on
/// PostgreSQL a session advisory lock, held on a connection of its own until disposed (and released by the
/// server if the instance dies). SQLite is one file on one machine; its own locking and EF's migration lock do.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>An arbitrary constant that names this lock among the database's advisory locks.</summary>
    private const long Key = 0x7477696E6E696E67; // "twinning"

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> TakeAsync(TwinningDb db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return new StartupLock(null);
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        await command.ExecuteNonQueryAsync(ct);
        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection))
        {
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteNonQueryAsync();
        }
        await _connection.DisposeAsync();
    }
}
