using System.Net;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Public;

/// <summary>
/// The public timelines at a country's scale: the sign-in page names the first few by name and links to /public,
/// which lists them all, filtered by any spelling of a name and paged. Only partnerships with an approved
/// activity marked public are there.
/// </summary>
public sealed class PublicPartnershipsTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<Engine> Engines => [Engine.Sqlite, Engine.Postgres];

    private static readonly string[] Provinces =
    [
        "An Giang", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận",
        "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
        "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
    ];

    [Theory, MemberData(nameof(Engines))]
    public async Task The_sign_in_page_names_a_few_and_the_public_list_pages_and_filters_them_all(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var client = app.CreateClient();
        await app.WithAppDbAsync(async db =>
        {
            // In reverse order of name, so the lists' order is their own doing.
            async Task AddAsync(string key, string name, bool isPublic, RecordState state)
            {
                var partnership = Partnership(key, name);
                db.Partnerships.Add(partnership);
                await db.SaveChangesAsync(Cancel);
                db.Activities.Add(Activity(partnership.Id, isPublic, state));
                await db.SaveChangesAsync(Cancel);
            }
            foreach (var (province, i) in Provinces.Select((p, i) => (p, i)).Reverse())
                await AddAsync($"p-{i}", $"{province} – Viêng Chăn", isPublic: true, RecordState.Approved);
            await AddAsync("p-private", "Hà Nam – Luông Pha Băng", isPublic: false, RecordState.Approved);
            await AddAsync("p-draft", "Hà Nam – Xiêng Khoảng", isPublic: true, RecordState.Draft);
            return 0;
        });

        // In the reader's alphabet: Vietnamese puts "Bạc" before "Bắc" and "Dương" before "Định".
        var inOrder = Provinces.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false)).ToList();
        inOrder.IndexOf("Bạc Liêu").ShouldBeLessThan(inOrder.IndexOf("Bắc Giang"));
        inOrder.IndexOf("Bình Dương").ShouldBeLessThan(inOrder.IndexOf("Bình Định"));

        var signIn = await Forms.GetAsync(client, "/account/signin");
        signIn.QuerySelectorAll("main ul li a[href^='/public/']").Select(a => a.TextContent).ShouldBe(inOrder.Take(10).Select(p => $"{p} – Viêng Chăn"));
        var all = signIn.QuerySelector("main a[href='/public']")!;
        all.TextContent.ShouldBe($"Xem tất cả {Provinces.Length} dòng thời gian công khai");

        async Task<(List<string> Names, string Count)> ListAsync(string query)
        {
            var page = await Forms.GetAsync(client, "/public" + query);
            return (page.QuerySelectorAll("ul.public-partnerships a").Select(a => a.TextContent).ToList(), page.QuerySelector("p.count")!.TextContent.Trim());
        }

        var first = await ListAsync("");
        first.Names.ShouldBe(inOrder.Take(25).Select(p => $"{p} – Viêng Chăn"));
        first.Count.ShouldBe($"{Provinces.Length} bản ghi");
        (await ListAsync("?p=2")).Names.ShouldBe(inOrder.Skip(25).Select(p => $"{p} – Viêng Chăn"));
        (await ListAsync("?desc=true")).Names[0].ShouldBe("Kiên Giang – Viêng Chăn");

        // Any spelling, anywhere in the name: without accents, any case; the private and the draft-only partnerships are not there.
        (await ListAsync("?q=ha+nam")).Names.ShouldBe(["Hà Nam – Viêng Chăn"]);
        (await ListAsync("?q=BINH")).Names.ShouldBe(["Bình Dương – Viêng Chăn", "Bình Định – Viêng Chăn", "Bình Phước – Viêng Chăn", "Bình Thuận – Viêng Chăn", "Hòa Bình – Viêng Chăn"]);
        var none = await ListAsync("?q=Luông+Pha+Băng");
        none.Names.ShouldBeEmpty();
        none.Count.ShouldBe("0 bản ghi");

        (await client.GetAsync("/public?sort=city", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.GetAsync("/public?q=" + new string('x', 201), Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static Partnership Partnership(string key, string name) => new()
    {
        Key = key, Name = new(name), CityAName = new(name.Split(" – ")[0]), CityACountry = CountryCode.Vietnam,
        CityBName = new(name.Split(" – ")[1]), CityBCountry = CountryCode.Laos, Status = PartnershipStatus.Active,
        State = RecordState.Approved,
    };

    private static Activity Activity(int partnershipId, bool isPublic, RecordState state) => new Visit
    {
        PartnershipId = partnershipId,
        Title = new("Đoàn công tác"), StartDate = new(2024, 3, 11), Direction = Direction.AToB, IsPublic = isPublic, State = state,
        Status = ActivityStatus.Completed,
    };
}
