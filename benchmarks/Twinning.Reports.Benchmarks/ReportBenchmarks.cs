using BenchmarkDotNet.Attributes;
using Twinning.Features.Reports;
using Twinning.Features.Reports.Docx;
using Twinning.Web.Localization;

namespace Twinning.Reports.Benchmarks;

/// <summary>
/// Generating the period review report for a partnership with 10,000 approved activities: reading
/// the record, composing the report and writing the DOCX, as the download does. Target: under 2 s.
/// </summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    [Params(10_000)]
    public int Activities { get; set; }

    private string _connectionString = "";
    public int AgreementId => _agreementId;
    private int _partnershipId, _agreementId;
    private JsonStringLocalizer _t = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"twinning-report-benchmark-{Activities}.db");
        (_connectionString, _partnershipId, _agreementId) = LargePartnership.CreateAsync(path, Activities).GetAwaiter().GetResult();
        _t = new JsonStringLocalizer(new UiTextCatalog(UiTextCatalog.DefaultFolder));
    }

    [Benchmark(Description = "agreement report, DOCX")]
    public async Task<int> AgreementReportDocx()
    {
        var report = await ComposeAsync(new ReportRequest { Agreement = _agreementId, Language = "vi" });
        return DocxReportWriter.Write(report).Length;
    }

    [Benchmark(Description = "ten-year range report, DOCX")]
    public async Task<int> RangeReportDocx()
    {
        var report = await ComposeAsync(new ReportRequest { From = new DateOnly(2016, 1, 1), To = new DateOnly(2025, 12, 31), Language = "en" });
        return DocxReportWriter.Write(report).Length;
    }

    [Benchmark(Description = "agreement report, model only")]
    public async Task<int> AgreementReportModel() =>
        (await ComposeAsync(new ReportRequest { Agreement = _agreementId, Language = "vi" })).Body.Count;

    public async Task<ReportDocument> ComposeAsync(ReportRequest request)
    {
        await using var db = LargePartnership.Open(_connectionString);
        return await new ReportGenerator(db, _t, TimeProvider.System).ComposeAsync(_partnershipId, request, CancellationToken.None)
            ?? throw new InvalidOperationException("the benchmark partnership is missing");
    }
}
