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
        seeds = Directory.GetFiles(SeedsFolder.Find(), "*.txt").Order().Select(File.ReadAllText).ToArray();
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
    public static void Main(string[] args)
    {
        if (args is ["stages", ..]) StageTimings.Run();
        else if (args is ["hostile", "unbounded", ..]) HostileInputCost.RunUnbounded();
        else if (args is ["hostile", ..]) HostileInputCost.Run();
        else BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

/// <summary>`dotnet run -c Release -- stages`: a rough per-stage breakdown, to see where time goes.</summary>
internal static class StageTimings
{
    public static void Run()
    {
        var extractor = new ArticleExtractor();
        var folder = Directory.GetFiles(SeedsFolder.Find(), "*.txt").Order().Select(File.ReadAllText).ToArray();
        var texts = folder.Select(s => extractor.Extract(s).Text).ToArray();
        var vocabulary = Twinning.Extraction.Vocabulary.ExtractionVocabulary.Default;
        void Time(string name, Action<string, string> run)
        {
            for (var w = 0; w < 20; w++) for (var i = 0; i < texts.Length; i++) run(folder[i], texts[i]);
            var process = System.Diagnostics.Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            const int rounds = 200;
            for (var r = 0; r < rounds; r++) for (var i = 0; i < texts.Length; i++) run(folder[i], texts[i]);
            process.Refresh();
            var n = rounds * texts.Length;
            // CPU time counts only what this process ran, so it stays meaningful on a shared, loaded machine.
            Console.WriteLine($"{name,-14} {watch.Elapsed.TotalMilliseconds * 1000 / n,10:0.0} µs/article wall {(process.TotalProcessorTime - cpu).TotalMilliseconds * 1000 / n,10:0.0} µs/article CPU");
        }
        Time("full", (raw, _) => extractor.Extract(raw));
        Time("clean", (raw, _) => Twinning.Extraction.Text.ArticleCleaner.Clean(raw, vocabulary));
        Time("tokenize", (_, text) => Twinning.Extraction.Text.Tokenizer.Tokenize(text));
        Time("dates", (_, text) => Twinning.Extraction.Rules.DateFinder.Find(text));
        Time("document", (_, text) => new Twinning.Extraction.Rules.ArticleDocument(text, vocabulary));
        var docs = texts.Select(t => new Twinning.Extraction.Rules.ArticleDocument(t, vocabulary)).ToArray();
        var k = 0;
        Time("people", (_, _) => new Twinning.Extraction.Rules.PeopleFinder(docs[k++ % docs.Length], []).Find());
        Time("projects", (_, _) => new Twinning.Extraction.Rules.ProjectFinder(docs[k++ % docs.Length]).Find());
        Time("orgs", (_, _) => Twinning.Extraction.Rules.OrganisationFinder.Find(docs[k++ % docs.Length]));
        Time("published", (_, text) => Twinning.Extraction.Rules.PublishedDateFinder.Find(text));
        Time("legacy", (raw, _) => Twinning.Extraction.Input.LegacyEncodingCheck.Check(raw));
        Time("years", (_, _) => { var d = docs[k++ % docs.Length]; new Twinning.Extraction.Rules.YearResolver(d, null, Twinning.Extraction.Rules.DateFinder.Find(d.Text), null); });
        Time("events", (_, _) =>
        {
            var d = docs[k++ % docs.Length];
            var dates = Twinning.Extraction.Rules.DateFinder.Find(d.Text);
            new Twinning.Extraction.Rules.EventFinder(d, dates, new Twinning.Extraction.Rules.YearResolver(d, null, dates, null), null).Find();
        });
        Time("full (warm)", (raw, _) => extractor.Extract(raw));
    }
}

/// <summary>The brief's shared/seeds folder, found by walking up from the binaries.</summary>
internal static class SeedsFolder
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = Path.Combine(dir.FullName, "shared", "seeds");
            if (Directory.Exists(seeds)) return seeds;
        }
        throw new DirectoryNotFoundException("The shared/seeds folder was not found above " + AppContext.BaseDirectory);
    }
}
