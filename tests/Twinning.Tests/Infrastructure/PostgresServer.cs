using Microsoft.EntityFrameworkCore;
using Npgsql;
using Twinning.Data;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server shared by the whole test run (an assembly fixture): the one named by
/// TWINNING_TEST_POSTGRES, else a private throwaway cluster. Tests never share a database: each
/// asks for its own with <see cref="CreateDatabaseAsync"/> or <see cref="CreateMigratedDatabaseAsync"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string ConnectionStringVariable = "TWINNING_TEST_POSTGRES";

    private readonly Lazy<Task<string>> _migratedTemplate;
    private PrivatePostgresCluster? _cluster;
    private string _adminConnectionString = "";
    private string _copyStrategy = "";

    public PostgresServer() => _migratedTemplate = new(CreateMigratedTemplateAsync);

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _adminConnectionString = configured;
        }
        else
        {
            // Never skip: the PostgreSQL half of every persistence test is what CI is for.
            var bin = PostgresBinaries.FindDirectory() ?? throw new InvalidOperationException(
                $"No PostgreSQL server for the tests. Set {ConnectionStringVariable} to an admin connection string " +
                "(e.g. \"Host=localhost;Username=postgres;Password=…\"), or install PostgreSQL so that initdb and pg_ctl " +
                "are on PATH or under /usr/lib/postgresql/<version>/bin (Debian: apt-get install postgresql).");
            _cluster = await PrivatePostgresCluster.StartAsync(bin);
            _adminConnectionString = _cluster.AdminConnectionString;
        }

        // Connect once now, so a wrong connection string fails here with its own error rather than in every test.
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        try
        {
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or ArgumentException)
        {
            var origin = _cluster is null ? $"named by {ConnectionStringVariable}" : "started for the tests";
            throw new InvalidOperationException($"Cannot connect to the PostgreSQL server {origin}: {e.Message}", e);
        }
        // PostgreSQL 15 copies a database through the WAL by default; copying the files is several times
        // quicker for the small databases tests make (older versions only copy files, and lack the option).
        if (connection.PostgreSqlVersion.Major >= 15) _copyStrategy = " STRATEGY FILE_COPY";
    }

    /// <summary>A new, empty database with a unique name; disposing it drops it.</summary>
    public Task<PostgresDatabase> CreateDatabaseAsync() =>
        // template0 with UTF8 whatever the server's default: Lao and Vietnamese text must survive.
        CreateDatabaseAsync("template0 ENCODING 'UTF8'");

    /// <summary>
    /// A new database holding the schema the real migrations build. They run once per test run, into
    /// a template that each test's database is copied from: migrating every database took ~0.5 s a test.
    /// </summary>
    public async Task<PostgresDatabase> CreateMigratedDatabaseAsync()
    {
        var template = await _migratedTemplate.Value;
        return await CreateDatabaseAsync($"\"{template}\"");
    }

    private async Task<PostgresDatabase> CreateDatabaseAsync(string template)
    {
        var name = "twinning_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE {template}{_copyStrategy}");
        return new PostgresDatabase(this, name, ConnectionStringFor(name));
    }

    private async Task<string> CreateMigratedTemplateAsync()
    {
        var template = await CreateDatabaseAsync();
        await using (var db = new PostgresTwinningDb(new DbContextOptionsBuilder<PostgresTwinningDb>().UseNpgsql(template.ConnectionString).Options))
            await db.Database.MigrateAsync();
        // A database cannot be copied while anyone is connected to it.
        await using (var connection = new NpgsqlConnection(template.ConnectionString)) NpgsqlConnection.ClearPool(connection);
        return template.Name;
    }

    private string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database }.ConnectionString;

    internal Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
        else if (_migratedTemplate.IsValueCreated && _migratedTemplate.Value.IsCompletedSuccessfully)
            await DropDatabaseAsync(_migratedTemplate.Value.Result); // a server of the developer's: leave it as found
    }
}

/// <summary>One test's own PostgreSQL database.</summary>
public sealed class PostgresDatabase(PostgresServer server, string name, string connectionString) : IAsyncDisposable
{
    public string Name => name;
    public string ConnectionString => connectionString;

    public async ValueTask DisposeAsync()
    {
        // Pooled connections would otherwise stay open (and count against max_connections) after the test.
        await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
        await server.DropDatabaseAsync(name);
    }
}
