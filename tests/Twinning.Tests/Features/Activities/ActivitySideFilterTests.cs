using System.Net;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Activities;

/// <summary>
/// The activity list's side filter: a side's activities are those its city's delegation travelled or gave for,
/// the joint ones, and those one of its bodies organised, funded or donated, on either engine.
/// </summary>
public sealed class ActivitySideFilterTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<Engine> Engines => [Engine.Sqlite, Engine.Postgres];

    [Theory, MemberData(nameof(Engines))]
    public async Task A_side_lists_what_its_city_travelled_for_gave_or_organised_and_the_joint_ones(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var partnership = await app.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            var hanoi = TestRecords.Organisation("o-hanoi", new("Ủy ban nhân dân thành phố Hà Nội"), CountryCode.Vietnam);
            var vientiane = TestRecords.Organisation("o-vientiane", new("Ủy ban nhân dân Thủ đô Viêng Chăn"), CountryCode.Laos);
            hanoi.State = vientiane.State = RecordState.Approved;
            Activity[] activities =
            [
                new Visit { Title = new("Đoàn Hà Nội thăm Viêng Chăn"), StartDate = new(2024, 3, 11), Direction = Direction.AToB },
                new Visit { Title = new("Đoàn Viêng Chăn thăm Hà Nội"), StartDate = new(2024, 5, 2), Direction = Direction.BToA },
                new Visit { Title = new("Đoàn chung dự diễn đàn"), StartDate = new(2024, 7, 1), Direction = Direction.Joint },
                // Hanoi's conference in Vientiane, organised with the Vientiane city: both sides'.
                new PromotionEvent { Title = new("Hội nghị xúc tiến du lịch"), StartDate = new(2024, 9, 5), Direction = Direction.AToB, Organisers = [hanoi, vientiane] },
                new Donation { Title = new("Viêng Chăn tặng sách"), StartDate = new(2024, 10, 1), Direction = Direction.BToA, Donor = vientiane, Item = new("Sách") },
                new Project { Title = new("Trường học hữu nghị"), StartDate = new(2024, 2, 1), Direction = Direction.AToB, Funder = hanoi },
            ];
            foreach (var activity in activities)
            {
                activity.PartnershipId = id;
                activity.State = RecordState.Approved;
                activity.Status = ActivityStatus.Completed;
            }
            db.Activities.AddRange(activities);
            await db.SaveChangesAsync(Cancel);
            return id;
        });
        await TestUsers.CreateAsync(app, "viewer@sides.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(app, "viewer@sides.test");

        async Task<List<string>> TitlesAsync(string query)
        {
            var page = await Forms.GetAsync(client, $"/partnerships/{partnership}/activities{query}");
            return page.QuerySelectorAll("table.record-list tbody tr td:nth-child(2) a").Select(a => a.TextContent.Trim()).ToList();
        }

        // Newest first, as the list orders by default.
        (await TitlesAsync("?side=VN")).ShouldBe(["Hội nghị xúc tiến du lịch", "Đoàn chung dự diễn đàn", "Đoàn Hà Nội thăm Viêng Chăn", "Trường học hữu nghị"]);
        (await TitlesAsync("?side=LA")).ShouldBe(["Viêng Chăn tặng sách", "Hội nghị xúc tiến du lịch", "Đoàn chung dự diễn đàn", "Đoàn Viêng Chăn thăm Hà Nội"]);
        (await TitlesAsync("?side=LA&kind=Visit&direction=BToA")).ShouldBe(["Đoàn Viêng Chăn thăm Hà Nội"]);
        (await TitlesAsync("?side=TH")).ShouldBeEmpty();

        var page = await Forms.GetAsync(client, $"/partnerships/{partnership}/activities?side=LA");
        page.QuerySelectorAll("select[name=side] option").Select(o => o.TextContent.Trim()).ShouldBe(["Tất cả", "Việt Nam (Hà Nội)", "Lào (Viêng Chăn)"]);
        page.QuerySelector("select[name=side] option[selected]")!.GetAttribute("value").ShouldBe("LA");
        page.QuerySelector("p.count")!.TextContent.ShouldBe("4 bản ghi");

        (await client.GetAsync($"/partnerships/{partnership}/activities?side=Laos", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
