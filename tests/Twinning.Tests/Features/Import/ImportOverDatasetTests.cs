using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Import;

/// <summary>
/// A seed article imported into the record built from it: every person it names is recognised as one
/// already held (through any of their spellings), and accepting adds the article as evidence without
/// creating a second copy of anyone.
/// </summary>
public sealed class ImportOverDatasetTests(PostgresServer postgres) : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private TwinningAppFactory _app = null!;
    private HttpClient _editor = null!;
    private int _partnership;

    public async ValueTask InitializeAsync()
    {
        _app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
        using var _ = _app.CreateClient();
        _partnership = await _app.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync());
        await TestUsers.CreateAsync(_app, "editor@hanoi.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Editor, Side = "VN" });
        _editor = await TestUsers.SignedInClientAsync(_app, "editor@hanoi.test");
    }

    public async ValueTask DisposeAsync()
    {
        _editor.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public async Task The_people_of_a_seed_article_match_those_already_held_and_accepting_duplicates_no_one(string seed)
    {
        var text = File.ReadAllText(Directory.GetFiles(SharedFolder.Path("seeds"), seed + "_*.txt").Single());
        var url = $"/partnerships/{_partnership}/import";
        var form = await Forms.GetAsync(_editor, url);
        var posted = await Forms.PostAsync(_editor, form, url, new Dictionary<string, string?> { ["Text"] = text }, formSelector: "form.import-form");
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var review = posted.Headers.Location!.OriginalString;

        var page = await Forms.GetAsync(_editor, review);
        var people = page.QuerySelectorAll("fieldset.proposal-person");
        people.Length.ShouldBeGreaterThan(1);
        people.ShouldAllBe(p => p.QuerySelector(".badge.existing a[href^='/people/']") != null, "a person of the article was not recognised");

        var before = await _app.WithAppDbAsync(db => db.People.CountAsync());
        var accepted = await Forms.PostAsync(_editor, page, review + "?handler=Accept", formSelector: "form.import-accept");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await _app.WithAppDbAsync(db => db.People.CountAsync())).ShouldBe(before);
        // The landing page says what changed: each person already held is listed as cited, linked to their page.
        var landing = await Forms.GetAsync(_editor, accepted.Headers.Location!.OriginalString);
        landing.GetElementById("import-summary").ShouldNotBeNull().TextContent.ShouldNotBeNullOrWhiteSpace();
        var evidence = landing.QuerySelectorAll("#import-evidence a").Select(a => a.GetAttribute("href")).ToList();
        foreach (var held in people.Select(p => p.QuerySelector(".badge.existing a")!.GetAttribute("href")).Distinct())
            evidence.ShouldContain(held);
        var sourceId = int.Parse(review.Split('/').Last());
        (await _app.WithAppDbAsync(db => db.Citations.CountAsync(c => c.SourceId == sourceId && c.RecordKind == Twinning.Features.Sources.RecordKind.Person)))
            .ShouldBe(people.Length);
    }
}
