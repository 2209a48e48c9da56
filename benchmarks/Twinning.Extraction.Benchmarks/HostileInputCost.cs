using System.Diagnostics;
using Twinning.Extraction;
using Twinning.Extraction.Tests.Hostile;

namespace Twinning.Extraction.Benchmarks;

/// <summary>
/// `dotnet run -c Release -- hostile`: time and extra memory of each hostile input of issue 9 item 8,
/// one at a time and four at once (as four parallel imports would). Extra memory is the peak working
/// set during the run (sampled every 2 ms) minus the working set before it, after a full GC, with the
/// inputs already built; allocated is GC.GetTotalAllocatedBytes over the run. Target: each refused or
/// extracted in under 2 s and under 100 MB extra, four at once.
/// </summary>
internal static class HostileInputCost
{
    public static void Run()
    {
        var extractor = new ArticleExtractor();
        var cases = HostileInputs.All().ToList();
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine("| Input | Size | Parallel | Outcome | Wall (slowest) | Extra working set (peak) | Allocated |");
        Console.WriteLine("|---|---:|---:|---|---:|---:|---:|");
        foreach (var (name, input) in cases)
        {
            Measure(extractor, name, input, 1); // warm-up: JIT, vocabulary
            foreach (var parallel in new[] { 1, 4 }) Print(name, input, parallel, Measure(extractor, name, input, parallel));
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    /// <summary>
    /// `hostile unbounded`: the attributes-on-one-element page at growing sizes with the element,
    /// attribute and time limits lifted, one at a time: how the cost grew before the limits (quadratic).
    /// </summary>
    public static void RunUnbounded()
    {
        var extractor = new ArticleExtractor(new ExtractionOptions { MaxHtmlAttributes = int.MaxValue / 2, MaxHtmlElements = int.MaxValue, TimeBudget = TimeSpan.FromHours(1) });
        Console.WriteLine($"load average {LoadAverage()}");
        Console.WriteLine("| Attributes on one element | Wall | Extra working set (peak) | Allocated |");
        Console.WriteLine("|---:|---:|---:|---:|");
        Measure(extractor, "warm-up", ArticleInput.FromText(HostileInputs.HtmlAttributesOnOneElement(1_000), ArticleFormat.Html), 1);
        foreach (var count in new[] { 5_000, 10_000, 20_000, 40_000 })
        {
            var f = Measure(extractor, "unbounded", ArticleInput.FromText(HostileInputs.HtmlAttributesOnOneElement(count), ArticleFormat.Html), 1);
            Console.WriteLine($"| {count:N0} | {f.Slowest.TotalMilliseconds:N0} ms | {f.ExtraBytes / 1024.0 / 1024:N1} MB | {f.AllocatedBytes / 1024.0 / 1024:N1} MB |");
        }
        Console.WriteLine($"load average after: {LoadAverage()}");
    }

    private sealed record Figures(string Outcome, TimeSpan Slowest, long ExtraBytes, long AllocatedBytes);

    private static Figures Measure(ArticleExtractor extractor, string name, ArticleInput input, int parallel)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;
        using var stop = new CancellationTokenSource();
        var sampler = new Thread(() =>
        {
            using var self = Process.GetCurrentProcess();
            while (!stop.IsCancellationRequested)
            {
                self.Refresh();
                peak = Math.Max(peak, self.WorkingSet64);
                Thread.Sleep(2);
            }
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        sampler.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var outcomes = new string[parallel];
        var times = new TimeSpan[parallel];
        var threads = Enumerable.Range(0, parallel).Select(i => new Thread(() =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var x = extractor.Extract(input, CancellationToken.None);
                outcomes[i] = $"extracted ({x.Text.Length:N0} chars)";
            }
            catch (ArticleRejectedException e)
            {
                outcomes[i] = $"refused {e.Reason}: {e.Message}";
            }
            times[i] = clock.Elapsed;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        stop.Cancel();
        sampler.Join();
        return new Figures(outcomes[0], times.Max(), Math.Max(0, peak - baseline), allocated);
    }

    private static void Print(string name, ArticleInput input, int parallel, Figures f)
    {
        var size = input.Bytes?.Length ?? (input.Text!.Length);
        Console.WriteLine($"| {name} | {size / 1024.0 / 1024:0.0} MB | {parallel} | {f.Outcome} | {f.Slowest.TotalMilliseconds:N0} ms | {f.ExtraBytes / 1024.0 / 1024:N1} MB | {f.AllocatedBytes / 1024.0 / 1024:N1} MB |");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
