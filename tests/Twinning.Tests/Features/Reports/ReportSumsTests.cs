using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Reports;

/// <summary>
/// A report's figures add up: each section's count is the overview's, and the dashboard shows the same
/// numbers for the same records. The records are the test's own (<see cref="OwnRecordsApp"/>), so every
/// figure is also checked against what was put in.
/// </summary>
public sealed partial class ReportSumsTests(OwnRecordsApp app) : IClassFixture<OwnRecordsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string[] KindTables = ["visits", "meetings", "projects", "programmes", "events", "donations"];

    private string Print(string query) => $"/partnerships/{app.PartnershipId}/reports/print?{query}";

    private static int Rows(IHtmlDocument page, string table) => page.QuerySelectorAll($"table#{table} tbody tr").Length;

    [Fact]
    public Task The_sections_add_up_to_the_overview_and_to_the_dashboard() => SectionsAddUpAsync(app);

    /// <summary>Shared with the PostgreSQL run (<see cref="ReportSumsOnPostgresTests"/>).</summary>
    internal static async Task SectionsAddUpAsync(OwnRecordsApp app)
    {
        string Print(string query) => $"/partnerships/{app.PartnershipId}/reports/print?{query}";
        var report = await app.PageAsync(Print("From=2000-01-01&To=2030-12-31&Language=vi"));
        var dashboard = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        var figures = dashboard.QuerySelectorAll(".figure").ToDictionary(f => f.QuerySelector(".label")!.TextContent.Trim(), f => int.Parse(f.QuerySelector(".number")!.TextContent));

        // Eight approved activities, one of each kind but three visits; the draft is counted nowhere.
        var sections = KindTables.ToDictionary(t => t, t => Rows(report, t));
        sections.ShouldBe(new Dictionary<string, int> { ["visits"] = 3, ["meetings"] = 1, ["projects"] = 1, ["programmes"] = 1, ["events"] = 1, ["donations"] = 1 });
        var total = sections.Values.Sum();
        Rows(report, "appendix").ShouldBe(total);
        var overview = Overview(report);
        int.Parse(TotalActivities().Match(overview).Groups[1].Value).ShouldBe(total);
        figures["hoạt động đã ghi nhận"].ShouldBe(total);
        figures["dự án, công trình"].ShouldBe(sections["projects"]);
        figures["chương trình đào tạo, học bổng"].ShouldBe(sections["programmes"]);

        // Visits by direction: the dashboard's table by year and the report's visits table count the same.
        var dashboardDirections = dashboard.QuerySelectorAll("table").First(t => t.TextContent.Contains("Hà Nội → Viêng Chăn")).QuerySelectorAll("tbody tr")
            .Select(r => r.QuerySelectorAll("td").Skip(1).Select(c => int.Parse(c.TextContent)).ToArray()).ToList();
        var reportDirections = report.QuerySelectorAll("table#visits tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        dashboardDirections.Sum(r => r[0]).ShouldBe(reportDirections.Count(d => d == "Hà Nội → Viêng Chăn"));
        dashboardDirections.Sum(r => r[1]).ShouldBe(reportDirections.Count(d => d == "Viêng Chăn → Hà Nội"));
        overview.ShouldContain("Hà Nội → Viêng Chăn: 2 đoàn");
        overview.ShouldContain("Viêng Chăn → Hà Nội: 1 đoàn");
    }

    [Fact]
    public async Task The_commitments_add_up_across_the_overview_the_areas_and_the_table()
    {
        var report = await app.PageAsync(Print($"Agreement={app.AgreementId}&Language=vi"));
        var overview = Overview(report);
        var table = Rows(report, "commitments");
        table.ShouldBe(3); // two in the agreement, one in the agency agreement signed under it
        int.Parse(CommitmentsTotal().Match(overview).Groups[1].Value).ShouldBe(table);
        overview.ShouldContain("bổ sung 1 cam kết, nâng tổng số cam kết được theo dõi lên 3");
        report.QuerySelectorAll("main p.item").Count(p => p.TextContent.Contains("Cam kết:")).ShouldBe(table);
    }

    [Fact]
    public async Task The_overview_is_written_from_the_data_in_each_language()
    {
        var range = "From=2024-01-01&To=2025-12-31";
        var vi = Overview(await app.PageAsync(Print($"{range}&Language=vi")));
        vi.ShouldContain("Từ 01/01/2024 đến 31/12/2025, hai bên đã triển khai 8 hoạt động được ghi nhận, gồm 3 đoàn, 1 cuộc gặp, hội đàm, 1 dự án, 1 chương trình đào tạo, 1 sự kiện và 1 lần trao tặng.");
        vi.ShouldContain($"hoàn thành {OwnRecordsApp.CompletedProject} (2.000.000 USD)");
        vi.ShouldContain("Đoàn Viêng Chăn thăm Hà Nội, trưởng đoàn Xổm Phon Kẹo Ma Ni (ສົມພອນ ແກ້ວມະນີ)");

        var en = Overview(await app.PageAsync(Print($"{range}&Language=en")));
        en.ShouldContain("carried out 8 recorded activities: 3 delegation visit(s), 1 meeting(s) and talks,");
        en.ShouldContain("Hanoi → Vientiane: 2");

        var lo = Overview(await app.PageAsync(Print($"{range}&Language=lo")));
        lo.ShouldContain("ສອງຝ່າຍໄດ້ດຳເນີນ 8 ກິດຈະກຳທີ່ບັນທຶກໄວ້, ໃນນັ້ນມີ ຄະນະຜູ້ແທນ 3 ຄະນະ");
        lo.ShouldContain("ຮ່າໂນ້ຍ → ນະຄອນຫຼວງວຽງຈັນ: 2 ຄະນະ");

        // A narrower period is another report: its figures follow the data, not a template.
        var year = Overview(await app.PageAsync(Print("From=2024-01-01&To=2024-12-31&Language=vi")));
        year.ShouldContain("hai bên đã triển khai 4 hoạt động được ghi nhận, gồm 1 đoàn, 1 dự án, 1 chương trình đào tạo và 1 lần trao tặng.");
    }

    [Fact]
    public async Task The_number_comes_from_the_choice_and_the_form_shows_no_placeholder()
    {
        var report = await app.PageAsync(Print($"Agreement={app.AgreementId}&Language=vi&Number=12&Symbol=VPUB"));
        report.QuerySelector(".number")!.TextContent.Trim().ShouldBe("Số: 12/BC-VPUB");
        var form = await app.PageAsync($"/partnerships/{app.PartnershipId}/reports");
        form.Body!.TextContent.ShouldNotContain("{0}");
        form.Body.TextContent.ShouldNotContain("{1}");
        form.QuerySelectorAll("select[name=Language] option").Select(o => o.GetAttribute("value")).ShouldBe(["vi", "en", "lo"]);
    }

    [Fact]
    public async Task Source_notes_are_in_the_reports_language()
    {
        string Note(IHtmlDocument page) => page.QuerySelectorAll("table#appendix tbody tr td").Select(c => c.TextContent).Single(t => t.Contains(OwnRecordsApp.SourceTitle));
        var en = Note(await app.PageAsync(Print("From=2024-01-01&To=2024-12-31&Language=en")));
        en.ShouldBe($"{OwnRecordsApp.SourceTitle}, Báo thử, 12 Mar 2024 (in Vietnamese)");
        var lo = Note(await app.PageAsync(Print("From=2024-01-01&To=2024-12-31&Language=lo")));
        lo.ShouldEndWith("12 ມີນາ 2024 (ເປັນພາສາຫວຽດ)");
        var vi = Note(await app.PageAsync(Print("From=2024-01-01&To=2024-12-31&Language=vi")));
        vi.ShouldBe($"{OwnRecordsApp.SourceTitle}, Báo thử, 12/03/2024");
    }

    /// <summary>The paragraphs and points of part I, up to part II's heading.</summary>
    private static string Overview(IHtmlDocument report) =>
        string.Join("\n", report.QuerySelector("main")!.Children.SkipWhile(e => e.TagName != "H2").Skip(1).TakeWhile(e => e.TagName != "H2").Select(e => e.TextContent.Trim()));

    [GeneratedRegex(@"(\d+) hoạt động được ghi nhận")]
    private static partial Regex TotalActivities();

    [GeneratedRegex(@"Trong tổng số (\d+) cam kết")]
    private static partial Regex CommitmentsTotal();
}

/// <summary>The same sums on PostgreSQL, whose SQL for the report's and the dashboard's queries differs from SQLite's.</summary>
public sealed class ReportSumsOnPostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_sections_add_up_to_the_overview_and_to_the_dashboard_on_PostgreSQL()
    {
        await using var app = new OwnRecordsApp(postgres) { Engine = Engine.Postgres };
        await app.InitializeAsync();
        await ReportSumsTests.SectionsAddUpAsync(app);
    }
}
