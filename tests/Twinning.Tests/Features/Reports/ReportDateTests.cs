using AngleSharp.Html.Parser;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Reports;

/// <summary>A document is dated in its issuing city's time zone, not on the server's clock (UTC in a container).</summary>
public sealed class ReportDateTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_date_line_is_the_day_in_Hanoi_and_Vientiane_not_in_UTC()
    {
        // Its own app: the clock moves forward here, and cannot be put back for other tests.
        await using var app = new OwnRecordsApp(postgres);
        await app.InitializeAsync();
        // 17:30 UTC on 4 December is 00:30 on 5 December in Hanoi and Vientiane (UTC+7).
        app.Factory.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 4, 17, 30, 0, TimeSpan.Zero));
        using var client = await TestUsers.SignedInClientAsync(app.Factory, "viewer@own.test"); // the fixture's sign-in has expired by then

        async Task<string> DateLine(string language)
        {
            var html = await client.GetStringAsync($"/partnerships/{app.PartnershipId}/reports/print?Agreement={app.AgreementId}&Language={language}", Cancel);
            return new HtmlParser().ParseDocument(html).QuerySelector(".place-date")!.TextContent.Trim();
        }
        (await DateLine("vi")).ShouldBe("Hà Nội, ngày 05 tháng 12 năm 2026");
        (await DateLine("lo")).ShouldBe("ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 5 ເດືອນ ທັນວາ ປີ 2026");

        // The briefing pack's meeting day defaults to the same local day.
        var pack = await client.GetStringAsync($"/partnerships/{app.PartnershipId}/briefing?People={app.LaoLeaderId}&Language=vi", Cancel);
        new HtmlParser().ParseDocument(pack).QuerySelector("input#Date")!.GetAttribute("value").ShouldBe("2026-12-05");
    }
}
