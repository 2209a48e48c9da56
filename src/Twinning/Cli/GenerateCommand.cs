using System.CommandLine;
using Twinning.Data;
using Twinning.Data.Generation;
using Twinning.Web;

namespace Twinning.Cli;

/// <summary>
/// `twinning generate --partnerships 1000 --activities 500000 [--seed N]`: fills a database with a country's
/// worth of reproducible records, for measuring (benchmarks/) — never for a database people use.
/// </summary>
internal static class GenerateCommand
{
    public static Command Build()
    {
        var partnerships = new Option<int>("--partnerships") { Description = "How many partnerships.", DefaultValueFactory = _ => 1000 };
        var activities = new Option<int>("--activities") { Description = "How many activities in all.", DefaultValueFactory = _ => 500_000 };
        var largest = new Option<int>("--largest") { Description = "Activities of the first partnership (the others share the rest); 0 shares all evenly.", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same data.", DefaultValueFactory = _ => 1 };
        var generate = new Command("generate", "Fill the database with generated partnerships and activities, for measuring.") { TreatUnmatchedTokensAsErrors = false };
        generate.Add(partnerships);
        generate.Add(activities);
        generate.Add(seed);
        generate.Add(largest);
        generate.SetAction((result, ct) => RunAsync(result.UnmatchedTokens.ToArray(), result.GetValue(partnerships), result.GetValue(activities), result.GetValue(largest), result.GetValue(seed), ct));
        return generate;
    }

    private static async Task<int> RunAsync(string[] args, int partnerships, int activities, int largest, int seed, CancellationToken ct)
    {
        if (partnerships < 1 || activities < partnerships)
        {
            Console.Error.WriteLine("Give at least one partnership and at least as many activities as partnerships.");
            return 2;
        }
        if (largest < 0 || largest > activities - (partnerships - 1))
        {
            Console.Error.WriteLine("--largest must leave at least one activity for each of the other partnerships.");
            return 2;
        }
        var app = TwinningWebApp.Build(args);
        await app.Services.GetRequiredService<DatabaseInitializer>().MigrateAsync(loadDataset: false, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var generator = new ScaleGenerator(scope.ServiceProvider.GetRequiredService<TwinningDb>(), seed);
        var every = Math.Max(1, partnerships / 20);
        await generator.GenerateAsync(partnerships, activities, new PrintedProgress(p =>
        {
            if (p.Partnerships % every == 0 || p.Partnerships == partnerships)
                Console.WriteLine($"{p.Partnerships} partnerships, {p.Activities} activities ({started.Elapsed.TotalSeconds:0} s)");
        }), ct, largest);
        Console.WriteLine($"Generated {partnerships} partnerships and {activities} activities in {started.Elapsed.TotalSeconds:0} s.");
        return 0;
    }

    /// <summary>Progress printed in order, on the generating thread (Progress&lt;T&gt; would post it to the thread pool).</summary>
    private sealed class PrintedProgress(Action<ScaleGenerator.Progress> print) : IProgress<ScaleGenerator.Progress>
    {
        public void Report(ScaleGenerator.Progress value) => print(value);
    }
}
