using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Twinning.Extraction;

namespace Twinning.Extraction.Benchmarks;

/// <summary>
/// Throughput of the extractor: the seed articles (articles/s) and long texts of 1 and 5 MB (MB/s;
/// the two sizes together show whether time grows linearly with length). Allocations via the
/// memory diagnoser. The seeds are read from the brief's shared folder beside the repository.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class ExtractionBenchmarks
{
    private ArticleExtractor extractor = null!;
    private ArticleExtractor longTextExtractor = null!;
    private string[] seeds = [];
    private string longText = "";

    [Params(1, 5)]
    public int LongTextMegabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        extractor = new ArticleExtractor();
        longTextExtractor = new ArticleExtractor(new ExtractionOptions { MaxTextChars = 8 * 1024 * 1024 });
        seeds = Directory.GetFiles(SeedsFolder(), "*.txt").Order().Select(File.ReadAllText).ToArray();
        // A long text made of the seeds' cleaned bodies, each copy given other dates so nothing collapses to duplicates.
        var bodies = seeds.Select(s => extractor.Extract(s).Text).ToArray();
        var sb = new System.Text.StringBuilder();
        for (var i = 0; sb.Length < LongTextMegabytes * 1024 * 1024; i++)
            sb.Append(bodies[i % bodies.Length].Replace("12/3", $"{1 + i % 28}/{1 + i % 12}")).Append('\n');
        longText = sb.ToString();
    }

    /// <summary>All five seeds, one after another (divide by five for one article).</summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int SeedArticle()
    {
        var n = 0;
        foreach (var seed in seeds) n += extractor.Extract(seed).People.Count;
        return n;
    }

    [Benchmark]
    public int LongText() => longTextExtractor.Extract(longText).Events.Count;

    private static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("The shared/seeds folder was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A short run (3 warm-ups, 5 measured iterations) so the whole suite takes a few minutes.</summary>
    private sealed class ShortConfig : ManualConfig
    {
        public ShortConfig()
        {
            AddJob(Job.ShortRun.WithWarmupCount(3).WithIterationCount(5).WithLaunchCount(1));
            AddColumn(StatisticColumn.Mean, StatisticColumn.StdDev);
            SummaryStyle = SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend);
        }
    }
}

public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
