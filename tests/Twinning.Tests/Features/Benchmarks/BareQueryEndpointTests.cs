using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Benchmarks;

/// <summary>
/// The load benchmark's bare queries: absent unless configured, and when present, under the same read rule as the
/// pages they stand beside (a member of another partnership is denied, an anonymous caller sent to sign in).
/// </summary>
public sealed class BareQueryEndpointTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<(TwinningAppFactory App, int Mine, int Theirs)> StartAsync(bool bare)
    {
        var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false,
            bare ? new Dictionary<string, string> { ["Benchmarks:BareEndpoints"] = "true" } : null);
        using (app.CreateClient()) { }
        int mine, theirs;
        await using (var db = app.Database.NewContext())
        {
            mine = await TestRecords.SavePartnershipAsync(db);
            var other = new Twinning.Features.Partnerships.Partnership
            {
                Name = new("Đà Nẵng – Chăm Pa Sắc", "Da Nang – Champasak"), CityAName = new("Đà Nẵng"), CityACountry = CountryCode.Vietnam,
                CityBName = new("Chăm Pa Sắc", "Champasak", "ຈຳປາສັກ"), CityBCountry = CountryCode.Laos, State = RecordState.Approved,
            };
            db.Partnerships.Add(other);
            await db.SaveChangesAsync(Cancel);
            theirs = other.Id;
            db.AddRange(Enumerable.Range(1, 3).Select(i => new Meeting
            {
                PartnershipId = mine, Title = new($"Hội đàm lần {i}"), State = RecordState.Approved, StartDate = new DateOnly(2024, 3, i),
            }));
            await db.SaveChangesAsync(Cancel);
        }
        await TestUsers.CreateAsync(app, "viewer@bare.test", false, new Membership { PartnershipId = mine, Role = PartnershipRole.Viewer });
        return (app, mine, theirs);
    }

    [Fact]
    public async Task The_bare_dashboard_counts_what_the_page_counts_for_a_member_and_refuses_others()
    {
        var (app, mine, theirs) = await StartAsync(bare: true);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer@bare.test");

        using (var response = await viewer.GetAsync($"/bench/bare/dashboard/{mine}", Cancel))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
            json.RootElement.GetProperty("activityCount").GetInt32().ShouldBe(3);
        }
        (await viewer.GetAsync($"/bench/bare/dashboard/{theirs}", Cancel)).ShouldRedirectTo("/account/denied");
        (await viewer.GetAsync($"/bench/bare/workbook/{theirs}", Cancel)).ShouldRedirectTo("/account/denied");
        using var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        (await anonymous.GetAsync($"/bench/bare/timeline/{mine}", Cancel)).ShouldRedirectTo("/account/signin");
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_bare_query()
    {
        var (app, mine, _) = await StartAsync(bare: false);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer@bare.test");
        (await viewer.GetAsync($"/bench/bare/dashboard/{mine}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
