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

        var anniversaries = page.QuerySelectorAll("section li").Select(li => li.TextContent).ToList();
        anniversaries.ShouldContain(t => t.Contains("65 năm") && t.Contains("05/09/2027"));
        anniversaries.ShouldContain(t => t.Contains("50 năm") && t.Contains("18/07/2027"));
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
