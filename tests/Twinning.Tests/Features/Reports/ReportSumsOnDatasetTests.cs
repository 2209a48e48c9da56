using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Twinning.Tests.Infrastructure;
using static Twinning.Tests.Features.Reports.ReportFixture;

namespace Twinning.Tests.Features.Reports;

/// <summary>
/// The bundled dataset's own report adds up too (its agreement report once counted 12 activities in the
/// overview against 11 in the sections, and 10 commitments against 13 in the table). Nothing here is a
/// count of the dataset: each figure is held against another figure of the same report.
/// </summary>
public sealed partial class ReportSumsOnDatasetTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    private static readonly string[] KindTables = ["visits", "meetings", "projects", "programmes", "events", "donations"];

    [Theory]
    [InlineData("vi")]
    [InlineData("lo")]
    public async Task The_agreement_reports_overview_sections_and_tables_agree(string language)
    {
        var agreement = await RichestAgreementAsync(app);
        var report = await app.PageAsync($"/partnerships/{app.PartnershipId}/reports/print?Agreement={agreement}&Language={language}");
        var sections = KindTables.Sum(t => Rows(report, t));
        sections.ShouldBe(Rows(report, "appendix"));
        var numbers = Numbers(Overview(report));
        numbers.ShouldContain(sections, "the overview's total is the sections' sum");
        numbers.ShouldContain(Rows(report, "commitments"), "the overview's commitment total is the table's");
        // Part II lists each commitment of the table once, under its area.
        report.QuerySelectorAll("main p.item").Count(p => p.TextContent.Contains(language == "vi" ? "Cam kết:" : "ຂໍ້ຜູກພັນ:")).ShouldBe(Rows(report, "commitments"));
    }

    private static int Rows(IHtmlDocument page, string table) => page.QuerySelectorAll($"table#{table} tbody tr").Length;

    private static string Overview(IHtmlDocument report) =>
        string.Join("\n", report.QuerySelector("main")!.Children.SkipWhile(e => e.TagName != "H2").Skip(1).TakeWhile(e => e.TagName != "H2").Select(e => e.TextContent));

    /// <summary>The whole numbers of a text, dates' digits left out.</summary>
    private static List<int> Numbers(string text) => Number().Matches(DateLike().Replace(text, "")).Select(m => int.Parse(m.Value)).ToList();

    [GeneratedRegex(@"(?<![\d/–-])\d+(?![\d/–-])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\d{1,2}/\d{1,2}/\d{4}|\d{4}–\d{4}|\d{1,2} \S+ \d{4}")]
    private static partial Regex DateLike();
}
