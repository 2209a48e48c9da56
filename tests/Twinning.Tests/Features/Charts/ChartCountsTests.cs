using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Charts;

/// <summary>The dashboard's charts count what the database holds, Approved records only, and draw what they count.</summary>
public sealed class ChartCountsTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Adds unapproved records that, were they counted, would change every chart.</summary>
    private async Task AddUnapprovedAsync()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
        if (await db.Activities.AnyAsync(a => a.Title.Vi == "Đoàn nháp cho biểu đồ", Cancel)) return;
        var commitment = await db.Commitments.Where(c => c.Agreement!.PartnershipId == app.PartnershipId).OrderBy(c => c.Id).FirstAsync(Cancel);
        db.Visits.Add(new Visit { PartnershipId = app.PartnershipId, Title = new("Đoàn nháp cho biểu đồ"), StartDate = new DateOnly(2024, 5, 1), Status = ActivityStatus.Completed, State = RecordState.Draft, Commitments = [commitment] });
        db.Projects.Add(new Project { PartnershipId = app.PartnershipId, Title = new("Dự án chờ duyệt cho biểu đồ"), StartDate = new DateOnly(2024, 6, 1), State = RecordState.Submitted, BudgetAmount = 7_000_000, BudgetCurrency = "USD", Sector = "Y tế" });
        await db.SaveChangesAsync(Cancel);
    }

    private async Task<IElement> ChartAsync(string id)
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        return page.GetElementById(id) ?? throw new ShouldAssertException($"no chart #{id}");
    }

    /// <summary>The data table's rows: category → (series header → value), with the total column.</summary>
    private static Dictionary<string, Dictionary<string, decimal>> Table(IElement figure)
    {
        var headers = figure.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        return figure.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select((td, i) => (headers[i], decimal.Parse(td.TextContent.Trim().Replace(".", "").Replace(",", "."), System.Globalization.CultureInfo.InvariantCulture)))
                .ToDictionary(x => x.Item1, x => x.Item2));
    }

    [Fact]
    public async Task Activities_per_year_match_the_approved_activities_in_the_database()
    {
        await AddUnapprovedAsync();
        var expected = await app.Factory.WithAppDbAsync(db => db.Activities
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && (a.StartDate != null || a.EndDate != null))
            .Select(a => (a.StartDate ?? a.EndDate)!.Value.Year).ToListAsync());
        var all = await app.Factory.WithAppDbAsync(db => db.Activities.Where(a => a.PartnershipId == app.PartnershipId && a.StartDate != null).CountAsync());
        all.ShouldBeGreaterThan(expected.Count, "unapproved activities exist, so counting them would show");

        var table = Table(await ChartAsync("chart-activities"));
        table.Select(r => (Year: int.Parse(r.Key), Count: (int)r.Value["Tổng"])).OrderBy(r => r.Year)
            .ShouldBe(expected.GroupBy(y => y).Select(g => (Year: g.Key, Count: g.Count())).OrderBy(r => r.Year));
    }

    [Fact]
    public async Task Visits_per_year_match_the_approved_visits()
    {
        await AddUnapprovedAsync();
        var expected = await app.Factory.WithAppDbAsync(db => db.Visits
            .Where(v => v.PartnershipId == app.PartnershipId && v.State == RecordState.Approved && (v.StartDate != null || v.EndDate != null))
            .Select(v => (v.StartDate ?? v.EndDate)!.Value.Year).ToListAsync());
        var table = Table(await ChartAsync("chart-visits"));
        table.Select(r => (Year: int.Parse(r.Key), Count: (int)r.Value["Tổng"])).OrderBy(r => r.Year)
            .ShouldBe(expected.GroupBy(y => y).Select(g => (Year: g.Key, Count: g.Count())).OrderBy(r => r.Year));
        // Each series names a direction by the partnership's cities and a level.
        table.Values.SelectMany(r => r.Keys).Where(k => k != "Tổng").ShouldAllBe(k => k.Contains(" → ") && k.Contains(" · "));
    }

    [Fact]
    public async Task Project_budgets_sum_the_approved_projects_budgets_per_sector()
    {
        await AddUnapprovedAsync();
        var projects = await app.Factory.WithAppDbAsync(db => db.Projects
            .Where(p => p.PartnershipId == app.PartnershipId && p.State == RecordState.Approved && p.BudgetAmount != null && p.BudgetCurrency == "USD")
            .Select(p => new { p.Sector, p.BudgetAmount }).ToListAsync());
        projects.ShouldNotBeEmpty();
        var table = Table(await ChartAsync("chart-budgets-usd"));
        table.Values.Sum(r => r["Tổng"]).ShouldBe(projects.Sum(p => p.BudgetAmount!.Value));
        table.Keys.ShouldNotContain("Y tế"); // the submitted project's sector
    }

    [Fact]
    public async Task Commitments_per_area_match_the_approved_agreements_commitments()
    {
        var expected = await app.Factory.WithAppDbAsync(db => db.Commitments
            .Where(c => c.Agreement!.PartnershipId == app.PartnershipId && c.Agreement.State == RecordState.Approved).CountAsync());
        var table = Table(await ChartAsync("chart-commitments"));
        table.Values.Sum(r => r["Tổng"]).ShouldBe(expected);
    }

    [Fact]
    public async Task The_svg_names_itself_draws_a_bar_per_value_and_has_no_inline_style()
    {
        var figure = await ChartAsync("chart-activities");
        var svg = figure.QuerySelector("svg")!;
        svg.GetAttribute("role").ShouldBe("img");
        svg.QuerySelector("title")!.TextContent.ShouldBe("Hoạt động theo năm và loại");
        svg.QuerySelector("desc")!.TextContent.ShouldNotBeNullOrWhiteSpace();
        svg.GetAttribute("aria-labelledby")!.Split(' ').ShouldBe(["chart-activities-title", "chart-activities-desc"]);
        figure.QuerySelectorAll("[style]").ShouldBeEmpty();
        figure.QuerySelectorAll("style, script").ShouldBeEmpty();

        var nonZero = Table(figure).Values.SelectMany(r => r.Where(v => v.Key != "Tổng" && v.Value > 0)).Count();
        svg.QuerySelectorAll("rect > title").Length.ShouldBe(nonZero);
    }
}
