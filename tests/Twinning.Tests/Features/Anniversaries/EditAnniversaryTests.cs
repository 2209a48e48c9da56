using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Anniversaries;

public sealed class EditAnniversaryTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_editor_adds_an_anniversary_whose_next_milestone_appears_on_the_dashboard()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = app.CreateClient();
        int partnership;
        await using (var db = app.Database.NewContext()) partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        await TestUsers.CreateAsync(app, "editor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(app, "viewer@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        var editor = await TestUsers.SignedInClientAsync(app, "editor@hanoi.test");
        var url = $"/anniversaries/edit?partnership={partnership}";

        var missingDate = await Forms.PostAsync(editor, await Forms.GetAsync(editor, url), url, new Dictionary<string, string?> { ["Input.NameVi"] = "Quan hệ hữu nghị Hà Nội – Viêng Chăn" });
        missingDate.StatusCode.ShouldBe(HttpStatusCode.OK);

        var saved = await Forms.PostAsync(editor, await Forms.GetAsync(editor, url), url, new Dictionary<string, string?>
        {
            ["Input.NameVi"] = "Quan hệ hữu nghị Hà Nội – Viêng Chăn", ["Input.BaseDate"] = "1998-12-02",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var dashboard = await Forms.GetAsync(editor, $"/partnerships/{partnership}");
        // The next round (multiple of five) anniversary of 1998-12-02 on or after today.
        var baseDate = new DateOnly(1998, 12, 2);
        var today = TestClock.Today; // the app's clock in tests
        var years = Enumerable.Range(1, 60).Select(n => n * 5).First(n => baseDate.AddYears(n) >= today);
        dashboard.QuerySelectorAll("section li").Select(li => li.TextContent)
            .ShouldContain(t => t.Contains($"{years} năm") && t.Contains(baseDate.AddYears(years).ToString("dd/MM/yyyy")));

        var viewer = await TestUsers.SignedInClientAsync(app, "viewer@hanoi.test");
        (await viewer.GetAsync(url, Cancel)).ShouldRedirectTo("/account/denied");
    }
}
