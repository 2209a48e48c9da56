using System.CommandLine;
using Twinning.Data;
using Twinning.Data.Backups;
using Twinning.Web;

namespace Twinning.Cli;

/// <summary>
/// `twinning backup --out FILE` and `twinning restore FILE`: a consistent logical copy of all the data,
/// taken while the app runs, that restores into an empty database of either engine — which is also how a
/// deployment moves from the embedded SQLite to PostgreSQL (back up, point the configuration at
/// PostgreSQL, `migrate --no-dataset`, restore).
/// </summary>
internal static class BackupCommand
{
    public static IEnumerable<Command> Build()
    {
        var output = new Option<FileInfo>("--out") { Description = "The file to write (gzip'd JSON lines); refused if it exists.", Required = true };
        var backup = new Command("backup", "Write a consistent copy of all the data to a file, while the app may be running.") { TreatUnmatchedTokensAsErrors = false };
        backup.Add(output);
        backup.SetAction((result, ct) => BackupAsync(result.UnmatchedTokens.ToArray(), result.GetValue(output)!, ct));

        var input = new Argument<FileInfo>("FILE") { Description = "A file written by `backup`." };
        var restore = new Command("restore", "Load a backup into an empty database (either engine), migrating its schema first.") { TreatUnmatchedTokensAsErrors = false };
        restore.Add(input);
        restore.SetAction((result, ct) => RestoreAsync(result.UnmatchedTokens.ToArray(), result.GetValue(input)!, ct));
        return [backup, restore];
    }

    private static async Task<int> BackupAsync(string[] args, FileInfo file, CancellationToken ct)
    {
        if (file.Exists)
        {
            Console.Error.WriteLine($"{file.FullName} exists: choose a new file name.");
            return 2;
        }
        var app = TwinningWebApp.Build(args);
        await using var scope = app.Services.CreateAsyncScope();
        var temporary = file.FullName + ".partial";
        try
        {
            DataSnapshot.Summary summary;
            await using (var stream = File.Create(temporary))
                summary = await DataSnapshot.ExportAsync(scope.ServiceProvider.GetRequiredService<TwinningDb>(), stream, ct);
            // Only a whole backup takes the name: an interrupted one never looks like a good one.
            File.Move(temporary, file.FullName);
            Console.WriteLine($"Backed up {summary.Rows.Values.Sum()} rows of {summary.Rows.Count} tables (schema {summary.Migration}) to {file.FullName}.");
            return 0;
        }
        catch (BackupException e)
        {
            File.Delete(temporary);
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static async Task<int> RestoreAsync(string[] args, FileInfo file, CancellationToken ct)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"{file.FullName} does not exist.");
            return 2;
        }
        var app = TwinningWebApp.Build(args);
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(loadDataset: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await using var stream = file.OpenRead();
            var summary = await DataSnapshot.RestoreAsync(scope.ServiceProvider.GetRequiredService<TwinningDb>(), stream, ct);
            Console.WriteLine($"Restored {summary.Rows.Values.Sum()} rows of {summary.Rows.Count} tables from {file.FullName}.");
            return 0;
        }
        catch (Exception e) when (e is BackupException or System.IO.InvalidDataException)
        {
            Console.Error.WriteLine(e is BackupException ? e.Message : $"{file.Name} is not a Twinning backup ({e.Message}).");
            return 1;
        }
    }
}
