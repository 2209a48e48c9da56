using System.Net;
using System.Text;

namespace Twinning.Tests.Features.Exports;

/// <summary>The CSV files, parsed back by a strict RFC 4180 reader and compared with the database.</summary>
public sealed class CsvExportTests(ExportsApp app) : IClassFixture<ExportsApp>
{
    private string Url(string kind) => $"/partnerships/{app.PartnershipA}/exports/{kind}.csv";

    [Fact]
    public async Task Each_kind_starts_with_a_bom_and_holds_exactly_its_approved_records()
    {
        var expected = await app.Factory.WithAppDbAsync(db => ExpectedRecords.IdsAsync(db, app.PartnershipA));
        foreach (var (kind, ids) in expected)
        {
            var bytes = await app.DownloadAsync(app.ViewerOfA, Url(kind));
            bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, kind);
            var records = CsvReader.Parse(new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3));
            records[0][0].ShouldBe(ExportWords.Vi.Header("id"));
            records.Skip(1).ShouldAllBe(r => r.Length == records[0].Length, kind);
            records.Skip(1).Select(r => int.Parse(r[0])).ToHashSet().ShouldBe(ids, ignoreOrder: true, customMessage: kind);
        }
    }

    [Fact]
    public async Task Commas_quotes_line_breaks_and_lao_survive_and_formulas_are_defused()
    {
        var bytes = await app.DownloadAsync(app.ViewerOfA, Url("visits"));
        var text = Encoding.UTF8.GetString(bytes);
        var records = CsvReader.Parse(text.TrimStart('\uFEFF'));
        var header = records[0].ToList();
        var row = records.Single(r => r[0] == app.TrickyVisitId.ToString());

        row[header.IndexOf(ExportWords.Vi.Header("title_vi"))].ShouldBe("'" + ExportsApp.TrickyTitle);
        row[header.IndexOf(ExportWords.Vi.Header("title_en"))].ShouldBe("Visit, \"quoted\"");
        row[header.IndexOf(ExportWords.Vi.Header("title_lo"))].ShouldBe(ExportsApp.TrickyLao);
        row[header.IndexOf(ExportWords.Vi.Header("summary_vi"))].ShouldBe(ExportsApp.TrickySummary);
        row[header.IndexOf(ExportWords.Vi.Header("start_date"))].ShouldBe("2025-05-06");
        row[header.IndexOf(ExportWords.Vi.Header("end_date"))].ShouldBe("2025-05-09");
        // The raw file quotes what needs it, doubling the quotes inside.
        text.ShouldContain("\"Visit, \"\"quoted\"\"\"");
    }

    [Fact]
    public async Task Amounts_are_plain_numbers_beside_their_currency()
    {
        var records = CsvReader.Parse(Encoding.UTF8.GetString(await app.DownloadAsync(app.ViewerOfA, Url("projects"))).TrimStart('\uFEFF'));
        var header = records[0].ToList();
        var budgets = records.Skip(1).Where(r => r[header.IndexOf(ExportWords.Vi.Header("budget_amount"))] != "").ToList();
        budgets.ShouldNotBeEmpty();
        var amounts = budgets.Select(r => (Amount: decimal.Parse(r[header.IndexOf(ExportWords.Vi.Header("budget_amount"))], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture),
            Currency: r[header.IndexOf(ExportWords.Vi.Header("budget_currency"))])).ToList();
        amounts.ShouldContain((3_000_000m, "USD"));
    }

    [Fact]
    public async Task An_unknown_kind_is_not_found()
    {
        using var response = await app.ViewerOfA.GetAsync(Url("passwords"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
