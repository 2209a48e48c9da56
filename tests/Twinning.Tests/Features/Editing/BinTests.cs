using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Audit;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Editing;

/// <summary>Deleting keeps the record: an Editor finds it in the bin and restores it.</summary>
public sealed class BinTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [BothEngines]
    public async Task A_deleted_person_disappears_waits_in_the_bin_and_comes_back_when_restored(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres);
        using var _ = app.CreateClient();
        int partnership, personId;
        await using (var db = app.Database.NewContext())
        {
            partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            personId = await db.People.Where(p => p.Key == "person-vo-van-thuong").Select(p => p.Id).SingleAsync(Cancel);
        }
        await TestUsers.CreateAsync(app, "editor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(app, "viewer@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        var editor = await TestUsers.SignedInClientAsync(app, "editor@hanoi.test");

        var page = await Forms.GetAsync(editor, $"/people/{personId}");
        (await Forms.PostAsync(editor, page, $"/workflow/person/{personId}?handler=delete", formSelector: "form[action$='handler=delete']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await editor.GetAsync($"/people/{personId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await editor.GetStringAsync("/people", Cancel)).ShouldNotContain("Võ Văn Thưởng");

        var bin = await Forms.GetAsync(editor, $"/partnerships/{partnership}/bin");
        bin.QuerySelector("tbody")!.TextContent.ShouldContain("Võ Văn Thưởng");
        (await Forms.PostAsync(editor, bin, $"/workflow/person/{personId}?handler=restore", formSelector: $"form[action='/workflow/person/{personId}?handler=restore']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await editor.GetAsync($"/people/{personId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var check = app.Database.NewContext();
        (await check.AuditEntries.Where(a => a.RecordType == "Person" && a.RecordId == personId && a.Action != AuditAction.Created).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Cancel))
            .ShouldBe([AuditAction.Deleted, AuditAction.Restored]);
        // The person's positions and aliases survived the round trip.
        (await check.Positions.CountAsync(p => p.PersonId == personId, Cancel)).ShouldBeGreaterThan(0);

        // Sources wait in the bin too.
        int sourceId;
        await using (var db = app.Database.NewContext()) sourceId = await db.Sources.Where(s => s.Kind == Twinning.Features.Sources.SourceKind.Reference).Select(s => s.Id).FirstAsync(Cancel);
        var source = await Forms.GetAsync(editor, $"/sources/{sourceId}");
        (await Forms.PostAsync(editor, source, $"/workflow/source/{sourceId}?handler=delete", formSelector: "form[action$='handler=delete']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var binWithSource = await Forms.GetAsync(editor, $"/partnerships/{partnership}/bin");
        binWithSource.QuerySelector($"form[action='/workflow/source/{sourceId}?handler=restore']").ShouldNotBeNull();

        var viewer = await TestUsers.SignedInClientAsync(app, "viewer@hanoi.test");
        (await viewer.GetAsync($"/partnerships/{partnership}/bin", Cancel)).ShouldRedirectTo("/account/denied");
    }
}
