using System.CommandLine;
using Twinning.Data;
using Twinning.Features.Search;
using Twinning.Web;

namespace Twinning.Cli;

/// <summary>
/// `twinning reindex`: writes the search index again from the records. Saves keep it current; this is for
/// records changed behind the app's back (SQL by hand, a cascade in the database) or after a change to folding.
/// </summary>
internal static class ReindexCommand
{
    public static Command Build()
    {
        var reindex = new Command("reindex", "Rebuild the search index from the records.") { TreatUnmatchedTokensAsErrors = false };
        reindex.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), ct));
        return reindex;
    }

    private static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        var app = TwinningWebApp.Build(args);
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(loadDataset: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var written = await SearchIndexer.RebuildAsync(scope.ServiceProvider.GetRequiredService<TwinningDb>(), ct);
        Console.WriteLine($"Indexed {written} records for search in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
