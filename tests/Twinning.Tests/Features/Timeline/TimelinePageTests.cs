using System.Net;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Timeline;

public sealed class TimelinePageTests(StoryApp app) : IClassFixture<StoryApp>
{
    private string Url(string query = "") => $"/partnerships/{app.PartnershipId}/timeline{query}";

    [Fact]
    public async Task Activities_are_listed_newest_first()
    {
        var page = await app.PageAsync(Url());
        var dates = page.QuerySelectorAll("ul.timeline > li .when")
            .Select(w => w.TextContent.Split('–')[0].Trim().TrimEnd('*'))
            .Where(d => d.Length == 10)
            .Select(d => DateOnly.ParseExact(d, "dd/MM/yyyy"))
            .ToList();
        dates.Count.ShouldBe(app.Story.Activities.Count(a => a.State == Twinning.Features.Workflow.RecordState.Approved)); // a Viewer sees no drafts
        dates.ShouldBe(dates.OrderDescending().ToList());
    }

    [Fact]
    public async Task Filters_by_year_and_kind_narrow_the_list()
    {
        var page = await app.PageAsync(Url("?year=2019&kind=Meeting"));
        var items = page.QuerySelectorAll("ul.timeline > li").Select(li => li.TextContent).ToList();
        items.Count.ShouldBe(app.Story.Meetings.Count(m => m.StartDate!.Value.Year == 2019));
        items.ShouldAllBe(t => t.Contains("/2019") && t.Contains("Cuộc gặp"));
    }

    [Fact]
    public async Task Filtering_by_direction_keeps_only_that_direction()
    {
        var page = await app.PageAsync(Url("?direction=BToA"));
        var items = page.QuerySelectorAll("ul.timeline > li").Select(li => li.TextContent).ToList();
        items.Count.ShouldBe(app.Story.Activities.Count(a => a.Direction == Twinning.Features.Activities.Direction.BToA && a.State == Twinning.Features.Workflow.RecordState.Approved));
        items.ShouldAllBe(t => t.Contains("Viêng Chăn → Hà Nội"));
    }

    [Fact]
    public async Task Filtering_by_commitment_area_keeps_activities_carrying_out_that_area()
    {
        var tourism = (await app.PageAsync(Url("?area=Tourism"))).QuerySelectorAll("ul.timeline > li").Select(li => li.TextContent).ToList();
        var expected = app.Story.Activities.Where(a => a.Commitments.Any(c => c.Area == Twinning.Features.Agreements.CommitmentArea.Tourism)).ToList();
        tourism.Count.ShouldBe(expected.Count);
        foreach (var activity in expected) tourism.ShouldContain(t => t.Contains(activity.Title.Vi!));
    }

    [Theory]
    [InlineData("?year=abc")]
    [InlineData("?year=99999")]
    [InlineData("?kind=Parade")]
    [InlineData("?area=Space")]
    [InlineData("?p=0")]
    [InlineData("?p=-3")]
    public async Task Bad_query_values_are_rejected_with_400(string query)
    {
        var client = app.Client();
        var response = await client.GetAsync(Url(query), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Yêu cầu không hợp lệ");
    }

    [Theory]
    [InlineData("?year=abc", "Giá trị “abc” không hợp lệ")]
    [InlineData("?kind=Parade", "Giá trị “Parade” không hợp lệ")]
    public async Task The_reason_for_a_bad_query_is_given_in_the_readers_language(string query, string reason)
    {
        var response = await app.Client().GetAsync(Url(query), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        System.Net.WebUtility.HtmlDecode(html).ShouldContain(reason);
        html.ShouldNotContain("is not valid for");
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_an_error()
    {
        var page = await app.PageAsync(Url("?p=50"));
        page.QuerySelectorAll("ul.timeline > li").ShouldBeEmpty();
    }
}
