using System.Net;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Search;

public sealed class SearchPageTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    private async Task<List<string>> HitsAsync(string query)
    {
        var page = await app.PageAsync($"/search?q={Uri.EscapeDataString(query)}");
        return page.QuerySelectorAll("main ul li a").Select(a => a.TextContent.Trim()).ToList();
    }

    [Theory]
    [InlineData("dinh tien dung", "Đinh Tiến Dũng")]
    [InlineData("ĐINH TIẾN DŨNG", "Đinh Tiến Dũng")]
    [InlineData("Thongluon Sinsoulith", "Thongloun Sisoulith")]
    [InlineData("thongloun", "Thongloun Sisoulith")]
    [InlineData("Anouphab", "Anouphap Tounalom")]
    [InlineData("tran sy thanh", "Trần Sỹ Thanh")]
    public async Task People_are_found_by_folded_name_or_alias(string query, string expected) =>
        (await HitsAsync(query)).ShouldContain(expected);

    [Fact]
    public async Task Tone_mark_placement_does_not_matter()
    {
        // "hoà" (old placement) and "hòa" (new) must find the same records.
        var oldStyle = await HitsAsync("Cộng hoà");
        var newStyle = await HitsAsync("Cộng hòa");
        oldStyle.ShouldBe(newStyle);
    }

    [Fact]
    public async Task Agreements_and_activities_are_found_too()
    {
        var hits = await HitsAsync("giai doan 2022");
        hits.ShouldContain(h => h.Contains("2022 - 2025") || h.Contains("2022-2025"));
        (await HitsAsync("xuc tien du lich")).ShouldContain(h => h.Contains("Xúc tiến du lịch"));
    }

    [Fact]
    public async Task A_variant_spelling_with_no_exact_match_is_marked_approximate()
    {
        // A spelling in no record: the consonant skeleton still finds Sinlavong Khutphaythoune.
        var page = await app.PageAsync("/search?q=Sinlawong+Khuttphaithun");
        page.QuerySelector(".notice")!.TextContent.ShouldContain("gần giống");
        page.QuerySelectorAll("main ul li a").Select(a => a.TextContent).ShouldContain(t => t.StartsWith("Sinlavong"));
    }

    [Fact]
    public async Task Nothing_found_says_so()
    {
        var page = await app.PageAsync("/search?q=zzzqqq");
        page.QuerySelector(".notice")!.TextContent.ShouldContain("zzzqqq");
    }

    [Fact]
    public async Task An_overlong_query_is_rejected()
    {
        var client = app.Client();
        var response = await client.GetAsync("/search?q=" + new string('a', 500), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
