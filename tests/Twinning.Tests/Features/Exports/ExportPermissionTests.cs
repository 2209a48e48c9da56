using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Twinning.Tests.Features.Exports;

/// <summary>Who gets which download: members of the partnership only, and nothing of a partnership one does not belong to.</summary>
public sealed class ExportPermissionTests(ExportsApp app) : IClassFixture<ExportsApp>
{
    private static readonly string[] Files = ["", "/workbook.xlsx", "/visits.csv", "/people.csv", "/iati-activities.xml"];

    public static TheoryData<string> Downloads() => new(Files);

    [Theory, MemberData(nameof(Downloads))]
    public async Task The_editor_of_another_partnership_is_denied(string file)
    {
        using var response = await app.EditorOfB.GetAsync($"/partnerships/{app.PartnershipA}/exports{file}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/denied");
    }

    [Theory, MemberData(nameof(Downloads))]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string file)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await client.GetAsync($"/partnerships/{app.PartnershipA}/exports{file}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/account/signin");
    }

    [Theory, MemberData(nameof(Downloads))]
    public async Task An_unknown_partnership_is_not_found(string file)
    {
        using var response = await app.ViewerOfA.GetAsync($"/partnerships/999999/exports{file}", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_editor_of_b_gets_b_and_nothing_of_a()
    {
        var csv = System.Text.Encoding.UTF8.GetString(await app.DownloadAsync(app.EditorOfB, $"/partnerships/{app.PartnershipB}/exports/visits.csv"));
        csv.ShouldContain(ExportsApp.OtherPartnershipTitle);
        csv.ShouldNotContain(ExportsApp.TrickyLao);
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.EditorOfB, $"/partnerships/{app.PartnershipB}/exports/workbook.xlsx"));
        workbook.Named("visits").Select(r => WorkbookReader.Text(r["title_vi"])).ShouldBe([ExportsApp.OtherPartnershipTitle]);
        workbook.Named("agreements").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_exports_page_lists_every_download_with_its_count()
    {
        using var response = await app.ViewerOfA.GetAsync($"/partnerships/{app.PartnershipA}/exports", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var file in Files.Skip(1).Concat(["/projects.csv", "/sources.csv"]))
            html.ShouldContain($"/partnerships/{app.PartnershipA}/exports{file}");
        html.ShouldContain("href=\"/calendar\"");
    }
}
