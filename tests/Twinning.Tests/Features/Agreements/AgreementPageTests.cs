using Twinning.Features.Agreements;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Agreements;

public sealed class AgreementPageTests(StoryApp app) : IClassFixture<StoryApp>
{
    [Fact]
    public async Task A_commitment_shows_the_completed_project_that_carries_it_out()
    {
        var page = await app.PageAsync($"/agreements/{app.Story.Previous.Id}");

        var headquarters = page.QuerySelectorAll("li[id^='commitment-'] ul.timeline > li")
            .Single(li => li.TextContent.Contains(app.Story.Headquarters.Title.Vi!));
        headquarters.QuerySelector(".badge.completed")!.TextContent.ShouldBe("Hoàn thành");
    }

    [Fact]
    public async Task An_agreement_page_links_its_predecessor_successor_and_agency_agreements()
    {
        var (id, predecessor, successor) = (app.Story.Previous.Id, app.Story.Memorandum.Id, app.Story.Current.Id);
        var page = await app.PageAsync($"/agreements/{id}");

        page.QuerySelectorAll($"dl.facts a[href='/agreements/{predecessor}']").Length.ShouldBe(1);
        page.QuerySelectorAll($"dl.facts a[href='/agreements/{successor}']").Length.ShouldBe(1);
        var agencyLinks = page.QuerySelectorAll("h2 ~ ul a[href^='/agreements/']")
            .Where(a => a.TextContent.Contains("ghi nhớ", StringComparison.OrdinalIgnoreCase)).ToList();
        agencyLinks.Count.ShouldBe(app.Story.AgencyAgreements.Count(a => a.Parent == app.Story.Previous));
    }

    [Fact]
    public async Task Commitments_are_grouped_by_area()
    {
        var page = await app.PageAsync($"/agreements/{app.Story.Current.Id}");
        var areas = page.QuerySelectorAll("h3").Select(h => h.TextContent.Trim()).ToList();
        areas.ShouldContain("Chính trị – đối ngoại");
        areas.ShouldContain("Giáo dục – đào tạo");
        areas.ShouldBeUnique();
    }

    [Fact]
    public async Task The_list_shows_city_level_agreements_with_their_periods()
    {
        var page = await app.PageAsync($"/partnerships/{app.PartnershipId}/agreements");
        var periods = page.QuerySelectorAll("tbody tr td.nowrap").Select(td => td.TextContent.Trim()).ToList();
        periods.ShouldBe(app.Story.Agreements.Where(a => a.Parent is null).OrderByDescending(a => a.StartYear).Select(a => a.Period!).ToList());
    }
}
