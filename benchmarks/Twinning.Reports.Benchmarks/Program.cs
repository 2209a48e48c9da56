using System.Diagnostics;
using BenchmarkDotNet.Running;
using Twinning.Features.Reports;
using Twinning.Reports.Benchmarks;

// `--report` / `--export` with `--connection …`: the report or the workbook of a partnership of a database
// that is already there (see ExistingDatabase and benchmarks/README.md).
if (args.Contains("--report") || args.Contains("--export"))
{
    var options = new Dictionary<string, string>();
    for (var i = 0; i < args.Length - 1; i++)
        if (args[i].StartsWith("--") && !args[i + 1].StartsWith("--")) options[args[i][2..]] = args[++i];
    var existing = new ExistingDatabase(options);
    if (args.Contains("--report")) await existing.ReportAsync();
    else await existing.ExportAsync();
    return;
}

// `--check` generates the report a few times and prints wall-clock and CPU time of each run: on a
// shared machine the CPU time says what the work costs when the wall clock is mostly waiting.
if (args.Contains("--check"))
{
    var benchmark = new ReportBenchmarks { Activities = 10_000 };
    benchmark.Setup();
    var process = Process.GetCurrentProcess();
    for (var run = 1; run <= 4; run++)
    {
        var watch = Stopwatch.StartNew();
        var cpu = process.TotalProcessorTime;
        var report = await benchmark.ComposeAsync(new ReportRequest { Agreement = benchmark.AgreementId, Language = "vi" });
        var composed = watch.ElapsedMilliseconds;
        var bytes = Twinning.Features.Reports.Docx.DocxReportWriter.Write(report).Length;
        process.Refresh();
        Console.WriteLine($"run {run}: {bytes:N0} bytes; read + compose {composed} ms, + DOCX {watch.ElapsedMilliseconds} ms wall clock; "
            + $"{(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms CPU; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ReportBenchmarks).Assembly).Run(args);
