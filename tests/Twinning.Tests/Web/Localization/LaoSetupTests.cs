using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web.Localization;

/// <summary>The first page of a fresh install, for a Lao administrator: the form and Identity's own refusals in Lao.</summary>
public sealed class LaoSetupTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_setup_page_and_its_refusals_are_in_lao()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("lo");
        var token = app.Services.GetRequiredService<DatabaseInitializer>().SetupToken!;

        var form = await client.GetStringAsync($"/setup?token={token}", Cancel);
        var page = new HtmlParser().ParseDocument(form);
        page.DocumentElement.GetAttribute("lang").ShouldBe("lo");
        page.QuerySelector("h1")!.TextContent.ShouldBe("ສ້າງຜູ້ບໍລິຫານລະບົບຄົນທຳອິດ");
        LaoPagesTests.Untranslated(page).ShouldBeEmpty();

        // Passwords that differ (validation) and one too short (Identity's own rule).
        var differ = await PostAsync(client, token, form, "short one", "short two");
        WebUtility.HtmlDecode(differ).ShouldContain("ລະຫັດຜ່ານທັງສອງບໍ່ຄືກັນ.");
        var tooShort = await PostAsync(client, token, form, "short", "short");
        WebUtility.HtmlDecode(tooShort).ShouldContain("ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ 12 ຕົວອັກສອນ.");
        LaoPagesTests.Untranslated(new HtmlParser().ParseDocument(tooShort)).ShouldBeEmpty();
    }

    private static async Task<string> PostAsync(HttpClient client, string token, string form, string password, string confirm)
    {
        using var response = await client.PostAsync($"/setup?token={token}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Token"] = token, ["DisplayName"] = "ທ່ານ ທົດລອງ", ["Email"] = "admin@vientiane.test",
            ["Password"] = password, ["ConfirmPassword"] = confirm,
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync(Cancel);
    }
}
