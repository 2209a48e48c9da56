using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Dashboard;

public sealed class DashboardPageTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task The_front_door_leads_to_the_only_partnerships_dashboard()
    {
        var client = app.Client();
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe($"/partnerships/{app.PartnershipId}");
    }

    [Fact]
    public async Task The_dashboard_shows_headline_figures_budgets_and_coming_anniversaries()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Hà Nội – Viêng Chăn");

        var figures = page.QuerySelectorAll(".figure").ToDictionary(
            f => f.QuerySelector(".label")!.TextContent.Trim(), f => f.QuerySelector(".number")!.TextContent.Trim());
        figures["thỏa thuận cấp thành phố đang có hiệu lực"].ShouldBe("1"); // 2026–2030; the earlier two have expired

        var completedRow = page.QuerySelectorAll("section table tr").Single(r => r.TextContent.Contains("Đã kết thúc"));
        completedRow.TextContent.ShouldContain("3.000.000 USD");

        // The coming round (multiple of five) anniversaries of the dataset's two base dates, counted from the
        // app's fixed test clock (so this holds whatever year the tests run in).
        var anniversaries = page.QuerySelectorAll("section li").Select(li => li.TextContent).ToList();
        foreach (var baseDate in new[] { new DateOnly(1962, 9, 5), new DateOnly(1977, 7, 18) })
        {
            var years = Enumerable.Range(1, 40).Select(n => n * 5).First(n => baseDate.AddYears(n) >= TestClock.Today);
            anniversaries.ShouldContain(t => t.Contains($"{years} năm") && t.Contains(baseDate.AddYears(years).ToString("dd/MM/yyyy")));
        }
    }

    [Fact]
    public async Task Visits_are_counted_per_year_and_direction()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        var table = page.QuerySelectorAll("table").First(t => t.TextContent.Contains("Hà Nội → Viêng Chăn"));
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .ToDictionary(cells => cells[0], cells => cells[1..]);
        rows["2024"].ShouldBe(["2", "0", "0"]); // March and September 2024, both Hanoi → Vientiane
        rows["2026"].ShouldBe(["0", "1", "0"]); // Thongloun Sisoulith in Hanoi
        rows["2017"].ShouldBe(["1", "0", "0"]);
    }

    [Fact]
    public async Task An_unknown_partnership_is_not_found()
    {
        var client = app.Client();
        var response = await client.GetAsync("/partnerships/424242", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
