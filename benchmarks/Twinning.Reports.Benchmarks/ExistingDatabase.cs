using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Exports;
using Twinning.Features.Reports;
using Twinning.Features.Reports.Docx;
using Twinning.Web.Localization;

namespace Twinning.Reports.Benchmarks;

/// <summary>
/// The report and the workbook of a partnership in a database that is already there (the `generate`
/// verb's, on SQLite or PostgreSQL), timed run by run with the process's CPU time beside the wall clock:
/// on a shared machine the CPU time says what the work costs when the wall clock is mostly waiting.
/// `--dump DIR` also writes what the report says as text, so two versions of the code can be compared.
/// </summary>
public sealed class ExistingDatabase(Dictionary<string, string> options)
{
    private string Option(string name, string? fallback = null) =>
        options.GetValueOrDefault(name) ?? fallback ?? throw new ArgumentException($"--{name} is required");

    private TwinningDb Open()
    {
        var connection = Option("connection");
        return Option("provider", "Sqlite").Equals("Postgres", StringComparison.OrdinalIgnoreCase)
            ? new PostgresTwinningDb(new DbContextOptionsBuilder<PostgresTwinningDb>().UseNpgsql(connection)
                .ConfigureWarnings(DatabaseRegistration.IgnoreExpectedWarnings).Options)
            : new SqliteTwinningDb(new DbContextOptionsBuilder<SqliteTwinningDb>().UseSqlite(connection)
                .ConfigureWarnings(DatabaseRegistration.IgnoreExpectedWarnings).Options);
    }

    private int Runs => int.Parse(Option("runs", "4"));
    private int PartnershipId => int.Parse(Option("partnership", "1"));

    public async Task ReportAsync()
    {
        var request = new ReportRequest
        {
            Agreement = options.TryGetValue("agreement", out var agreement) ? int.Parse(agreement) : null,
            From = options.TryGetValue("from", out var from) ? DateOnly.Parse(from, CultureInfo.InvariantCulture) : null,
            To = options.TryGetValue("to", out var to) ? DateOnly.Parse(to, CultureInfo.InvariantCulture) : null,
            Language = Option("language", "vi"),
            Date = new DateOnly(2026, 12, 4), // a fixed date line, so dumps of two runs compare
        };
        var t = new JsonStringLocalizer(new UiTextCatalog(UiTextCatalog.DefaultFolder));
        var clock = TimeProvider.System;
        await MeasureAsync("report", async () =>
        {
            var watch = Stopwatch.StartNew();
            await using var db = Open();
            var data = await new ReportQuery(db).LoadAsync(PartnershipId, request, clock, CancellationToken.None)
                ?? throw new InvalidOperationException("no such partnership or agreement");
            var read = watch.ElapsedMilliseconds;
            ReportDocument report;
            using (new ReportCulture(request.Language)) report = new ReportComposer(t, data.Today).Compose(data, request);
            var composed = watch.ElapsedMilliseconds;
            var bytes = DocxReportWriter.Write(report);
            if (options.TryGetValue("dump", out var folder))
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllTextAsync(Path.Combine(folder, "report.txt"), Dump(report));
                await File.WriteAllBytesAsync(Path.Combine(folder, "report.docx"), bytes);
            }
            return $"{data.Activities.Count:N0} activities, {bytes.Length:N0} bytes; read {read} ms, compose {composed - read} ms, DOCX {watch.ElapsedMilliseconds - composed} ms";
        });
    }

    public async Task ExportAsync()
    {
        var t = new JsonStringLocalizer(new UiTextCatalog(UiTextCatalog.DefaultFolder));
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(Option("language", "vi"));
        var path = Option("out", Path.Combine(Path.GetTempPath(), $"twinning-export-{PartnershipId}.xlsx"));
        await MeasureAsync("workbook", async () =>
        {
            await using var db = Open();
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
                await XlsxExport.WriteAsync(ExportSheets.All, new ExportLanguage(t), db, PartnershipId, file, CancellationToken.None);
            return $"{new FileInfo(path).Length:N0} bytes in {path}";
        });
    }

    private async Task MeasureAsync(string what, Func<Task<string>> run)
    {
        var process = Process.GetCurrentProcess();
        for (var i = 1; i <= Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var note = await run();
            process.Refresh();
            Console.WriteLine($"{what} run {i}: {watch.ElapsedMilliseconds:N0} ms wall clock, {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms CPU, "
                + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1_048_576.0:N0} MB allocated, peak working set {process.PeakWorkingSet64 / 1_048_576:N0} MB; "
                + $"{note}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
    }

    /// <summary>Everything the report says, a line per paragraph, point and table row.</summary>
    public static string Dump(ReportDocument report)
    {
        var text = new StringBuilder();
        text.AppendLine(report.Header.ToString());
        foreach (var block in report.Body.Concat(report.Appendix))
        {
            if (block is ReportTable table)
            {
                text.AppendLine($"table {table.Id}: {table.Caption} [{string.Join(" | ", table.Columns.Select(c => c.Header))}]");
                foreach (var row in table.Rows) text.AppendLine(string.Join(" | ", row));
            }
            else if (block is ReportChart chart)
                text.AppendLine($"chart {chart.Chart.Title}: {System.Text.Json.JsonSerializer.Serialize(chart.Chart)}");
            else text.AppendLine(block.ToString());
        }
        text.AppendLine(report.Closing.ToString());
        return text.ToString();
    }
}
