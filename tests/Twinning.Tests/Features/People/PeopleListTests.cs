using System.Net;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.People;

/// <summary>The people list: found by any spelling, narrowed by side, sorted, paged and counted.</summary>
public sealed class PeopleListTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task People_are_found_by_any_spelling_narrowed_by_side_sorted_paged_and_counted()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        // 28 Vietnamese officials and 4 Lao ones: more than one page of 25.
        var vietnamese = Enumerable.Range(1, 28).Select(i => $"Nguyễn Văn Thử {i:00}").ToList();
        string[] lao = ["Thongloun Sisoulith", "Anouphap Tounalom", "Xaysomphone Phomvihane", "Athsaphangthong Siphandone"];
        var partnership = await app.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            foreach (var (name, country) in vietnamese.Select(n => (n, CountryCode.Vietnam)).Concat(lao.Select(n => (n, CountryCode.Laos))))
            {
                var person = TestRecords.Person($"p-{name}", new(name), country);
                person.State = RecordState.Approved;
                db.People.Add(person);
            }
            await db.SaveChangesAsync(Cancel);
            return id;
        });
        await TestUsers.CreateAsync(app, "viewer@people.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        using var client = await TestUsers.SignedInClientAsync(app, "viewer@people.test");

        async Task<(List<string> Names, string Count)> ListAsync(string query)
        {
            var page = await Forms.GetAsync(client, "/people" + query);
            return (page.QuerySelectorAll("table.record-list tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList(),
                page.QuerySelector("p.count")!.TextContent.Trim());
        }

        var first = await ListAsync("");
        first.Names.Count.ShouldBe(25);
        first.Count.ShouldContain((vietnamese.Count + lao.Length).ToString());
        var second = await ListAsync("?p=2");
        second.Names.Count.ShouldBe(vietnamese.Count + lao.Length - 25);
        first.Names.Concat(second.Names).ShouldBe(vietnamese.Concat(lao).Order(StringComparer.Ordinal).ToList(), ignoreOrder: true);

        (await ListAsync("?q=nguyen+van+thu+07")).Names.ShouldBe(["Nguyễn Văn Thử 07"]); // without accents
        (await ListAsync("?side=LA")).Names.ShouldBe(lao.Order(StringComparer.Ordinal).ToList());
        (await ListAsync("?side=LA&sort=name&desc=true")).Names.ShouldBe(lao.OrderDescending(StringComparer.Ordinal).ToList());

        foreach (var bad in new[] { "?side=Laos", "?sort=age", "?p=0" })
            (await client.GetAsync("/people" + bad, Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, bad);
    }
}
