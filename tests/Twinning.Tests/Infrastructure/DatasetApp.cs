using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// The app on SQLite with the embedded Hanoi–Vientiane dataset, shared by the read-only page tests
/// of one class. Pages are fetched as a browser would and parsed, so tests assert on what a reader sees.
/// </summary>
public class DatasetApp(PostgresServer postgres) : IAsyncLifetime
{
    public TwinningAppFactory Factory { get; private set; } = null!;

    /// <summary>SQLite unless a subclass says otherwise (<see cref="PostgresDatasetApp"/>).</summary>
    protected virtual Engine Engine => Engine.Sqlite;
    public int PartnershipId { get; private set; }

    public const string ViewerEmail = "viewer@hanoi.test";

    public async ValueTask InitializeAsync()
    {
        Factory = await TwinningAppFactory.CreateAsync(Engine, postgres);
        using var _ = Factory.CreateClient(); // starts the host, which loads the dataset
        PartnershipId = await Factory.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync());
        await TestUsers.CreateAsync(Factory, ViewerEmail, memberships: new Twinning.Features.Accounts.Membership { PartnershipId = PartnershipId, Role = Twinning.Features.Accounts.PartnershipRole.Viewer });
        _viewer = await TestUsers.SignedInClientAsync(Factory, ViewerEmail);
    }

    private HttpClient _viewer = null!;

    public async ValueTask DisposeAsync()
    {
        _viewer.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A client signed in as a Viewer of the partnership (sharing one sign-in across the class's tests).</summary>
    public HttpClient Client() => _viewer;

    /// <summary>A client with no cookies at all: an anonymous visitor.</summary>
    public HttpClient AnonymousClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> PageAsync(string url)
    {
        using var response = await Client().GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
        return new HtmlParser().ParseDocument(body);
    }

    /// <summary>The id of a record found by its stable dataset key.</summary>
    public Task<int> IdOfAsync<T>(string key) where T : Twinning.Data.Entity =>
        Factory.WithAppDbAsync(db => db.Set<T>().Where(e => e.Key == key).Select(e => e.Id).SingleAsync());
}

/// <summary>The same app and dataset on PostgreSQL, for the page tests that must hold on both engines.</summary>
public sealed class PostgresDatasetApp(PostgresServer postgres) : DatasetApp(postgres)
{
    protected override Engine Engine => Engine.Postgres;
}
