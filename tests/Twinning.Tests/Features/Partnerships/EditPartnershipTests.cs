using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Partnerships;

public sealed class EditPartnershipTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_administrator_adds_a_second_partnership_that_editors_of_the_first_cannot_see()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = app.CreateClient();
        int first;
        await using (var db = app.Database.NewContext()) first = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        await TestUsers.CreateAsync(app, "admin@hanoi.test", administrator: true);
        await TestUsers.CreateAsync(app, "editor@hanoi.test", false, new Membership { PartnershipId = first, Role = PartnershipRole.Editor, Side = "VN" });

        var admin = await TestUsers.SignedInClientAsync(app, "admin@hanoi.test");
        var response = await Forms.PostAsync(admin, await Forms.GetAsync(admin, "/partnerships/edit"), "/partnerships/edit", new Dictionary<string, string?>
        {
            ["Input.NameVi"] = "Hà Nội – Phnôm Pênh", ["Input.CityAVi"] = "Hà Nội", ["Input.CityACountry"] = "VN",
            ["Input.CityBVi"] = "Phnôm Pênh", ["Input.CityBEn"] = "Phnom Penh", ["Input.CityBCountry"] = "KH",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!.OriginalString;
        (await admin.GetStringAsync(location, Cancel)).ShouldContain("Hà Nội – Phnôm Pênh");

        var editor = await TestUsers.SignedInClientAsync(app, "editor@hanoi.test");
        (await editor.GetAsync(location, Cancel)).ShouldRedirectTo("/account/denied");
        (await editor.GetAsync("/partnerships/edit", Cancel)).ShouldRedirectTo("/account/denied");
    }

    [Fact]
    public async Task A_country_code_must_be_two_capital_letters()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        await TestUsers.CreateAsync(app, "admin@hanoi.test", administrator: true);
        var admin = await TestUsers.SignedInClientAsync(app, "admin@hanoi.test");
        var response = await Forms.PostAsync(admin, await Forms.GetAsync(admin, "/partnerships/edit"), "/partnerships/edit", new Dictionary<string, string?>
        {
            ["Input.NameVi"] = "X", ["Input.CityAVi"] = "Hà Nội", ["Input.CityACountry"] = "VN", ["Input.CityBVi"] = "Y", ["Input.CityBCountry"] = "Cambodia",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("mã quốc gia hai chữ cái");
        await using var db = app.Database.NewContext();
        (await db.Partnerships.CountAsync(Cancel)).ShouldBe(0);
    }
}
