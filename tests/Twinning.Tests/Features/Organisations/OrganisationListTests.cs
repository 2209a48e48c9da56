using System.Net;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Organisations;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Organisations;

/// <summary>
/// The organisations list: found by any spelling of a name or its abbreviation, narrowed by side and kind,
/// sorted, paged and counted, and a draft neither listed nor counted for a reader the record page refuses.
/// </summary>
public sealed class OrganisationListTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<Engine> Engines => [Engine.Sqlite, Engine.Postgres];

    // Vietnamese names that differ from their first letter, so any engine's collation orders them alike.
    private static readonly (LocalizedText Name, string? Abbreviation, OrganisationKind Kind)[] Lao =
    [
        (new("Ban Đối ngoại Thành ủy Viêng Chăn", "Vientiane Party Committee's External Relations Commission", "ຄະນະພົວພັນຕ່າງປະເທດ ຄະນະພັກນະຄອນຫຼວງວຽງຈັນ"), null, OrganisationKind.PartyCommittee),
        (new("Công an Thủ đô Viêng Chăn", "Vientiane Capital Police", "ກອງບັນຊາການປ້ອງກັນຄວາມສະຫງົບ ນະຄອນຫຼວງວຽງຈັນ"), null, OrganisationKind.Department),
        (new("Sở Ngoại vụ Viêng Chăn", "Vientiane Department of Foreign Affairs", "ພະແນກການຕ່າງປະເທດ ນະຄອນຫຼວງວຽງຈັນ"), "PNKTPT", OrganisationKind.Department),
    ];

    [Theory, MemberData(nameof(Engines))]
    public async Task Organisations_are_found_by_any_spelling_narrowed_by_side_and_kind_sorted_paged_and_counted(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        // 26 Hanoi departments and 3 Vientiane bodies: more than one page of 25.
        var hanoi = Enumerable.Range(1, 26).Select(i => $"Sở Thử Nghiệm Hà Nội {i:00}").ToList();
        var partnership = await app.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            var city = TestRecords.Organisation("o-hanoi", new("Ủy ban nhân dân thành phố Hà Nội"), CountryCode.Vietnam);
            city.State = RecordState.Approved;
            db.Organisations.Add(city);
            foreach (var name in hanoi)
            {
                var department = TestRecords.Organisation($"o-{name}", new(name), CountryCode.Vietnam, OrganisationKind.Department);
                department.State = RecordState.Approved;
                department.Parent = city;
                db.Organisations.Add(department);
            }
            foreach (var (name, abbreviation, kind) in Lao)
            {
                var body = TestRecords.Organisation($"o-{name.En}", name, CountryCode.Laos, kind);
                body.Abbreviation = abbreviation;
                body.State = RecordState.Approved;
                db.Organisations.Add(body);
            }
            // Submitted by the Lao side: not for a Viewer, as its record page is not.
            var draft = TestRecords.Organisation("o-draft", new("Sở Du lịch Viêng Chăn (nháp)"), CountryCode.Laos, OrganisationKind.Department);
            draft.State = RecordState.Submitted;
            draft.SubmittedBySide = CountryCode.Laos;
            db.Organisations.Add(draft);
            await db.SaveChangesAsync(Cancel);
            return id;
        });
        await TestUsers.CreateAsync(app, "viewer@organisations.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(app, "viewer@organisations.test");

        async Task<(List<string> Names, string Count)> ListAsync(string query)
        {
            var page = await Forms.GetAsync(client, "/organisations" + query);
            return (page.QuerySelectorAll("table.record-list tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList(),
                page.QuerySelector("p.count")!.TextContent.Trim());
        }

        var approved = hanoi.Append("Ủy ban nhân dân thành phố Hà Nội").Concat(Lao.Select(o => o.Name.Vi!)).ToList();
        var first = await ListAsync("");
        first.Names.Count.ShouldBe(25);
        first.Count.ShouldBe($"{approved.Count} bản ghi");
        var second = await ListAsync("?p=2");
        second.Names.Count.ShouldBe(approved.Count - 25);
        first.Names.Concat(second.Names).ShouldBe(approved, ignoreOrder: true);

        (await ListAsync("?q=so+thu+nghiem+ha+noi+07")).Names.ShouldBe(["Sở Thử Nghiệm Hà Nội 07"]); // without accents
        (await ListAsync("?q=SỞ+THỬ+NGHIỆM+HÀ+NỘI+1")).Names.Count.ShouldBe(10); // 10–19, in capitals
        (await ListAsync("?q=ພະແນກການຕ່າງປະເທດ")).Names.ShouldBe(["Sở Ngoại vụ Viêng Chăn"]); // its Lao name
        (await ListAsync("?q=vientiane+capital+police")).Names.ShouldBe(["Công an Thủ đô Viêng Chăn"]); // its English name
        (await ListAsync("?q=pnktpt")).Names.ShouldBe(["Sở Ngoại vụ Viêng Chăn"]); // its abbreviation
        (await ListAsync("?q=nhap")).Names.ShouldBeEmpty(); // the draft is not found either

        var lao = await ListAsync("?side=LA");
        lao.Names.ShouldBe(Lao.Select(o => o.Name.Vi!).ToList());
        lao.Count.ShouldBe("3 bản ghi");
        (await ListAsync("?side=LA&sort=name&desc=true")).Names.ShouldBe(Lao.Select(o => o.Name.Vi!).Reverse().ToList());
        (await ListAsync("?side=LA&kind=Department")).Names.ShouldBe(["Công an Thủ đô Viêng Chăn", "Sở Ngoại vụ Viêng Chăn"]);
        (await ListAsync("?kind=PeoplesCommittee")).Names.ShouldBe(["Ủy ban nhân dân thành phố Hà Nội"]);
        // By side (LA before VN), within a side by name.
        (await ListAsync("?sort=side")).Names.Take(3).ShouldBe(Lao.Select(o => o.Name.Vi!).ToList());

        // Each department names the body it belongs to, with a link.
        var department = await Forms.GetAsync(client, "/organisations?q=so+thu+nghiem+ha+noi+07");
        department.QuerySelector("table.record-list tbody tr td:nth-child(4) a")!.TextContent.Trim().ShouldBe("Ủy ban nhân dân thành phố Hà Nội");
        department.QuerySelector("table.record-list tbody tr td:nth-child(2)")!.TextContent.Trim().ShouldBe("Sở, ngành");

        foreach (var bad in new[] { "?side=Laos", "?kind=Spaceship", "?sort=age", "?p=0" })
            (await client.GetAsync("/organisations" + bad, Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, bad);
    }
}
