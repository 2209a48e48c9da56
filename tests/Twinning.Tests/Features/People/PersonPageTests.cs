using Twinning.Features.People;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.People;

public sealed class PersonPageTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task Dinh_Tien_Dungs_page_lists_the_talks_of_11_March_2024_with_Anouphap_Tounalom_in_Vientiane()
    {
        var id = await app.IdOfAsync<Person>("person-dinh-tien-dung");
        var page = await app.PageAsync($"/people/{id}");

        page.QuerySelector("h1")!.TextContent.Trim().ShouldBe("Đinh Tiến Dũng");
        var talks = page.QuerySelectorAll("ul.timeline > li")
            .Where(li => li.TextContent.Contains("11/03/2024") && li.TextContent.Contains("Hội đàm"))
            .ToList();
        talks.ShouldNotBeEmpty();
        var entry = talks.Single(li => li.QuerySelector("a[href^='/activities/']")!.TextContent.Contains("hội đàm", StringComparison.OrdinalIgnoreCase));
        entry.TextContent.ShouldContain("Anouphap Tounalom");
        entry.TextContent.ShouldContain("Viêng Chăn");
    }

    [Fact]
    public async Task A_person_page_shows_positions_with_their_sources_and_every_alias()
    {
        var id = await app.IdOfAsync<Person>("person-thongloun-sisoulith");
        var page = await app.PageAsync($"/people/{id}");

        page.Body!.TextContent.ShouldContain("Thongluon Sinsoulith");
        var positions = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        positions.ShouldContain(r => r.Contains("Tổng Bí thư"));
        page.QuerySelectorAll("table a.citation-link").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_person_page_lists_invitations_given_and_received()
    {
        var id = await app.IdOfAsync<Person>("person-anouphap-tounalom");
        var page = await app.PageAsync($"/people/{id}");
        page.Body!.TextContent.ShouldContain("Đinh Tiến Dũng → Anouphap Tounalom");
    }

    [Fact]
    public async Task An_unknown_person_is_not_found()
    {
        var client = app.Client();
        var response = await client.GetAsync("/people/987654", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("Không tìm thấy");
    }
}
