using System.Globalization;
using Twinning.Features.Workflow;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Projects;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Dashboard;

public sealed class DashboardPageTests(StoryApp app) : IClassFixture<StoryApp>
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
        var story = app.Story;
        figures["thỏa thuận cấp thành phố đang có hiệu lực"]
            .ShouldBe(story.Agreements.Count(a => a.Parent is null && a.Status == AgreementStatus.InForce).ToString(CultureInfo.InvariantCulture));

        var completedRow = page.QuerySelectorAll("section table tr").Single(r => r.TextContent.Contains("Đã kết thúc"));
        var closedBudget = story.Projects.Where(p => p.IatiStatus == IatiActivityStatus.Closed).Sum(p => p.BudgetAmount!.Value);
        completedRow.TextContent.ShouldContain($"{closedBudget.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} USD");

        // The coming round (multiple of five) anniversaries of the dataset's two base dates, counted from the
        // app's fixed test clock (so this holds whatever year the tests run in).
        var anniversaries = page.QuerySelectorAll("section li").Select(li => li.TextContent).ToList();
        foreach (var baseDate in story.Anniversaries.Select(a => a.BaseDate))
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
        // Approved visits only: the draft is not yet part of the record.
        var expected = app.Story.Visits.Where(v => v.State == RecordState.Approved).GroupBy(v => v.StartDate!.Value.Year)
            .ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => new[] { Direction.AToB, Direction.BToA, Direction.Joint }
                .Select(d => g.Count(v => v.Direction == d).ToString(CultureInfo.InvariantCulture)).ToArray());
        rows.Keys.ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var (year, counts) in expected) rows[year].ShouldBe(counts, year);
    }

    [Fact]
    public async Task An_unknown_partnership_is_not_found()
    {
        var client = app.Client();
        var response = await client.GetAsync("/partnerships/424242", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
    }
}
