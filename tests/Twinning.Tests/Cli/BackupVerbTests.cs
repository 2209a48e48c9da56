using Microsoft.EntityFrameworkCore;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Cli;

/// <summary>`twinning backup` and `twinning restore` as an operator runs them, moving a SQLite deployment to PostgreSQL.</summary>
public sealed class BackupVerbTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string[] Database(TestDatabase database) =>
        [$"--Database:Provider={database.ProviderName}", $"--ConnectionStrings:Twinning={database.ConnectionString}"];

    [Fact]
    public async Task A_sqlite_deployment_moves_to_postgresql_by_backup_and_restore()
    {
        await using var sqlite = await TestDatabase.CreateEmptyAsync(Engine.Sqlite, postgres);
        var (migrated, _, migrateError) = await TwinningProcess.RunAsync(["migrate", .. Database(sqlite)]);
        migrated.ShouldBe(0, migrateError);
        var file = Path.Combine(Directory.CreateTempSubdirectory("twinning-backup-").FullName, "twinning.backup");
        try
        {
            var (exit, stdout, stderr) = await TwinningProcess.RunAsync(["backup", "--out", file, .. Database(sqlite)]);
            exit.ShouldBe(0, stderr);
            stdout.ShouldContain("Backed up");
            File.Exists(file + ".partial").ShouldBeFalse();

            // The same file again is refused: a backup is never overwritten.
            (await TwinningProcess.RunAsync(["backup", "--out", file, .. Database(sqlite)])).Exit.ShouldBe(2);

            await using var target = await TestDatabase.CreateEmptyAsync(Engine.Postgres, postgres);
            var (restored, restoreOut, restoreError) = await TwinningProcess.RunAsync(["restore", file, .. Database(target)]);
            restored.ShouldBe(0, restoreError);
            restoreOut.ShouldContain("Restored");

            await using var from = sqlite.NewContext();
            await using var to = target.NewContext();
            (await RowCounts.PerTableAsync(to)).ShouldBe(await RowCounts.PerTableAsync(from));
            (await to.People.Select(p => p.Key).OrderBy(k => k).ToListAsync(Cancel)).ShouldBe(await from.People.Select(p => p.Key).OrderBy(k => k).ToListAsync(Cancel));

            // A second restore into the now full database is refused and says why.
            var (again, _, againError) = await TwinningProcess.RunAsync(["restore", file, .. Database(target)]);
            again.ShouldBe(1);
            againError.ShouldContain("already holds data");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_refused_with_a_reason()
    {
        await using var target = await TestDatabase.CreateEmptyAsync(Engine.Sqlite, postgres);
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, "not a backup", Cancel);
            var (exit, _, stderr) = await TwinningProcess.RunAsync(["restore", file, .. Database(target)]);
            exit.ShouldBe(1);
            stderr.ShouldContain("not a Twinning backup");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
