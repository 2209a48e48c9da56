using System.Net;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Timeline;

public sealed class TimelinePageTests(DatasetApp app) : IClassFixture<DatasetApp>
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
        dates.Count.ShouldBeGreaterThan(10);
        dates.ShouldBe(dates.OrderDescending().ToList());
    }

    [Fact]
    public async Task Filters_by_year_and_kind_narrow_the_list()
    {
        var page = await app.PageAsync(Url("?year=2017&kind=Meeting"));
        var items = page.QuerySelectorAll("ul.timeline > li").Select(li => li.TextContent).ToList();
        items.Count.ShouldBe(2); // the talks and the signing of 25 November 2017
        items.ShouldAllBe(t => t.Contains("/2017") && t.Contains("Cuộc gặp"));
    }

    [Fact]
    public async Task Filtering_by_direction_keeps_only_that_direction()
    {
        var page = await app.PageAsync(Url("?direction=BToA"));
        var items = page.QuerySelectorAll("ul.timeline > li").Select(li => li.TextContent).ToList();
        items.ShouldNotBeEmpty();
        items.ShouldAllBe(t => t.Contains("Viêng Chăn → Hà Nội"));
    }

    [Fact]
    public async Task Filtering_by_commitment_area_keeps_activities_carrying_out_that_area()
    {
        var all = (await app.PageAsync(Url())).QuerySelectorAll("ul.timeline > li").Length;
        var tourism = (await app.PageAsync(Url("?area=Tourism"))).QuerySelectorAll("ul.timeline > li").Select(li => li.TextContent).ToList();
        tourism.ShouldNotBeEmpty();
        tourism.Count.ShouldBeLessThan(all);
        tourism.ShouldContain(t => t.Contains("Xúc tiến du lịch"));
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
