using AngleSharp.Html.Parser;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>The header's menu: grouped, and with no link the reader would meet a 403 behind.</summary>
public sealed class NavigationTests(StoryApp app) : IClassFixture<StoryApp>
{
    private static List<string> Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("details.site-menu nav a").Select(a => a.GetAttribute("href")!).ToList();

    [Fact]
    public async Task A_Viewer_sees_the_record_and_review_groups_but_no_link_to_administration_import_or_the_bin()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}");
        var links = Links(page);
        links.ShouldContain($"/partnerships/{app.PartnershipId}/activities");
        links.ShouldContain("/people");
        links.ShouldNotContain(l => l.StartsWith("/admin"));
        links.ShouldNotContain($"/partnerships/{app.PartnershipId}/import");
        links.ShouldNotContain($"/partnerships/{app.PartnershipId}/bin");
        page.QuerySelectorAll(".nav-group-name").Select(g => g.TextContent).ShouldBe(["Hồ sơ", "Rà soát", "Trao đổi dữ liệu"]);
        // Every link the menu shows answers the Viewer with the page, not a refusal.
        foreach (var link in links)
        {
            using var response = await app.Client().GetAsync(link, TestContext.Current.CancellationToken);
            ((int)response.StatusCode).ShouldBe(200, link);
        }
    }

    [Fact]
    public async Task An_Administrator_sees_the_administration_group()
    {
        await TestUsers.CreateAsync(app.Factory, "admin@nav.test", administrator: true);
        using var admin = await TestUsers.SignedInClientAsync(app.Factory, "admin@nav.test");
        var page = new HtmlParser().ParseDocument(await admin.GetStringAsync($"/partnerships/{app.PartnershipId}", TestContext.Current.CancellationToken));
        Links(page).ShouldContain("/admin/audit");
        Links(page).ShouldContain("/admin/users");
        page.QuerySelectorAll(".nav-group-name").Last().TextContent.ShouldBe("Quản trị");
    }

    [Fact]
    public async Task Someone_without_a_membership_is_shown_no_link_they_could_not_follow()
    {
        await TestUsers.CreateAsync(app.Factory, "nobody@nav.test");
        using var nobody = await TestUsers.SignedInClientAsync(app.Factory, "nobody@nav.test");
        var page = new HtmlParser().ParseDocument(await nobody.GetStringAsync("/", TestContext.Current.CancellationToken));
        Links(page).ShouldBeEmpty();
    }
}
