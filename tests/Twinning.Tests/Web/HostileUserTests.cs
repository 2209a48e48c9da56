using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// Issue 9, items 1, 3, 4 and 6: what a signed-in user of one partnership tried against another's records,
/// each with a valid antiforgery token, and what must come of it: the exact status, and no write.
/// </summary>
public abstract class HostileUserTests(HostileUserTests.World world)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // ---- item 1: deleting and restoring a partnership is for Administrators ----

    [Fact]
    public async Task An_editor_of_another_partnership_cannot_delete_a_partnership()
    {
        var target = await world.NewPartnershipAsync("Delete target");
        using var editorA = await world.EditorOfAAsync();
        var before = await world.CountsAsync();

        var response = await world.PostWorkflowAsync(editorA, target, "Delete");

        world.ShouldBeForbidden(response);
        (await world.CountsAsync()).ShouldBe(before);
        (await world.DeletedAtAsync(target)).ShouldBeNull();
    }

    [Fact]
    public async Task An_editor_of_the_partnership_itself_cannot_delete_it_either()
    {
        var target = await world.NewPartnershipAsync("Own delete target");
        var email = await world.NewUserAsync("own-editor", new Membership { PartnershipId = target, Role = PartnershipRole.Editor, Side = "VN" });
        using var editor = await TestUsers.SignedInClientAsync(world.App, email);
        var before = await world.CountsAsync();

        var response = await world.PostWorkflowAsync(editor, target, "Delete");

        world.ShouldBeForbidden(response);
        (await world.CountsAsync()).ShouldBe(before);
        (await world.DeletedAtAsync(target)).ShouldBeNull();
    }

    [Fact]
    public async Task An_editor_cannot_restore_a_partnership_from_the_bin_and_an_administrator_can_delete_and_restore()
    {
        var target = await world.NewPartnershipAsync("Restore target");
        using var admin = await TestUsers.SignedInClientAsync(world.App, world.Admin);

        var deleted = await world.PostWorkflowAsync(admin, target, "Delete");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleted.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe("/");
        (await world.DeletedAtAsync(target)).ShouldNotBeNull();

        using var editorA = await world.EditorOfAAsync();
        var before = await world.CountsAsync();
        var refused = await world.PostWorkflowAsync(editorA, target, "Restore");
        world.ShouldBeForbidden(refused);
        (await world.CountsAsync()).ShouldBe(before);
        (await world.DeletedAtAsync(target)).ShouldNotBeNull();

        var restored = await world.PostWorkflowAsync(admin, target, "Restore");
        restored.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        restored.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe($"/partnerships/{target}");
        (await world.DeletedAtAsync(target)).ShouldBeNull();
    }

    // ---- item 3: a citation is changed by those who may change the cited record, and audited ----

    [Fact]
    public async Task An_editor_of_another_partnership_cannot_remove_a_citation_of_this_partnerships_activity()
    {
        var (sourceId, citationId) = await world.CitationOfAnActivityOfAAsync();
        using var editorB = await TestUsers.SignedInClientAsync(world.App, world.EditorB);
        var before = await world.CountsAsync();

        var response = await world.PostRemoveCitationAsync(editorB, sourceId, citationId);

        world.ShouldBeForbidden(response);
        (await world.CountsAsync()).ShouldBe(before);
        (await world.App.WithAppDbAsync(db => db.Citations.AnyAsync(c => c.Id == citationId, Cancel))).ShouldBeTrue();
    }

    [Fact]
    public async Task An_editor_of_the_partnership_removes_the_citation_and_the_removal_is_audited()
    {
        var (sourceId, citationId) = await world.CitationOfAnActivityOfAAsync();
        using var editorA = await world.EditorOfAAsync();
        var auditsBefore = await world.App.WithAppDbAsync(db => db.AuditEntries.CountAsync(Cancel));

        var response = await world.PostRemoveCitationAsync(editorA, sourceId, citationId);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe($"/sources/{sourceId}");
        (await world.App.WithAppDbAsync(db => db.Citations.AnyAsync(c => c.Id == citationId, Cancel))).ShouldBeFalse();
        var newEntries = await world.App.WithAppDbAsync(db => db.AuditEntries.OrderBy(a => a.Id).Skip(auditsBefore).ToListAsync(Cancel));
        newEntries.ShouldContain(a => a.RecordType == nameof(Source) && a.RecordId == sourceId && a.Changes.Contains("citation", StringComparison.OrdinalIgnoreCase),
            "the removal is in the source's history");
    }

    // ---- item 4: drafts and pending imports are their author's, their Editors' and Administrators' ----

    [Fact]
    public async Task A_pending_import_is_hidden_from_other_partnerships_and_from_viewers()
    {
        var importId = await world.PendingImportIntoAAsync();
        using var editorB = await TestUsers.SignedInClientAsync(world.App, world.EditorB);
        using var viewerA = await TestUsers.SignedInClientAsync(world.App, world.ViewerA);
        using var editorA = await world.EditorOfAAsync();

        foreach (var (client, who) in new[] { (editorB, "Editor of B"), (viewerA, "Viewer of A") })
        {
            var list = await client.GetAsync("/sources", Cancel);
            list.StatusCode.ShouldBe(HttpStatusCode.OK, who);
            (await list.Content.ReadAsStringAsync(Cancel)).ShouldNotContain(World.ImportTitle, Case.Sensitive, who);
        }
        // A reader of A who may not see the draft: not found. A non-member of A: denied (RecordPermissions.RefuseReadAsync).
        (await viewerA.GetAsync($"/sources/{importId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        world.ShouldBeForbidden(await editorB.GetAsync($"/sources/{importId}", Cancel));
        (await editorB.GetAsync($"/partnerships/{world.PartnershipB}/import/{importId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Those it is for still see it.
        (await editorA.GetStringAsync("/sources", Cancel)).ShouldContain(World.ImportTitle);
        (await editorA.GetAsync($"/sources/{importId}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_viewer_opening_a_draft_activity_by_id_gets_404_and_its_author_and_editor_see_it()
    {
        var author = await world.NewUserAsync("draft-author", new Membership { PartnershipId = world.PartnershipA, Role = PartnershipRole.Editor, Side = "LA" });
        var draft = await world.DraftVisitOfAAsync(author);
        using var viewerA = await TestUsers.SignedInClientAsync(world.App, world.ViewerA);
        using var authorClient = await TestUsers.SignedInClientAsync(world.App, author);
        using var editorA = await world.EditorOfAAsync();

        (await viewerA.GetAsync($"/activities/{draft}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await authorClient.GetAsync($"/activities/{draft}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editorA.GetAsync($"/activities/{draft}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // ---- item 6: bad requests get a 4xx or a safe redirect, never a 500 ----

    [Fact]
    public async Task The_language_switch_without_a_token_is_a_bad_request_signed_in_or_not()
    {
        using var anonymous = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var viewer = await TestUsers.SignedInClientAsync(world.App, world.ViewerA);
        foreach (var client in new[] { anonymous, viewer })
        {
            var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/" }), Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await client.PostAsync("/culture", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "no body at all");
            (await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>()), Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "an empty form");
        }
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/%0a/evil.example")]
    [InlineData("/%0d/evil.example")]
    [InlineData("/%00/evil.example")]
    [InlineData("/%5C/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task A_return_address_with_control_characters_leads_home(string returnUrl)
    {
        using var client = world.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetAsync($"/account/signin?returnUrl={returnUrl}", Cancel);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await form.Content.ReadAsStringAsync(Cancel);

        var response = await client.PostAsync($"/account/signin?returnUrl={returnUrl}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = world.ViewerA, ["Password"] = TestUsers.Password, ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(html),
        }), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location.ShouldNotBeNull().OriginalString.ShouldBe("/");
    }

    [Fact]
    public async Task Records_of_a_partnership_in_the_bin_are_refused_rather_than_a_server_error()
    {
        var (partnership, activity, agreement) = await world.BinnedPartnershipWithRecordsAsync();
        using var admin = await TestUsers.SignedInClientAsync(world.App, world.Admin);
        using var editorA = await world.EditorOfAAsync();
        foreach (var url in new[] { $"/activities/{activity}", $"/agreements/{agreement}" })
        {
            // A partnership in the bin is no partnership anyone reads (PartnershipAccess.CanReadAsync), Administrators included.
            world.ShouldBeForbidden(await admin.GetAsync(url, Cancel));
            world.ShouldBeForbidden(await editorA.GetAsync(url, Cancel));
        }
        (await admin.GetAsync("/account/denied", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await world.DeletedAtAsync(partnership)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_post_to_a_users_page_naming_no_handler_is_a_bad_request_not_a_server_error()
    {
        using var admin = await TestUsers.SignedInClientAsync(world.App, world.Admin);
        var userId = await world.App.WithAppDbAsync(db => db.Users.Where(u => u.Email == world.ViewerA).Select(u => u.Id).SingleAsync(Cancel));
        var page = await Forms.GetAsync(admin, $"/admin/users/{userId}");
        var before = await world.CountsAsync();
        var response = await Forms.PostAsync(admin, page, $"/admin/users/{userId}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await world.CountsAsync()).ShouldBe(before);
    }

    /// <summary>The dataset (partnership A), a second partnership B, and an account of each role, on one engine.</summary>
    public abstract class World(PostgresServer postgres, Engine engine) : IAsyncLifetime
    {
        public const string ImportTitle = "Bài báo chờ duyệt của A";
        public TwinningAppFactory App { get; private set; } = null!;
        public int PartnershipA { get; private set; }
        public int PartnershipB { get; private set; }
        public string Admin => "admin@hostile.test";
        public string EditorA => "editor-a@hostile.test";
        public string EditorB => "editor-b@hostile.test";
        public string ViewerA => "viewer-a@hostile.test";
        private int _users;

        public async ValueTask InitializeAsync()
        {
            // Many sign-ins per account here; the throttle itself is SignInThrottleTests' business.
            App = await TwinningAppFactory.CreateAsync(engine, postgres, settings: new Dictionary<string, string> { ["Security:SignInAttemptsPerMinute"] = "1000" });
            using var _ = App.CreateClient();
            PartnershipA = await App.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync());
            PartnershipB = await NewPartnershipAsync("B");
            await TestUsers.CreateAsync(App, Admin, administrator: true);
            await TestUsers.CreateAsync(App, "admin2@hostile.test", administrator: true);
            await TestUsers.CreateAsync(App, EditorA, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, EditorB, false, new Membership { PartnershipId = PartnershipB, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, ViewerA, false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
        }

        public ValueTask DisposeAsync() => App.DisposeAsync();

        public Task<HttpClient> EditorOfAAsync() => TestUsers.SignedInClientAsync(App, EditorA);

        public async Task<string> NewUserAsync(string name, params Membership[] memberships)
        {
            var email = $"{name}-{Interlocked.Increment(ref _users)}@hostile.test";
            await TestUsers.CreateAsync(App, email, false, memberships);
            return email;
        }

        public Task<int> NewPartnershipAsync(string name) => App.WithAppDbAsync(async db =>
        {
            var p = new Partnership { Name = new($"Hà Nội – {name}"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new(name), CityBCountry = "TH", State = RecordState.Approved };
            db.Partnerships.Add(p);
            await db.SaveChangesAsync(Cancel);
            return p.Id;
        });

        public Task<IReadOnlyDictionary<string, long>> CountsAsync() => App.WithAppDbAsync(RowCounts.PerTableAsync);

        public Task<DateTime?> DeletedAtAsync(int partnership) =>
            App.WithAppDbAsync(db => db.Partnerships.IgnoreQueryFilters().Where(p => p.Id == partnership).Select(p => (DateTime?)p.DeletedAt).SingleAsync(Cancel));

        /// <summary>
        /// A denial as the app gives it to a signed-in user (the cookie scheme's Forbid): a redirect to the
        /// denied page, which answers 403. Not a 404, not a 500, not a redirect elsewhere.
        /// </summary>
        public void ShouldBeForbidden(HttpResponseMessage response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var location = response.Headers.Location.ShouldNotBeNull().OriginalString;
            location.Split('?')[0].ShouldBe("http://localhost/account/denied");
        }

        public async Task<HttpResponseMessage> PostWorkflowAsync(HttpClient client, int partnership, string handler)
        {
            var token = TestUsers.AntiforgeryToken(await client.GetStringAsync("/calendar", Cancel));
            var version = await App.WithAppDbAsync(db => db.Partnerships.IgnoreQueryFilters().Where(p => p.Id == partnership).Select(p => p.Version).SingleAsync(Cancel));
            return await client.PostAsync($"/workflow/partnership/{partnership}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Version"] = version.ToString(), ["__RequestVerificationToken"] = token,
            }), Cancel);
        }

        public async Task<HttpResponseMessage> PostRemoveCitationAsync(HttpClient client, int sourceId, int citationId)
        {
            var token = TestUsers.AntiforgeryToken(await client.GetStringAsync("/calendar", Cancel));
            return await client.PostAsync($"/sources/{sourceId}/cite?handler=Remove", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["citationId"] = citationId.ToString(), ["__RequestVerificationToken"] = token,
            }), Cancel);
        }

        /// <summary>A fresh citation, in a shared source, of an approved activity of A.</summary>
        public Task<(int Source, int Citation)> CitationOfAnActivityOfAAsync() => App.WithAppDbAsync(async db =>
        {
            var activity = await db.Activities.Where(a => a.PartnershipId == PartnershipA && a.State == RecordState.Approved).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync(Cancel);
            var source = new Source { Title = $"Nguồn chung {Guid.NewGuid():N}", FullText = "Hai thành phố ký kết biên bản hợp tác.", State = RecordState.Approved };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Cancel);
            var citation = new Citation { SourceId = source.Id, RecordKind = RecordKind.Activity, RecordId = activity, Quote = "ký kết", Start = 15, Length = 6 };
            db.Citations.Add(citation);
            await db.SaveChangesAsync(Cancel);
            return (source.Id, citation.Id);
        });

        /// <summary>An article imported into A that waits for review (a draft source of partnership A).</summary>
        public Task<int> PendingImportIntoAAsync() => App.WithAppDbAsync(async db =>
        {
            var existing = await db.Sources.IgnoreQueryFilters().Where(s => s.Title == ImportTitle).Select(s => (int?)s.Id).FirstOrDefaultAsync(Cancel);
            if (existing is { } id) return id;
            var source = new Source { Title = ImportTitle, PartnershipId = PartnershipA, FullText = "Đoàn đại biểu thành phố Hà Nội thăm Viêng Chăn.", State = RecordState.Draft };
            db.Sources.Add(source);
            await db.SaveChangesAsync(Cancel);
            return source.Id;
        });

        public async Task<int> DraftVisitOfAAsync(string authorEmail)
        {
            var authorId = await App.WithAppDbAsync(db => db.Users.Where(u => u.Email == authorEmail).Select(u => u.Id).SingleAsync(Cancel));
            return await App.WithAppDbAsync(async db =>
            {
                var visit = new Visit { PartnershipId = PartnershipA, Title = new("Đoàn nháp chưa nộp"), StartDate = new DateOnly(2025, 3, 1), Status = ActivityStatus.Planned, State = RecordState.Draft };
                db.Visits.Add(visit);
                await db.SaveChangesAsync(Cancel);
                await db.Activities.Where(a => a.Id == visit.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.CreatedById, authorId), Cancel);
                return visit.Id;
            });
        }

        /// <summary>A partnership with an approved activity and agreement, then moved to the bin with everything in it.</summary>
        public Task<(int Partnership, int Activity, int Agreement)> BinnedPartnershipWithRecordsAsync() => App.WithAppDbAsync(async db =>
        {
            var p = new Partnership { Name = new("Hà Nội – Thùng rác"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Thùng rác"), CityBCountry = "TH", State = RecordState.Approved };
            db.Partnerships.Add(p);
            await db.SaveChangesAsync(Cancel);
            var agreement = new Twinning.Features.Agreements.Agreement { PartnershipId = p.Id, Title = new("Thỏa thuận trong thùng rác"), State = RecordState.Approved };
            var visit = new Visit { PartnershipId = p.Id, Title = new("Đoàn trong thùng rác"), StartDate = new DateOnly(2024, 1, 1), Status = ActivityStatus.Completed, State = RecordState.Approved };
            db.Add(agreement);
            db.Visits.Add(visit);
            await db.SaveChangesAsync(Cancel);
            // As the bin holds it (the workflow's Delete sets DeletedAt; its records stay as they were).
            await db.Partnerships.Where(x => x.Id == p.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.DeletedAt, DateTime.UtcNow), Cancel);
            return (p.Id, visit.Id, agreement.Id);
        });
    }

    public sealed class OnSqlite(PostgresServer postgres) : World(postgres, Engine.Sqlite);
    public sealed class OnPostgres(PostgresServer postgres) : World(postgres, Engine.Postgres);
}

// Every finding is tried on both engines: a rule written as a query can hold on one and not the other.
public sealed class HostileUserOnSqliteTests(HostileUserTests.OnSqlite world) : HostileUserTests(world), IClassFixture<HostileUserTests.OnSqlite>;
public sealed class HostileUserOnPostgresTests(HostileUserTests.OnPostgres world) : HostileUserTests(world), IClassFixture<HostileUserTests.OnPostgres>;
