using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Exports;

/// <summary>The export queries (includes, kind filters, lists of partnership ids) on SQLite and on PostgreSQL alike.</summary>
public sealed class ExportsOnBothEnginesTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Every_export_holds_the_readers_approved_records(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres);
        using var _ = app.CreateClient();
        var (a, b, tricky) = await app.WithAppDbAsync(ExportsApp.SeedAsync);
        await TestUsers.CreateAsync(app, "viewer@engines.test", false, new Membership { PartnershipId = a, Role = PartnershipRole.Viewer });
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer@engines.test");
        var expected = await app.WithAppDbAsync(db => ExpectedRecords.IdsAsync(db, a));

        using (var workbook = new WorkbookReader(await viewer.GetByteArrayAsync($"/partnerships/{a}/exports/workbook.xlsx", Cancel)))
            foreach (var (kind, ids) in expected)
                workbook.Named(kind).Select(r => int.Parse(WorkbookReader.Text(r["id"]))).ToHashSet().ShouldBe(ids, ignoreOrder: true, customMessage: $"{engine} {kind}");

        var csv = CsvReader.Parse(Encoding.UTF8.GetString(await viewer.GetByteArrayAsync($"/partnerships/{a}/exports/visits.csv", Cancel)).TrimStart('\uFEFF'));
        csv.Skip(1).Select(r => int.Parse(r[0])).ToHashSet().ShouldBe(expected["visits"], ignoreOrder: true);
        csv.Single(r => r[0] == tricky.ToString()).ShouldContain(ExportsApp.TrickyLao);

        var iati = XDocument.Parse(await viewer.GetStringAsync($"/partnerships/{a}/exports/iati-activities.xml", Cancel));
        iati.Root!.Elements("iati-activity").Select(e => e.Element("iati-identifier")!.Value)
            .ShouldContain(id => id.EndsWith("proj-vientiane-justice-procuracy-hq"));

        var page = await viewer.GetStringAsync("/calendar", Cancel);
        using var issued = await viewer.PostAsync("/calendar?handler=issue", new FormUrlEncodedContent(new Dictionary<string, string>
            { ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(page) }), Cancel);
        var feedPath = System.Text.RegularExpressions.Regex.Match(await issued.Content.ReadAsStringAsync(Cancel), "/calendar/[0-9a-f]{48}\\.ics").Value;
        using var anonymous = app.CreateClient();
        var feed = Ical.Net.Calendar.Load(await anonymous.GetStringAsync(feedPath, Cancel))!;
        var shown = await app.WithAppDbAsync(db => db.Activities
            .Where(x => x.PartnershipId == a && x.State == RecordState.Approved && x.StartDate != null
                && (x.Kind == ActivityKind.Visit || x.Kind == ActivityKind.Meeting || x.Kind == ActivityKind.Event))
            .Select(x => x.Id).ToListAsync());
        feed.Events.Where(e => e.Uid!.StartsWith("activity-")).Select(e => e.Uid).ShouldBe(shown.Select(id => $"activity-{id}@twinning"), ignoreOrder: true);
        b.ShouldNotBe(a);
    }

    [Fact]
    public async Task A_large_partnership_exports_every_row()
    {
        const int extra = 5000;
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = app.CreateClient();
        // Stored through a plain context: the app's audit trail would make seeding thousands of rows slow.
        int a;
        await using (var db = app.Database.NewContext())
        {
            a = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            db.Visits.AddRange(Enumerable.Range(1, extra).Select(i => new Visit
            {
                PartnershipId = a, State = RecordState.Approved, Title = new($"Đoàn công tác số {i}, \"thử\"", null, "ຄະນະ"),
                StartDate = new DateOnly(2000, 1, 1).AddDays(i), Summary = new("Một bản tóm tắt khá dài để tệp lớn lên. " + new string('x', 200)),
            }));
            await db.SaveChangesAsync(Cancel);
        }
        await TestUsers.CreateAsync(app, "viewer@large.test", false, new Membership { PartnershipId = a, Role = PartnershipRole.Viewer });
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer@large.test");
        var visits = await app.WithAppDbAsync(db => db.Visits.CountAsync(v => v.PartnershipId == a && v.State == RecordState.Approved));
        visits.ShouldBeGreaterThan(extra);

        var csv = CsvReader.Parse(Encoding.UTF8.GetString(await viewer.GetByteArrayAsync($"/partnerships/{a}/exports/visits.csv", Cancel)).TrimStart('\uFEFF'));
        (csv.Count - 1).ShouldBe(visits);
        using var workbook = new WorkbookReader(await viewer.GetByteArrayAsync($"/partnerships/{a}/exports/workbook.xlsx", Cancel));
        workbook.Named("visits").Count.ShouldBe(visits);
    }
}
