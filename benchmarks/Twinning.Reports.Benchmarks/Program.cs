using BenchmarkDotNet.Running;

// `--check` generates one report and prints its size and time: a quick look without a full run.
if (args.Contains("--check"))
{
    var benchmark = new Twinning.Reports.Benchmarks.ReportBenchmarks { Activities = 10_000 };
    benchmark.Setup();
    var watch = System.Diagnostics.Stopwatch.StartNew();
    var bytes = await benchmark.AgreementReportDocx();
    Console.WriteLine($"agreement report DOCX: {bytes:N0} bytes in {watch.ElapsedMilliseconds} ms (first run, cold)");
    watch.Restart();
    bytes = await benchmark.AgreementReportDocx();
    Console.WriteLine($"agreement report DOCX: {bytes:N0} bytes in {watch.ElapsedMilliseconds} ms (second run)");
    var composed = await benchmark.ComposeAsync(new Twinning.Features.Reports.ReportRequest { Agreement = 1, Language = "vi" });
    watch.Restart();
    Twinning.Features.Reports.Docx.DocxReportWriter.Write(composed);
    Console.WriteLine($"DOCX writing alone: {watch.ElapsedMilliseconds} ms");
    await using (var db = Twinning.Reports.Benchmarks.LargePartnership.Open(benchmark.ConnectionString))
    {
        watch.Restart();
        var data = await new Twinning.Features.Reports.ReportQuery(db).LoadAsync(1, new() { Agreement = 1 }, default);
        Console.WriteLine($"query alone: {watch.ElapsedMilliseconds} ms, {data!.Activities.Count} activities");
    }
    watch.Restart();
    var blocks = await benchmark.AgreementReportModel();
    Console.WriteLine($"agreement report model: {blocks} blocks in {watch.ElapsedMilliseconds} ms");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Twinning.Reports.Benchmarks.ReportBenchmarks).Assembly).Run(args);
