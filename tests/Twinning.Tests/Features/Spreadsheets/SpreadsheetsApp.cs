using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Features.Exports;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>
/// The dataset app with partnership A (and B, with the export tests' records), and who uses the import:
/// a Vietnamese Editor of A, a Contributor of A for one organisation, a Viewer of A and an Editor of B.
/// </summary>
public sealed class SpreadsheetsApp(PostgresServer postgres) : IAsyncLifetime
{
    public TwinningAppFactory Factory { get; private set; } = null!;
    public int PartnershipA { get; private set; }
    public int PartnershipB { get; private set; }
    public int ContributorOrganisation { get; private set; }
    public HttpClient EditorOfA { get; private set; } = null!;
    public HttpClient ContributorOfA { get; private set; } = null!;
    public HttpClient ViewerOfA { get; private set; } = null!;
    public HttpClient EditorOfB { get; private set; } = null!;

    public string Url => $"/partnerships/{PartnershipA}/spreadsheets";

    public async ValueTask InitializeAsync()
    {
        Factory = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var started = Factory.CreateClient();
        (PartnershipA, PartnershipB, _) = await Factory.WithAppDbAsync(ExportsApp.SeedAsync);
        ContributorOrganisation = await Factory.WithAppDbAsync(db => db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        await TestUsers.CreateAsync(Factory, "editor-a@sheets.test", false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(Factory, "contributor-a@sheets.test", false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Contributor, OrganisationId = ContributorOrganisation });
        await TestUsers.CreateAsync(Factory, "viewer-a@sheets.test", false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
        await TestUsers.CreateAsync(Factory, "editor-b@sheets.test", false, new Membership { PartnershipId = PartnershipB, Role = PartnershipRole.Editor, Side = "VN" });
        EditorOfA = await TestUsers.SignedInClientAsync(Factory, "editor-a@sheets.test");
        ContributorOfA = await TestUsers.SignedInClientAsync(Factory, "contributor-a@sheets.test");
        ViewerOfA = await TestUsers.SignedInClientAsync(Factory, "viewer-a@sheets.test");
        EditorOfB = await TestUsers.SignedInClientAsync(Factory, "editor-b@sheets.test");
    }

    public async ValueTask DisposeAsync()
    {
        EditorOfA.Dispose();
        ContributorOfA.Dispose();
        ViewerOfA.Dispose();
        EditorOfB.Dispose();
        await Factory.DisposeAsync();
    }

    public Task<byte[]> TemplateAsync(HttpClient client) => Download(client, Url + "?handler=Template");

    public Task<byte[]> WorkbookAsync(HttpClient client) => Download(client, $"/partnerships/{PartnershipA}/exports/workbook.xlsx");

    public Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(HttpClient client, byte[] bytes, string name = "activities.xlsx") =>
        new UploadingClient(client, Url).UploadAsync(bytes, name);

    public Task<(HttpResponseMessage Response, IHtmlDocument Page)> AcceptAsync(HttpClient client, IHtmlDocument review) =>
        new UploadingClient(client, Url).AcceptAsync(review);

    private async Task<byte[]> Download(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, url);
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }
}

/// <summary>The upload page used as a browser uses it: the form's file field, its antiforgery token, the accept button.</summary>
public sealed class UploadingClient(HttpClient client, string url)
{
    /// <summary>Uploads a file through the page's form (multipart, with the form's antiforgery token).</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(byte[] bytes, string name = "activities.xlsx")
    {
        var form = await Forms.GetAsync(client, url);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(TestUsers.AntiforgeryToken(form.DocumentElement.OuterHtml)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "Workbook", name);
        var response = await client.PostAsync(url, content, TestContext.Current.CancellationToken);
        return (response, await PageOf(response));
    }

    /// <summary>Presses the review's accept button.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> AcceptAsync(IHtmlDocument review)
    {
        var response = await Forms.PostAsync(client, review, url + "?handler=Accept", formSelector: "form[action*='handler=Accept']");
        return (response, await PageOf(response));
    }

    private static async Task<IHtmlDocument> PageOf(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
