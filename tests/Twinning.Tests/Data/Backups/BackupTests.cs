using System.IO.Compression;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Data.Backups;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Data.Backups;

/// <summary>
/// A backup taken from a running app restores into an empty database of the other engine with every row of
/// every table as it was; a restore refuses what it cannot take whole, and leaves nothing behind when it does.
/// </summary>
public sealed class BackupTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Engine.Sqlite, Engine.Postgres)]
    [InlineData(Engine.Postgres, Engine.Sqlite)]
    public async Task A_backup_restores_into_the_other_engine_with_every_row_of_every_table(Engine from, Engine to)
    {
        await using var app = await TwinningAppFactory.CreateAsync(from, postgres);
        using (app.CreateClient()) { } // starts the host: migrations and the dataset
        await TestUsers.CreateAsync(app, "admin@backup.test", administrator: true);
        var backup = new MemoryStream();
        await using (var scope = app.Services.CreateAsyncScope())
            await DataSnapshot.ExportAsync(scope.ServiceProvider.GetRequiredService<TwinningDb>(), backup, Cancel);

        await using var target = await TestDatabase.CreateMigratedAsync(to, postgres);
        await using (var db = target.NewContext())
        {
            backup.Position = 0;
            var summary = await DataSnapshot.RestoreAsync(db, backup, Cancel);
            summary.Rows.Values.Sum().ShouldBeGreaterThan(100);
        }

        var again = new MemoryStream();
        await using (var db = target.NewContext())
            await DataSnapshot.ExportAsync(db, again, Cancel);
        var original = RowsByTable(backup);
        var restored = RowsByTable(again);
        restored.Keys.ShouldBe(original.Keys);
        foreach (var (table, rows) in original)
        {
            var missing = rows.Except(restored[table]).ToList();
            missing.Count.ShouldBe(0, $"table {table}: {missing.Count} rows differ, e.g. {missing.FirstOrDefault()?[..Math.Min(300, missing.FirstOrDefault()?.Length ?? 0)]}");
            restored[table].Count.ShouldBe(rows.Count, $"table {table}");
        }
        original["AspNetUsers"].Count.ShouldBe(1);
        original["Activities"].Count.ShouldBeGreaterThan(0);

        // The restored database goes on: a new record gets a fresh id, not one the backup used.
        await using (var db = target.NewContext())
        {
            var person = TestRecords.Person("person-after-restore", new("Người mới"), "VN");
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            original["People"].Count.ShouldBeLessThan(person.Id + 1);
        }
    }

    [Fact]
    public async Task A_restore_into_a_database_that_holds_data_is_refused_and_changes_nothing()
    {
        await using var source = await TestDatabase.CreateMigratedAsync(Engine.Sqlite, postgres);
        await using (var db = source.NewContext())
        {
            db.People.Add(TestRecords.Person("person-a", new("Một"), "VN"));
            await db.SaveChangesAsync(Cancel);
        }
        var backup = new MemoryStream();
        await using (var db = source.NewContext()) await DataSnapshot.ExportAsync(db, backup, Cancel);

        await using var db2 = source.NewContext();
        var before = await RowCounts.PerTableAsync(db2);
        backup.Position = 0;
        var refusal = await Should.ThrowAsync<BackupException>(() => DataSnapshot.RestoreAsync(db2, backup, Cancel));
        refusal.Message.ShouldContain("already holds data");
        (await RowCounts.PerTableAsync(db2)).ShouldBe(before);
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_with_a_reason_and_leaves_the_database_empty()
    {
        await using var source = await TestDatabase.CreateMigratedAsync(Engine.Sqlite, postgres);
        await using (var db = source.NewContext())
        {
            db.People.Add(TestRecords.Person("person-a", new("Một"), "VN"));
            db.People.Add(TestRecords.Person("person-b", new("Hai"), "VN"));
            await db.SaveChangesAsync(Cancel);
        }
        var backup = new MemoryStream();
        await using (var db = source.NewContext()) await DataSnapshot.ExportAsync(db, backup, Cancel);
        // Cut the last row in half: the restore has already written rows when it meets the damage.
        var lines = Lines(backup);
        lines[^1] = lines[^1][..(lines[^1].Length / 2)];
        var damaged = Pack(lines);

        await using var target = await TestDatabase.CreateMigratedAsync(Engine.Sqlite, postgres);
        await using var db3 = target.NewContext();
        var refusal = await Should.ThrowAsync<BackupException>(() => DataSnapshot.RestoreAsync(db3, damaged, Cancel));
        refusal.Message.ShouldContain("damaged");
        (await RowCounts.TotalAsync(db3)).ShouldBe(0);
    }

    private static Dictionary<string, List<string>> RowsByTable(MemoryStream backup)
    {
        var tables = new Dictionary<string, List<string>>();
        List<string>? current = null;
        foreach (var line in Lines(backup).Skip(1))
        {
            if (line.StartsWith("{\"table\":", StringComparison.Ordinal))
                tables[System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("table").GetString()!] = current = [];
            else current!.Add(Canonical(line));
        }
        return tables;
    }

    /// <summary>
    /// A row with any JSON document in it written one way: PostgreSQL's jsonb keeps a document's meaning,
    /// not its spelling (key order, spaces), and that is all the app relies on.
    /// </summary>
    private static string Canonical(string row)
    {
        var cells = System.Text.Json.Nodes.JsonNode.Parse(row)!.AsArray();
        for (var i = 0; i < cells.Count; i++)
            if (cells[i] is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) && text.StartsWith('{'))
                cells[i] = Sorted(System.Text.Json.Nodes.JsonNode.Parse(text)!).ToJsonString();
        return cells.ToJsonString();
    }

    private static System.Text.Json.Nodes.JsonNode Sorted(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Sorted(p.Value.DeepClone())))),
        System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray(a.Select(x => x is null ? null : Sorted(x.DeepClone())).ToArray()),
        _ => node.DeepClone(),
    };

    private static List<string> Lines(MemoryStream backup)
    {
        backup.Position = 0;
        using var reader = new StreamReader(new GZipStream(new MemoryStream(backup.ToArray()), CompressionMode.Decompress));
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    private static MemoryStream Pack(List<string> lines)
    {
        var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new StreamWriter(gzip))
            foreach (var line in lines) writer.WriteLine(line);
        packed.Position = 0;
        return packed;
    }
}
