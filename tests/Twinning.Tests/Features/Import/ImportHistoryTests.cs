using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Import;

/// <summary>The import history and undo: who accepted what, and taking back exactly what an import created, until someone builds on it.</summary>
public sealed partial class ImportTests
{
    /// <summary>A Contributor's accepted import of a seed article: its page's address and the article's source id.</summary>
    private async Task<(string Landing, int SourceId)> ContributorImportAsync()
    {
        var review = await PasteAsync(_contributor, Seed("001"));
        var response = await AcceptAsync(_contributor, review);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (response.Headers.Location.ShouldNotBeNull().OriginalString, int.Parse(review.Split('/').Last()));
    }

    private async Task<HttpResponseMessage> UndoAsync(HttpClient client, string landing)
    {
        var page = await Forms.GetAsync(client, landing);
        return await Forms.PostAsync(client, page, landing + "?handler=Undo", formSelector: "form[action$='handler=Undo']");
    }

    [Fact]
    public async Task Undoing_an_import_before_approval_takes_back_exactly_what_it_created()
    {
        var before = await CountsAsync();
        var (landing, sourceId) = await ContributorImportAsync();
        var accepted = await CountsAsync();
        accepted.People.ShouldBeGreaterThan(before.People);
        accepted.Activities.ShouldBeGreaterThan(before.Activities);

        var undone = await UndoAsync(_contributor, landing);
        undone.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        undone.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe(landing);
        var after = await CountsAsync();
        after.People.ShouldBe(before.People);
        after.Activities.ShouldBe(before.Activities);
        await _app.WithAppDbAsync(async db =>
        {
            (await db.Citations.CountAsync(c => c.SourceId == sourceId)).ShouldBe(0, "the import's citations go with it");
            // To the bin, not destroyed: each created record is there to restore.
            (await db.People.IgnoreQueryFilters().CountAsync(p => p.DeletedAt != null)).ShouldBe(accepted.People - before.People);
            (await db.ImportRuns.SingleAsync()).UndoneAt.ShouldNotBeNull();
            return 0;
        });

        var page = await Forms.GetAsync(_contributor, landing);
        page.GetElementById("import-notice")!.TextContent.ShouldContain("Đã hoàn tác");
        page.QuerySelector("form[action$='handler=Undo']").ShouldBeNull("an undone import offers no second undo");
    }

    [Fact]
    public async Task Once_an_editor_approves_a_created_record_the_import_can_no_longer_be_undone()
    {
        var (landing, _) = await ContributorImportAsync();
        var activity = await _app.WithAppDbAsync(db => db.Activities.OrderBy(a => a.Id).FirstAsync());
        var view = await Forms.GetAsync(_editor, $"/activities/{activity.Id}");
        (await Forms.PostAsync(_editor, view, $"/workflow/activity/{activity.Id}?handler=approve", formSelector: "form[action$='handler=approve']"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var approved = await CountsAsync();

        var page = await Forms.GetAsync(_contributor, landing);
        page.QuerySelector("form[action$='handler=Undo']").ShouldBeNull();
        page.QuerySelector("main").ShouldNotBeNull().TextContent.ShouldContain("không thể hoàn tác");
        // Posting the undo anyway (a page left open) changes nothing.
        var token = TestUsers.AntiforgeryToken(await _contributor.GetStringAsync(landing, Cancel));
        (await _contributor.PostAsync(landing + "?handler=Undo", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await CountsAsync()).ShouldBe(approved);
        (await _app.WithAppDbAsync(db => db.ImportRuns.SingleAsync())).UndoneAt.ShouldBeNull();
    }

    [Fact]
    public async Task The_history_shows_an_import_to_its_author_and_the_editors_not_to_another_contributor()
    {
        var (landing, _) = await ContributorImportAsync();
        var organisation = await _app.WithAppDbAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        await TestUsers.CreateAsync(_app, "other@hanoi.test", false, new Membership { PartnershipId = _partnership, Role = PartnershipRole.Contributor, OrganisationId = organisation });
        using var other = await TestUsers.SignedInClientAsync(_app, "other@hanoi.test");

        var history = $"/partnerships/{_partnership}/imports";
        (await Forms.GetAsync(_contributor, history)).QuerySelector($"a[href='{landing}']").ShouldNotBeNull();
        (await Forms.GetAsync(_editor, history)).QuerySelector($"a[href='{landing}']").ShouldNotBeNull();
        (await Forms.GetAsync(other, history)).QuerySelector($"a[href='{landing}']").ShouldBeNull();
        (await other.GetAsync(landing, Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var summary = await Forms.GetAsync(_editor, landing);
        summary.GetElementById("import-summary")!.TextContent.ShouldContain("contributor@hanoi.test");
    }
}
