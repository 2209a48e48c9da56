using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.People;

/// <summary>People and bodies of the Lao side carry their names in Lao script, and Lao pages show those first.</summary>
public sealed class LaoNamesTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_Lao_leader_in_the_dataset_has_a_name_in_Lao_script()
    {
        var lao = await app.Factory.WithAppDbAsync(db => db.People.AsNoTracking().Where(p => p.Country == "LA").ToListAsync(Cancel));
        lao.Count.ShouldBeGreaterThan(3);
        // Khamphao Ernthavanh's Lao spelling is not attested in the sources yet.
        lao.Where(p => p.Key != "person-khamphao-ernthavanh" && !(p.Name.Lo ?? "").Any(c => c is >= '\u0E80' and <= '\u0EFF'))
            .Select(p => p.Name.Vi).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("ອານຸພາບ ຕຸນາລົມ", "Anouphap Tounalom")]
    [InlineData("ພັນດອນ", "Athsaphangthong Siphandone")] // a part of a word: Lao has no spaces to anchor on
    [InlineData("ຄະນະພັກນະຄອນຫລວງວຽງຈັນ", "Thành ủy Vientiane")] // ຫລ for ຫຼ, as VOV writes it
    public async Task The_Lao_names_are_found_by_a_Lao_script_search(string query, string expected)
    {
        var page = await app.PageAsync($"/search?q={Uri.EscapeDataString(query)}");
        page.QuerySelectorAll("main ul li a").Select(a => a.TextContent.Trim()).ShouldContain(expected);
    }

    [Theory]
    [InlineData("lo", "ທອງລຸນ ສີສຸລິດ")]
    [InlineData("vi", "Thongloun Sisoulith")]
    [InlineData("en", "Thongloun Sisoulith")]
    public async Task A_persons_page_is_headed_by_their_name_in_the_readers_script(string language, string heading)
    {
        var id = await app.IdOfAsync<Person>("person-thongloun-sisoulith");
        (await HeadingAsync($"/people/{id}", language)).ShouldBe(heading);
    }

    [Theory]
    [InlineData("lo", "ຄະນະພັກນະຄອນຫຼວງວຽງຈັນ")]
    [InlineData("en", "Vientiane Party Committee")]
    public async Task An_organisations_page_is_headed_by_its_name_in_the_readers_script(string language, string heading)
    {
        var id = await app.IdOfAsync<Organisation>("org-vientiane-party-committee");
        (await HeadingAsync($"/organisations/{id}", language)).ShouldBe(heading);
    }

    private async Task<string> HeadingAsync(string url, string language)
    {
        var email = $"names-{Guid.NewGuid():N}@vientiane.test";
        await TestUsers.CreateAsync(app.Factory, email, administrator: true);
        using var client = await TestUsers.SignedInClientAsync(app.Factory, email);
        var home = await client.GetStringAsync("/", Cancel);
        using var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(home),
        }), Cancel);
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url, Cancel));
        page.DocumentElement.GetAttribute("lang").ShouldBe(language);
        return page.QuerySelector("main h1")!.TextContent.Trim();
    }
}
