using System.Net;
using AngleSharp.Html.Dom;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Activities;

/// <summary>The list of a partnership's activities: filters, sort, count, and the dashboard's figures leading to it.</summary>
public sealed class ActivityListTests(StoryApp app) : IClassFixture<StoryApp>
{
    private string List(string query = "") => $"/partnerships/{app.PartnershipId}/activities{query}";

    private static List<string> Titles(IHtmlDocument page) =>
        page.QuerySelectorAll("table.record-list tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_visits_list_shows_the_approved_visits_newest_first_with_their_count_and_not_a_draft()
    {
        var page = await app.PageAsync(List("?kind=Visit"));
        var expected = app.Story.Visits.Where(v => v.State == RecordState.Approved).OrderByDescending(v => v.StartDate).Select(v => v.Title.Vi!).ToList();
        Titles(page).ShouldBe(expected);
        page.QuerySelector("p.count")!.TextContent.ShouldBe($"{expected.Count} bản ghi");
        page.QuerySelector("h1")!.TextContent.ShouldBe("Các chuyến thăm");
        Titles(page).ShouldNotContain("Đoàn Viêng Chăn dự kiến thăm Hà Nội");
    }

    [Fact]
    public async Task Filters_by_period_direction_and_commitment_area_combine()
    {
        var page = await app.PageAsync(List("?kind=Visit&from=2019-01-01&to=2019-12-31&direction=AToB"));
        Titles(page).ShouldBe(["Đoàn Hà Nội dự hội chợ tại Viêng Chăn", "Đoàn Hà Nội thăm Viêng Chăn tháng 3/2019"]);
        page.QuerySelector("select[name=direction] option[selected]")!.GetAttribute("value").ShouldBe("AToB");

        var tourism = await app.PageAsync(List($"?area={CommitmentArea.Tourism}"));
        Titles(tourism).ShouldBe(app.Story.Activities.Where(a => a.Commitments.Any(c => c.Area == CommitmentArea.Tourism)).Select(a => a.Title.Vi!).ToList());
        Titles(await app.PageAsync(List("?status=Proposed"))).ShouldBe(["Trung tâm xúc tiến thương mại"]);
    }

    [Fact]
    public async Task Sorting_by_title_goes_both_ways_and_the_heading_links_keep_the_filters()
    {
        var page = await app.PageAsync(List("?kind=Visit&sort=title"));
        var titles = Titles(page);
        titles.ShouldBe(titles.Order(StringComparer.Ordinal).ToList());
        page.QuerySelector("th[aria-sort=ascending] a")!.GetAttribute("href").ShouldBe("?kind=Visit&sort=title&desc=true");
        Titles(await app.PageAsync(List("?kind=Visit&sort=title&desc=true"))).ShouldBe(titles.AsEnumerable().Reverse().ToList());
    }

    [Fact]
    public async Task Every_visit_figure_on_the_dashboard_leads_to_a_list_of_as_many_visits()
    {
        var dashboard = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        var links = dashboard.QuerySelectorAll("td.number a[href*='kind=Visit']").ToList();
        links.Count.ShouldBeGreaterThan(3);
        foreach (var link in links)
        {
            var list = await app.PageAsync($"/partnerships/{app.PartnershipId}/activities" + link.GetAttribute("href")![link.GetAttribute("href")!.IndexOf('?')..]);
            Titles(list).Count.ShouldBe(int.Parse(link.TextContent), link.GetAttribute("href"));
        }
        var projects = dashboard.QuerySelector($"a[href='/partnerships/{app.PartnershipId}/activities?kind=Project']")!;
        var projectList = await app.PageAsync(List("?kind=Project"));
        Titles(projectList).Count.ShouldBe(int.Parse(projects.QuerySelector(".number")!.TextContent));
    }

    [Fact]
    public async Task The_dashboard_links_each_list_under_the_name_the_list_bears_and_each_direction_to_its_visits()
    {
        var dashboard = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        var links = dashboard.QuerySelectorAll("nav.list-links a").ToList();
        links.Select(a => a.GetAttribute("href")).ShouldBe([
            .. new[] { "Visit", "Project", "Programme", "Donation", "Event" }.Select(k => $"/partnerships/{app.PartnershipId}/activities?kind={k}"),
            "/people", "/organisations"]);
        foreach (var link in links)
            (await app.PageAsync(link.GetAttribute("href")!)).QuerySelector("h1")!.TextContent.Trim().ShouldBe(link.TextContent.Trim());

        foreach (var direction in Enum.GetValues<Direction>())
        {
            var heading = dashboard.QuerySelector($"th a[href$='kind=Visit&direction={direction}']")!;
            var list = await app.PageAsync(heading.GetAttribute("href")!);
            Titles(list).ShouldBe(app.Story.Visits.Where(v => v.State == RecordState.Approved && v.Direction == direction)
                .OrderByDescending(v => v.StartDate).Select(v => v.Title.Vi!).ToList(), direction.ToString());
        }
    }

    [Theory]
    [InlineData("?kind=Spaceship")]
    [InlineData("?sort=colour")]
    [InlineData("?p=0")]
    [InlineData("?from=2020-02-01&to=2020-01-01")]
    [InlineData("?stage=Exploded")]
    public async Task A_bad_filter_is_refused_with_400(string query)
    {
        using var response = await app.Client().GetAsync(List(query), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_filter_that_matches_nothing_says_so()
    {
        var page = await app.PageAsync(List("?kind=Donation"));
        page.QuerySelector("p.notice")!.TextContent.ShouldBe("Không có bản ghi nào khớp với bộ lọc.");
        page.QuerySelector("p.count")!.TextContent.ShouldBe("0 bản ghi");
    }
}
