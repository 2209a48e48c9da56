using Twinning.Features.Agreements;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Agreements;

public sealed class AgreementPageTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task The_2022_2025_agreement_shows_the_justice_and_procuracy_headquarters_as_completed()
    {
        var id = await app.IdOfAsync<Agreement>("agr-2022-2025");
        var page = await app.PageAsync($"/agreements/{id}");

        var headquarters = page.QuerySelectorAll("li[id^='commitment-'] ul.timeline > li")
            .Single(li => li.TextContent.Contains("trụ sở Sở Tư pháp", StringComparison.OrdinalIgnoreCase));
        headquarters.QuerySelector(".badge.completed")!.TextContent.ShouldBe("Hoàn thành");
    }

    [Fact]
    public async Task An_agreement_page_links_its_predecessor_successor_and_agency_agreements()
    {
        var id = await app.IdOfAsync<Agreement>("agr-2022-2025");
        var predecessor = await app.IdOfAsync<Agreement>("agr-2017-2020-mou");
        var successor = await app.IdOfAsync<Agreement>("agr-2026-2030");
        var page = await app.PageAsync($"/agreements/{id}");

        page.QuerySelectorAll($"dl.facts a[href='/agreements/{predecessor}']").Length.ShouldBe(1);
        page.QuerySelectorAll($"dl.facts a[href='/agreements/{successor}']").Length.ShouldBe(1);
        var agencyLinks = page.QuerySelectorAll("h2 ~ ul a[href^='/agreements/']")
            .Where(a => a.TextContent.Contains("ghi nhớ", StringComparison.OrdinalIgnoreCase)).ToList();
        agencyLinks.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Commitments_are_grouped_by_area()
    {
        var id = await app.IdOfAsync<Agreement>("agr-2026-2030");
        var page = await app.PageAsync($"/agreements/{id}");
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
        periods.ShouldBe(["2026–2030", "2022–2025", "2017–2020"]);
    }
}
