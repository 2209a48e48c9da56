using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Data.Revisions;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's figures are kept between requests (<see cref="RevisionCache"/>) but never outlive a change:
/// every save raises the revision of the partnership it touched, in its own transaction, and the next request
/// of any app instance sees it. No in-process signal is involved, so what holds here holds across instances.
/// </summary>
public sealed class DashboardFreshnessTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<Engine> Engines => [Engine.Sqlite, Engine.Postgres];

    [Theory, MemberData(nameof(Engines))]
    public async Task A_saved_change_shows_on_the_next_dashboard_and_an_unchanged_one_is_not_read_again(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var partnership = await app.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            db.Activities.AddRange(Visit(id, "Đoàn Hà Nội thăm Viêng Chăn", new(2024, 3, 11)), Visit(id, "Đoàn Viêng Chăn thăm Hà Nội", new(2024, 5, 2)));
            await db.SaveChangesAsync(Cancel);
            return id;
        });
        await TestUsers.CreateAsync(app, "viewer@fresh.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(app, "viewer@fresh.test");

        async Task<(string Count, List<string> Latest)> DashboardAsync()
        {
            var page = await Forms.GetAsync(client, $"/partnerships/{partnership}");
            var count = page.QuerySelectorAll(".figure").Single(f => f.QuerySelector(".label")!.TextContent.Contains("hoạt động")).QuerySelector(".number")!.TextContent.Trim();
            var latest = page.QuerySelectorAll("ul.timeline li").Select(li => li.TextContent).ToList();
            return (count, latest);
        }

        var first = await DashboardAsync();
        first.Count.ShouldBe("2");
        first.Latest.ShouldContain(line => line.Contains("Đoàn Hà Nội thăm Viêng Chăn"));
        (await DashboardAsync()).Count.ShouldBe("2");

        // Saved by another request (as another instance would: nothing tells this process).
        await app.WithAppDbAsync(async db =>
        {
            db.Activities.Add(Visit(partnership, "Đoàn xúc tiến thương mại", new(2024, 9, 5)));
            var renamed = await db.Visits.SingleAsync(v => v.StartDate == new DateOnly(2024, 3, 11), Cancel);
            renamed.Title = new("Đoàn lãnh đạo Hà Nội thăm Viêng Chăn");
            return await db.SaveChangesAsync(Cancel);
        });
        var after = await DashboardAsync();
        after.Count.ShouldBe("3");
        after.Latest.Count.ShouldBe(3);
        after.Latest.ShouldContain(line => line.Contains("Đoàn xúc tiến thương mại"));
        after.Latest.ShouldContain(line => line.Contains("Đoàn lãnh đạo Hà Nội thăm Viêng Chăn"));
        after.Latest.ShouldNotContain(line => line.Contains("Đoàn Hà Nội thăm Viêng Chăn"));

        // The kept figures' charts are drawn in each reader's language, not in the first reader's.
        using var lao = await TestUsers.SignedInClientAsync(app, "viewer@fresh.test");
        lao.DefaultRequestHeaders.AcceptLanguage.ParseAdd("lo-LA");
        var inLao = await Forms.GetAsync(lao, $"/partnerships/{partnership}");
        inLao.QuerySelector("#chart-activities figcaption")!.TextContent.ShouldBe("ກິດຈະກຳຕາມປີ ແລະ ປະເພດ");
        (await Forms.GetAsync(client, $"/partnerships/{partnership}")).QuerySelector("#chart-activities figcaption")!.TextContent.ShouldBe("Hoạt động theo năm và loại");

        // A deletion (to the bin) is a change too.
        await app.WithAppDbAsync(async db =>
        {
            db.Activities.Remove(await db.Visits.SingleAsync(v => v.StartDate == new DateOnly(2024, 5, 2), Cancel));
            return await db.SaveChangesAsync(Cancel);
        });
        (await DashboardAsync()).Count.ShouldBe("2");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_save_raises_the_revision_of_the_partnership_it_touched_and_shared_records_raise_the_shared_one(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        var (first, second) = await app.WithAppDbAsync(async db =>
        {
            var one = await TestRecords.SavePartnershipAsync(db);
            var other = new Partnership
            {
                Key = "partnership-hue-luang-prabang", Name = new("Huế – Luông Pha Băng"), CityAName = new("Huế"), CityACountry = CountryCode.Vietnam,
                CityBName = new("Luông Pha Băng"), CityBCountry = CountryCode.Laos, Status = PartnershipStatus.Active,
            };
            db.Partnerships.Add(other);
            await db.SaveChangesAsync(Cancel);
            return (one, other.Id);
        });
        var before = await RevisionsAsync(app, first, second);

        await app.WithAppDbAsync(async db =>
        {
            db.Activities.Add(Visit(first, "Đoàn Hà Nội thăm Viêng Chăn", new(2024, 3, 11)));
            return await db.SaveChangesAsync(Cancel);
        });
        var afterActivity = await RevisionsAsync(app, first, second);
        afterActivity.First.ShouldBeGreaterThan(before.First);
        afterActivity.Second.ShouldBe(before.Second);
        afterActivity.Shared.ShouldBe(before.Shared);

        await app.WithAppDbAsync(async db =>
        {
            db.People.Add(TestRecords.Person("p-saysana", new("Xay-xa-na Xi-xu-phăn"), CountryCode.Laos));
            return await db.SaveChangesAsync(Cancel);
        });
        var afterPerson = await RevisionsAsync(app, first, second);
        afterPerson.Shared.ShouldBeGreaterThan(afterActivity.Shared);
        (afterPerson.First, afterPerson.Second).ShouldBe((afterActivity.First, afterActivity.Second));

        // The cache computes once per revision, and again once the revision moves.
        var computed = 0;
        async Task<string> FiguresAsync() => await app.WithAppDbAsync(db =>
            new RevisionCache(db, app.Services.GetRequiredService<RevisionCache.Store>())
                .GetOrComputeAsync("test", first, _ => Task.FromResult($"computed {++computed}"), Cancel));
        (await FiguresAsync()).ShouldBe("computed 1");
        (await FiguresAsync()).ShouldBe("computed 1");
        await app.WithAppDbAsync(async db =>
        {
            (await db.Visits.SingleAsync(Cancel)).Title = new("Đoàn lãnh đạo Hà Nội thăm Viêng Chăn");
            return await db.SaveChangesAsync(Cancel);
        });
        (await FiguresAsync()).ShouldBe("computed 2");
    }

    private static Task<(long First, long Second, long Shared)> RevisionsAsync(TwinningAppFactory app, int first, int second) =>
        app.WithAppDbAsync(async db =>
        {
            var one = await RecordRevisions.OfPartnershipAsync(db, first, Cancel);
            var other = await RecordRevisions.OfPartnershipAsync(db, second, Cancel);
            return (one.Partnership, other.Partnership, one.Shared);
        });

    private static Visit Visit(int partnershipId, string title, DateOnly start) => new()
    {
        PartnershipId = partnershipId, Title = new(title), StartDate = start, Direction = Direction.AToB,
        State = RecordState.Approved, Status = ActivityStatus.Completed,
    };
}
