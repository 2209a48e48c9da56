using System.Globalization;
using AngleSharp.Dom;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Dashboard;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Timeline;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Scale;

/// <summary>
/// Pages whose records outnumber what they show: each shows a bounded part (a page, the latest few) with
/// the count of the whole, and every figure still equals what the test's own records add up to. A page
/// that went back to loading and listing everything, or counted in a way that lost records, fails here.
/// </summary>
public abstract class BusyPagesTests(BusyPartnershipApp app)
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static string Day(DateOnly? day) => day!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_leaders_page_shows_the_latest_page_of_meetings_and_pages_through_the_rest()
    {
        // Approved only for a Viewer: the draft meeting is neither listed nor counted.
        var attended = app.Approved.OfType<Meeting>().OrderByDescending(m => m.StartDate).ToList();
        attended.Count.ShouldBe(BusyPartnershipApp.LeaderMeetings - 1);

        var first = await app.PageAsync($"/people/{app.LeaderId}");
        var entries = Entries(first);
        entries.Count.ShouldBe(PersonPageQuery.PageSize);
        entries.ShouldBe(attended.Take(PersonPageQuery.PageSize).Select(m => m.Title.Vi!));
        first.QuerySelector("p.count")!.TextContent.ShouldContain(attended.Count.ToString(CultureInfo.InvariantCulture));
        first.QuerySelector("nav.pager a")!.GetAttribute("href").ShouldBe("?p=2#activities");

        var second = await app.PageAsync($"/people/{app.LeaderId}?p=2");
        Entries(second).ShouldBe(attended.Skip(PersonPageQuery.PageSize).Select(m => m.Title.Vi!));
        // Each entry still says with whom.
        second.QuerySelector("ul.timeline > li")!.TextContent.ShouldContain("Bun Mi Thử");
    }

    private static List<string> Entries(IDocument page) =>
        page.QuerySelectorAll("ul.timeline > li > a[href^='/activities/']").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_commitment_with_many_activities_lists_the_latest_and_counts_the_earlier_ones()
    {
        var carriedOut = app.Approved.Where(a => a.Commitments.Any(c => c.Id == app.CommitmentId)).OrderBy(a => a.StartDate).ToList();
        carriedOut.Count.ShouldBeGreaterThan(AgreementPageQuery.ActivitiesShown);

        var page = await app.PageAsync($"/agreements/{app.AgreementId}");
        var commitment = page.GetElementById($"commitment-{app.CommitmentId}")!;
        commitment.QuerySelectorAll("ul.timeline > li > a").Select(a => a.TextContent.Trim())
            .ShouldBe(carriedOut.TakeLast(AgreementPageQuery.ActivitiesShown).Select(a => a.Title.Vi!));
        commitment.QuerySelector("p.more")!.TextContent.Trim()
            .ShouldBe($"và {carriedOut.Count - AgreementPageQuery.ActivitiesShown} hoạt động trước đó");
    }

    [Fact]
    public async Task The_timeline_pages_through_every_readable_activity_newest_first_and_the_undated_last()
    {
        var dated = app.Approved.Where(a => a.StartDate != null).OrderByDescending(a => a.StartDate).Select(a => a.Title.Vi!).ToList();
        var undated = app.Approved.Where(a => a.StartDate == null).Select(a => a.Title.Vi!).ToList();
        var total = dated.Count + undated.Count;
        var pages = (total + TimelineQuery.PageSize - 1) / TimelineQuery.PageSize;
        pages.ShouldBeGreaterThan(2);

        var seen = new List<string>();
        for (var p = 1; p <= pages; p++)
        {
            var page = await app.PageAsync($"/partnerships/{app.PartnershipId}/timeline?p={p}");
            if (p == 1) page.Body!.TextContent.ShouldContain($"{total} hoạt động");
            var entries = page.QuerySelectorAll("ul.timeline > li > a[href^='/activities/']").Select(a => a.TextContent.Trim()).ToList();
            entries.Count.ShouldBe(p < pages ? TimelineQuery.PageSize : total - (pages - 1) * TimelineQuery.PageSize);
            seen.AddRange(entries);
        }
        seen.Take(dated.Count).ShouldBe(dated);
        seen.Skip(dated.Count).ShouldBe(undated, ignoreOrder: true);

        // A year's filter counts that year's activities only.
        var year = await app.PageAsync($"/partnerships/{app.PartnershipId}/timeline?year=2021");
        year.Body!.TextContent.ShouldContain($"{app.Approved.Count(a => a.StartDate?.Year == 2021)} hoạt động");
    }

    [Fact]
    public async Task The_dashboard_figures_equal_the_approved_records_counted()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        var figures = page.QuerySelectorAll(".figure").ToDictionary(
            f => f.QuerySelector(".label")!.TextContent.Trim(), f => int.Parse(f.QuerySelector(".number")!.TextContent.Trim(), CultureInfo.InvariantCulture));
        figures["hoạt động đã ghi nhận"].ShouldBe(app.Approved.Count());
        figures["dự án, công trình"].ShouldBe(app.Approved.OfType<Project>().Count());
        figures["chương trình đào tạo, học bổng"].ShouldBe(BusyPartnershipApp.Programmes);

        // Programmes: the first by start date are named, the rest counted with a link to the whole list.
        var programmes = app.Approved.OfType<Programme>().OrderBy(p => p.StartDate).Select(p => p.Title.Vi!).ToList();
        page.QuerySelectorAll("section li > a[href^='/activities/']").Select(a => a.TextContent.Trim())
            .ShouldBe(programmes.Take(DashboardQuery.ProgrammesShown));
        var more = page.QuerySelector("p.more a")!;
        more.GetAttribute("href").ShouldBe($"/partnerships/{app.PartnershipId}/activities?kind=Programme");
        more.TextContent.ShouldContain((BusyPartnershipApp.Programmes - DashboardQuery.ProgrammesShown).ToString(CultureInfo.InvariantCulture));

        // Projects by stage: count and each currency's budget sum.
        foreach (var stage in app.Approved.OfType<Project>().GroupBy(p => p.IatiStatus))
        {
            var label = stage.Key == IatiActivityStatus.Closed ? "Đã kết thúc" : "Đang triển khai";
            var row = page.QuerySelectorAll("section table tr").Single(r => r.QuerySelector("td")?.TextContent.Trim() == label);
            row.QuerySelectorAll("td")[1].TextContent.Trim().ShouldBe(stage.Count().ToString(CultureInfo.InvariantCulture));
            foreach (var currency in stage.Where(p => p.BudgetAmount is not null).GroupBy(p => p.BudgetCurrency))
                row.TextContent.ShouldContain($"{currency.Sum(p => p.BudgetAmount!.Value).ToString("#,0", Vi)} {currency.Key}");
        }
    }

    [Fact]
    public async Task The_dashboard_charts_count_every_approved_activity_and_visit_by_year_kind_and_level()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}");

        var activities = Table(page.GetElementById("chart-activities")!);
        var perYear = app.Approved.Where(a => a.StartDate != null).GroupBy(a => a.StartDate!.Value.Year).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => (decimal)g.Count());
        activities.ToDictionary(r => r.Key, r => r.Value["Tổng"]).ShouldBe(perYear, ignoreOrder: true);
        activities.Values.Sum(r => r.GetValueOrDefault("Cuộc gặp")).ShouldBe(app.Approved.OfType<Meeting>().Count());

        var visits = Table(page.GetElementById("chart-visits")!);
        var approvedVisits = app.Approved.OfType<Visit>().ToList();
        visits.ToDictionary(r => r.Key, r => r.Value["Tổng"])
            .ShouldBe(approvedVisits.GroupBy(v => v.StartDate!.Value.Year).ToDictionary(g => g.Key.ToString(CultureInfo.InvariantCulture), g => (decimal)g.Count()), ignoreOrder: true);
        // The leader held a Party committee post on each visit's day; the others' level is not on record.
        var levels = visits.Values.SelectMany(r => r).Where(c => c.Key != "Tổng").GroupBy(c => c.Key.Split(" · ")[1]).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        levels["Cấp ủy Đảng"].ShouldBe(approvedVisits.Count(v => v.Leader is not null));
        levels["chưa rõ cấp"].ShouldBe(approvedVisits.Count(v => v.Leader is null));

        var budgets = Table(page.GetElementById("chart-budgets-usd")!);
        budgets.Values.Sum(r => r["Tổng"]).ShouldBe(app.Approved.OfType<Project>().Where(p => p.BudgetCurrency == "USD").Sum(p => p.BudgetAmount!.Value));

        var commitments = Table(page.GetElementById("chart-commitments")!);
        commitments.Values.Sum(r => r["Tổng"]).ShouldBe(1);
        commitments.Values.Single().ShouldContainKey("Đã thực hiện");
    }

    /// <summary>A chart's data table: category → (series → value), with the total column "Tổng".</summary>
    private static Dictionary<string, Dictionary<string, decimal>> Table(IElement figure)
    {
        var headers = figure.QuerySelectorAll("thead th").Skip(1).Select(th => th.TextContent.Trim()).ToList();
        return figure.QuerySelectorAll("tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select((td, i) => (headers[i], decimal.Parse(td.TextContent.Trim().Replace(".", "").Replace(",", "."), CultureInfo.InvariantCulture)))
                .ToDictionary(x => x.Item1, x => x.Item2));
    }
}

public sealed class BusyPagesOnSqliteTests(BusyPartnershipOnSqlite app) : BusyPagesTests(app), IClassFixture<BusyPartnershipOnSqlite>;

public sealed class BusyPagesOnPostgresTests(BusyPartnershipOnPostgres app) : BusyPagesTests(app), IClassFixture<BusyPartnershipOnPostgres>;
