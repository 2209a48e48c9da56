using System.Data;
using System.Data.Common;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Twinning.Data.Backups;

/// <summary>
/// A logical copy of every table of the model, written by one engine and readable by either: gzip'd JSON
/// lines — a header (format, the last migration), then per table a line naming its columns and a line per
/// row, each value as JSON of its model type (so SQLite's text dates and PostgreSQL's native ones meet in
/// the middle). The export reads inside one snapshot transaction, so it is consistent while the app runs;
/// it never copies a database file (a live SQLite WAL would be half a database).
/// </summary>
public static class DataSnapshot
{
    public const string Format = "twinning-backup/1";

    public sealed record Summary(string Migration, IReadOnlyDictionary<string, long> Rows);

    public static async Task<Summary> ExportAsync(TwinningDb db, Stream output, CancellationToken ct)
    {
        var migration = MigrationName((await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault())
            ?? throw new BackupException("The database has no schema yet: run `migrate` first.");
        var counts = new Dictionary<string, long>();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            // Repeatable read on PostgreSQL is a snapshot; SQLite's read transaction is one by nature.
            await using var transaction = await db.Database.BeginTransactionAsync(
                db.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
            await using var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true);
            await using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { format = Format, migration }));
            foreach (var table in Tables(db))
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { table = table.Name, columns = table.Columns.Select(c => c.Name) }));
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = $"SELECT {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} FROM {Quote(table.Name)} ORDER BY {string.Join(", ", table.Key.Select(Quote))}";
                await using var reader = await command.ExecuteReaderAsync(ct);
                long rows = 0;
                while (await reader.ReadAsync(ct))
                {
                    var values = table.Columns.Select((c, i) => c.Read(reader, i)).ToArray();
                    await writer.WriteLineAsync(JsonSerializer.Serialize(values));
                    rows++;
                }
                counts[table.Name] = rows;
            }
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return new Summary(migration, counts);
    }

    /// <summary>
    /// Loads a snapshot into a database whose schema is at the same migration and which holds no data,
    /// in one transaction: either every row arrives or none does.
    /// </summary>
    public static async Task<Summary> RestoreAsync(TwinningDb db, Stream input, CancellationToken ct)
    {
        var target = MigrationName((await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault());
        using var reader = new StreamReader(new GZipStream(input, CompressionMode.Decompress, leaveOpen: true), Encoding.UTF8);
        var header = await ReadJsonAsync(reader, ct) ?? throw new BackupException("The file is empty.");
        if (header.TryGetProperty("format", out var format) is false || format.GetString() != Format)
            throw new BackupException("This is not a Twinning backup.");
        var migration = header.GetProperty("migration").GetString()!;
        if (migration != target)
            throw new BackupException($"The backup is of schema '{migration}' and the database is at '{target ?? "none"}': upgrade both to the same version (`migrate`) first.");
        var tables = Tables(db).ToDictionary(t => t.Name);
        foreach (var table in tables.Values)
            if (await CountAsync(db, table.Name, ct) > 0)
                throw new BackupException($"The database already holds data (table {table.Name}): restore into an empty database.");

        var counts = new Dictionary<string, long>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var pending = new List<(SnapshotTable Table, List<object?[]> Rows)>();
        SnapshotTable? current = null;
        List<object?[]>? rows = null;
        while (await ReadJsonAsync(reader, ct) is { } line)
        {
            if (line.ValueKind == JsonValueKind.Object)
            {
                var name = line.GetProperty("table").GetString()!;
                current = tables.GetValueOrDefault(name) ?? throw new BackupException($"The backup has a table this version does not know: {name}.");
                var columns = line.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
                if (!columns.SequenceEqual(current.Columns.Select(c => c.Name)))
                    throw new BackupException($"The columns of {name} in the backup are not this version's.");
                pending.Add((current, rows = []));
                continue;
            }
            if (current is null || rows is null) throw new BackupException("The backup is damaged: a row before its table.");
            rows.Add(line.EnumerateArray().Select((value, i) => current.Columns[i].Parse(value)).ToArray());
        }
        // Parents before children; a table that refers to itself (an organisation's parent) gets those links afterwards.
        foreach (var (table, tableRows) in pending.OrderBy(p => p.Table.Order))
        {
            foreach (var row in tableRows) await InsertAsync(db, table, row, withSelfLinks: false, ct);
            foreach (var row in tableRows.Where(r => table.SelfLinks.Any(i => r[i] is not null))) await UpdateSelfLinksAsync(db, table, row, ct);
            counts[table.Name] = tableRows.Count;
        }
        if (db.Database.IsNpgsql()) await ResetSequencesAsync(db, tables.Values, ct);
        await transaction.CommitAsync(ct);
        return new Summary(migration, counts);
    }

    /// <summary>The migration's name without its timestamp: the two engines' migrations share names, not ids.</summary>
    private static string? MigrationName(string? id) => id?[(id.IndexOf('_') + 1)..];

    private static IEnumerable<SnapshotTable> Tables(TwinningDb db)
    {
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = model.Tables.Where(t => t.PrimaryKey is not null).ToList();
        var order = TopologicalOrder(tables);
        return tables.Select(t => new SnapshotTable(t, order[t.Name], db.GetService<IRelationalTypeMappingSource>())).OrderBy(t => t.Order);
    }

    private static Dictionary<string, int> TopologicalOrder(List<ITable> tables)
    {
        var order = new Dictionary<string, int>();
        var visiting = new HashSet<string>();
        int Visit(ITable table)
        {
            if (order.TryGetValue(table.Name, out var known)) return known;
            if (!visiting.Add(table.Name)) return 0; // a cycle through other tables: none in this model, and inserts would say so
            var depth = table.ForeignKeyConstraints.Where(fk => fk.PrincipalTable != table).Select(fk => Visit((ITable)fk.PrincipalTable) + 1).DefaultIfEmpty(0).Max();
            return order[table.Name] = depth;
        }
        foreach (var table in tables) Visit(table);
        return order;
    }

    private static async Task InsertAsync(TwinningDb db, SnapshotTable table, object?[] row, bool withSelfLinks, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
        for (var i = 0; i < table.Columns.Count; i++)
            command.Parameters.Add(table.Columns[i].Parameter(command, "@p" + i, !withSelfLinks && table.SelfLinks.Contains(i) ? null : row[i]));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task UpdateSelfLinksAsync(TwinningDb db, SnapshotTable table, object?[] row, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        var keys = table.Key.Select(k => table.Columns.FindIndex(c => c.Name == k)).ToList();
        command.CommandText = $"UPDATE {Quote(table.Name)} SET {string.Join(", ", table.SelfLinks.Select(i => $"{Quote(table.Columns[i].Name)} = @p{i}"))} WHERE {string.Join(" AND ", keys.Select(i => $"{Quote(table.Columns[i].Name)} = @p{i}"))}";
        foreach (var i in table.SelfLinks.Concat(keys).Distinct()) command.Parameters.Add(table.Columns[i].Parameter(command, "@p" + i, row[i]));
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Identity columns continue after the highest id restored, or the next new record would collide.</summary>
    private static async Task ResetSequencesAsync(TwinningDb db, IEnumerable<SnapshotTable> tables, CancellationToken ct)
    {
        foreach (var table in tables)
            foreach (var column in table.Columns.Where(c => c.IsIdentity))
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
                // Names from the model, not input.
                command.CommandText = $"SELECT setval(pg_get_serial_sequence('{Quote(table.Name)}', '{column.Name}'), COALESCE(MAX({Quote(column.Name)}), 0) + 1, false) FROM {Quote(table.Name)}";
                await command.ExecuteScalarAsync(ct);
            }
    }

    private static async Task<long> CountAsync(TwinningDb db, string table, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM " + Quote(table); // a table name from the model, not input
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<JsonElement?> ReadJsonAsync(StreamReader reader, CancellationToken ct)
    {
        string? line;
        do line = await reader.ReadLineAsync(ct);
        while (line is { Length: 0 });
        if (line is null) return null;
        try
        {
            return JsonDocument.Parse(line).RootElement;
        }
        catch (JsonException e)
        {
            throw new BackupException($"The backup is damaged: {e.Message}");
        }
    }

    /// <summary>Table and column names come from the model, never from input; both engines quote with double quotes.</summary>
    internal static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}

/// <summary>A backup that cannot be written or read, with a reason for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
