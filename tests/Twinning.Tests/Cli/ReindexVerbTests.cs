using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Cli;

/// <summary>`twinning reindex` as an operator runs it after the index was lost or changed behind the app's back.</summary>
public sealed class ReindexVerbTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reindex_writes_an_entry_for_every_record_again()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Engine.Sqlite, postgres);
        string[] settings = [$"--Database:Provider={database.ProviderName}", $"--ConnectionStrings:Twinning={database.ConnectionString}"];
        int records;
        await using (var db = database.NewContext())
        {
            await TestRecords.SavePartnershipAsync(db);
            db.Add(TestRecords.Person("p", new("Kaysone Phomvihane", null, "ໄກສອນ ພົມວິຫານ"), Twinning.Data.CountryCode.Laos));
            await db.SaveChangesAsync(Cancel);
            records = await db.SearchEntries.CountAsync(Cancel);
            records.ShouldBe(2);
            await db.SearchEntries.ExecuteDeleteAsync(Cancel); // lost behind the app's back
        }

        var (exit, stdout, stderr) = await TwinningProcess.RunAsync(["reindex", .. settings]);
        exit.ShouldBe(0, stderr);
        stdout.ShouldContain($"Indexed {records} records");
        await using (var db = database.NewContext())
            (await db.SearchEntries.Where(e => e.Kind == Twinning.Features.Search.SearchHitKind.Person).Select(e => e.NameKey).SingleAsync(Cancel))
                .ShouldBe($"|kaysone phomvihane|{Twinning.Features.Search.TextFolding.ForIndex("ໄກສອນ ພົມວິຫານ")}|");
    }
}
