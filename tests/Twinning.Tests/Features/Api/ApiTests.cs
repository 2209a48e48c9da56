using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;
using Twinning.Features.Api;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Api;

/// <summary>
/// The REST API as a script meets it: bearer tokens only, what the token's owner may do and no more,
/// writes through the forms' validation, workflow and audit, stale writes refused, errors as problem details.
/// </summary>
public abstract class ApiTests(ApiWorld world)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(expected, body[..Math.Min(body.Length, 500)]);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, await response.Content.ReadAsStringAsync(Cancel));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
    }

    [Fact]
    public async Task A_token_is_made_on_the_tokens_page_shown_once_and_stored_only_as_a_hash()
    {
        using var browser = await TestUsers.SignedInClientAsync(world.App, ApiWorld.ViewerA);
        var page = await Forms.GetAsync(browser, "/account/tokens");
        var now = world.App.Clock.GetUtcNow().UtcDateTime; // the class's tests share the app, and one moves its clock
        using var made = await Forms.PostAsync(browser, page, "/account/tokens?handler=Create",
            new Dictionary<string, string?> { ["Input.Name"] = "báo cáo hằng tháng", ["Input.Scope"] = "Read", ["Input.LifetimeDays"] = "90" });
        var html = await made.Content.ReadAsStringAsync(Cancel);
        made.StatusCode.ShouldBe(HttpStatusCode.OK);
        var token = System.Text.RegularExpressions.Regex.Match(html, "twn_[0-9a-f]{48}").Value;
        token.ShouldNotBeEmpty("the new token is shown");

        var stored = await world.App.WithAppDbAsync(db => db.Set<AccessToken>().Where(t => t.Name == "báo cáo hằng tháng").SingleAsync());
        stored.TokenHash.ShouldBe(SecretToken.Hash(token["twn_".Length..]));
        stored.TokenHash.ShouldNotContain(token["twn_".Length..]);
        stored.ExpiresAt.ShouldBe(now.AddDays(90), TimeSpan.FromMinutes(1));
        (await browser.GetStringAsync("/account/tokens", Cancel)).ShouldNotContain(token, customMessage: "shown only once");

        using var api = world.Api(token);
        var partnerships = await JsonAsync(await api.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.OK);
        partnerships.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([world.PartnershipA]);
    }

    [Fact]
    public async Task Without_a_valid_token_the_api_answers_401_and_a_browser_session_opens_nothing()
    {
        using (var none = world.Api(null)) await ShouldBeProblemAsync(await none.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.Unauthorized);
        using (var forged = world.Api("twn_" + new string('a', 48)))
        {
            using var response = await forged.GetAsync("/api/v1/partnerships", Cancel);
            await ShouldBeProblemAsync(response, HttpStatusCode.Unauthorized);
            response.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer");
        }
        using var cookie = await TestUsers.SignedInClientAsync(world.App, ApiWorld.EditorA);
        await ShouldBeProblemAsync(await cookie.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_read_token_reads_but_writes_nothing()
    {
        using var api = world.Api(await world.TokenAsync(ApiWorld.EditorA, AccessScope.Read));
        var visit = await JsonAsync(await api.GetAsync($"/api/v1/activities/{world.VisitOfA}", Cancel), HttpStatusCode.OK);
        visit.GetProperty("title").GetProperty("vi").GetString().ShouldBe("Đoàn Hà Nội thăm Viêng Chăn");

        var before = await world.App.WithAppDbAsync(RowCounts.PerTableAsync);
        await ShouldBeProblemAsync(await api.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities",
            new { kind = "Visit", titleVi = "Đoàn chỉ đọc" }, Cancel), HttpStatusCode.Forbidden);
        await ShouldBeProblemAsync(await api.PostAsJsonAsync("/api/v1/people", new { nameVi = "Người chỉ đọc", country = "VN" }, Cancel), HttpStatusCode.Forbidden);
        (await world.App.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before);
    }

    [Fact]
    public async Task A_token_reaches_only_its_owners_partnerships_and_only_the_one_it_names()
    {
        using (var editorB = world.Api(await world.TokenAsync(ApiWorld.EditorB, AccessScope.Write)))
        {
            await ShouldBeProblemAsync(await editorB.GetAsync($"/api/v1/activities/{world.VisitOfA}", Cancel), HttpStatusCode.NotFound);
            await ShouldBeProblemAsync(await editorB.GetAsync($"/api/v1/partnerships/{world.PartnershipA}/activities", Cancel), HttpStatusCode.NotFound);
            await ShouldBeProblemAsync(await editorB.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities",
                new { kind = "Visit", titleVi = "Đoàn lạ" }, Cancel), HttpStatusCode.NotFound);
        }

        // An Administrator's token narrowed to A: B does not exist for it. Making it is no change to A's
        // record: no history line (its hash least of all), no new version for someone editing A to meet.
        async Task<(int Version, int Audit)> StateOfAAsync() => await world.App.WithAppDbAsync(async db =>
            (await db.Partnerships.Where(p => p.Id == world.PartnershipA).Select(p => p.Version).SingleAsync(),
             await db.AuditEntries.CountAsync(e => e.RecordType == "Partnership" && e.RecordId == world.PartnershipA)));
        var before = await StateOfAAsync();
        using var narrowed = world.Api(await world.TokenAsync(ApiWorld.Admin, AccessScope.Read, world.PartnershipA));
        (await StateOfAAsync()).ShouldBe(before);
        var list = await JsonAsync(await narrowed.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldBe([world.PartnershipA]);
        await ShouldBeProblemAsync(await narrowed.GetAsync($"/api/v1/activities/{world.VisitOfB}", Cancel), HttpStatusCode.NotFound);
        using var everywhere = world.Api(await world.TokenAsync(ApiWorld.Admin, AccessScope.Read));
        (await everywhere.GetAsync($"/api/v1/activities/{world.VisitOfB}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Writes_go_through_the_forms_validation_the_workflow_and_the_audit()
    {
        using var editor = world.Api(await world.TokenAsync(ApiWorld.EditorA, AccessScope.Write));
        using var created = await editor.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities", new
        {
            kind = "Event", titleVi = "Hội nghị xúc tiến du lịch", startDate = "2026-10-05", endDate = "2026-10-06",
            direction = "AToB", status = "Planned", commitmentIds = new[] { world.CommitmentOfA },
        }, Cancel);
        var activity = await JsonAsync(created, HttpStatusCode.Created);
        var id = activity.GetProperty("id").GetInt32();
        created.Headers.Location!.OriginalString.ShouldBe($"/api/v1/activities/{id}");
        activity.GetProperty("state").GetString().ShouldBe("Approved"); // an Editor's save is approved at once
        activity.GetProperty("commitmentIds").EnumerateArray().Select(c => c.GetInt32()).ShouldBe([world.CommitmentOfA]);
        var audit = await world.App.WithAppDbAsync(db => db.AuditEntries.Where(e => e.RecordId == id && e.RecordType.Contains("Event")).ToListAsync());
        audit.ShouldNotBeEmpty("the API's save is audited like a form's");

        using var contributor = world.Api(await world.TokenAsync(ApiWorld.ContributorA, AccessScope.Write));
        var draft = await JsonAsync(await contributor.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities",
            new { kind = "Visit", titleVi = "Đoàn Sở Ngoại vụ sang Viêng Chăn" }, Cancel), HttpStatusCode.Created);
        draft.GetProperty("state").GetString().ShouldBe("Draft"); // a Contributor's waits for an Editor
        var owner = await world.App.WithAppDbAsync(db => db.Activities.Where(a => a.Id == draft.GetProperty("id").GetInt32()).Select(a => a.OwnerOrganisationId).SingleAsync());
        owner.ShouldBe(world.OrganisationOfA);

        var before = await world.App.WithAppDbAsync(RowCounts.PerTableAsync);
        using var invalid = await editor.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities",
            new { kind = "Visit", titleVi = "", startDate = "2026-05-10", endDate = "2026-05-01", commitmentIds = new[] { 999999 } }, Cancel);
        await ShouldBeProblemAsync(invalid, HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await invalid.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("errors");
        errors.GetProperty("TitleVi")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        errors.GetProperty("EndDate")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        errors.GetProperty("CommitmentIds")[0].GetString()!.ShouldContain("999999");
        await ShouldBeProblemAsync(await editor.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities",
            new { kind = "Parade", titleVi = "Diễu hành" }, Cancel), HttpStatusCode.BadRequest);
        (await world.App.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before, "a refused write leaves nothing behind");

        using var viewer = world.Api(await world.TokenAsync(ApiWorld.ViewerA, AccessScope.Write));
        await ShouldBeProblemAsync(await viewer.PostAsJsonAsync($"/api/v1/partnerships/{world.PartnershipA}/activities",
            new { kind = "Visit", titleVi = "Đoàn của người xem" }, Cancel), HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_write_based_on_an_old_version_is_refused_with_412()
    {
        using var api = world.Api(await world.TokenAsync(ApiWorld.EditorA, AccessScope.Write));
        var made = await JsonAsync(await api.PostAsJsonAsync("/api/v1/people", new { nameVi = "Phan Đình Trạc", country = "VN", aliases = new[] { "Phan Dinh Trac" } }, Cancel), HttpStatusCode.Created);
        var id = made.GetProperty("id").GetInt32();
        using var read = await api.GetAsync($"/api/v1/people/{id}", Cancel);
        var etag = read.Headers.ETag!.Tag;

        async Task<HttpResponseMessage> PutAsync(string? ifMatch, string name)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/people/{id}") { Content = JsonContent.Create(new { nameVi = name, country = "VN" }) };
            if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return await api.SendAsync(request, Cancel);
        }

        await ShouldBeProblemAsync(await PutAsync(null, "Không có If-Match"), (HttpStatusCode)428);
        using var first = await PutAsync(etag, "Phan Đình Trạc (sửa)");
        (await JsonAsync(first, HttpStatusCode.OK)).GetProperty("name").GetProperty("vi").GetString().ShouldBe("Phan Đình Trạc (sửa)");
        first.Headers.ETag!.Tag.ShouldNotBe(etag);
        using var stale = await PutAsync(etag, "Bản cũ ghi đè");
        await ShouldBeProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        var name = await world.App.WithAppDbAsync(db => db.People.Where(p => p.Id == id).Select(p => p.Name.Vi).SingleAsync());
        name.ShouldBe("Phan Đình Trạc (sửa)");
    }

    [Fact]
    public async Task Revoked_and_expired_tokens_and_disabled_owners_are_refused_on_the_next_call()
    {
        var revoked = await world.TokenAsync(ApiWorld.ViewerA, AccessScope.Read);
        using (var api = world.Api(revoked))
        {
            (await api.GetAsync("/api/v1/partnerships", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var hash = SecretToken.Hash(revoked["twn_".Length..]);
            var tokenId = await world.App.WithAppDbAsync(db => db.Set<AccessToken>().Where(t => t.TokenHash == hash).Select(t => t.Id).SingleAsync());
            await world.App.WithAppDbAsync(async db =>
            {
                var userId = await db.Users.Where(u => u.Email == ApiWorld.ViewerA).Select(u => u.Id).SingleAsync();
                await using var scope = world.App.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<AccessTokens>().RevokeAsync(userId, tokenId, Cancel);
            });
            await ShouldBeProblemAsync(await api.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.Unauthorized);
        }

        var shortLived = await world.TokenAsync(ApiWorld.ViewerA, AccessScope.Read, days: 1);
        using (var api = world.Api(shortLived))
        {
            (await api.GetAsync("/api/v1/partnerships", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
            world.App.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
            await ShouldBeProblemAsync(await api.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.Unauthorized);
        }

        await TestUsers.CreateAsync(world.App, "soon-disabled@api.test", false, new Membership { PartnershipId = world.PartnershipA, Role = PartnershipRole.Viewer });
        using (var api = world.Api(await world.TokenAsync("soon-disabled@api.test", AccessScope.Read)))
        {
            (await api.GetAsync("/api/v1/partnerships", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
            await using var scope = world.App.Services.CreateAsyncScope();
            var changes = scope.ServiceProvider.GetRequiredService<AccountChanges>();
            var user = (await changes.FindAsync("soon-disabled@api.test", Cancel)).ShouldNotBeNull();
            (await changes.SetDisabledAsync(user, true)).ShouldBeTrue();
            await ShouldBeProblemAsync(await api.GetAsync("/api/v1/partnerships", Cancel), HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task Every_operation_in_the_openapi_document_is_called_and_answers()
    {
        using var anonymous = world.Api(null);
        await ShouldBeProblemAsync(await anonymous.GetAsync("/api/v1/no-such-thing", Cancel), HttpStatusCode.NotFound);
        var document = await JsonAsync(await anonymous.GetAsync("/api/v1/openapi.json", Cancel), HttpStatusCode.OK);
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}")).ToHashSet();

        using var api = world.Api(await world.TokenAsync(ApiWorld.EditorA, AccessScope.Write));
        var person = await JsonAsync(await api.PostAsJsonAsync("/api/v1/people", new { nameVi = "Xổm-phết Phôm-vi-hản", country = "LA" }, Cancel), HttpStatusCode.Created);
        var personId = person.GetProperty("id").GetInt32();
        var etag = (await api.GetAsync($"/api/v1/activities/{world.VisitOfA}", Cancel)).Headers.ETag!.Tag;
        var personEtag = (await api.GetAsync($"/api/v1/people/{personId}", Cancel)).Headers.ETag!.Tag;
        var source = await world.App.WithAppDbAsync(async db =>
        {
            var s = new Twinning.Features.Sources.Source { Title = "Bài báo", PartnershipId = world.PartnershipA, FullText = "Đoàn Hà Nội thăm Viêng Chăn.", State = RecordState.Approved };
            db.Sources.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });

        HttpRequestMessage Put(string url, object body, string ifMatch)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
            return request;
        }

        var calls = new Dictionary<string, Func<HttpRequestMessage>>
        {
            ["GET /api/v1/partnerships"] = () => new(HttpMethod.Get, "/api/v1/partnerships?page=1&pageSize=10"),
            ["GET /api/v1/partnerships/{id}"] = () => new(HttpMethod.Get, $"/api/v1/partnerships/{world.PartnershipA}"),
            ["GET /api/v1/partnerships/{id}/agreements"] = () => new(HttpMethod.Get, $"/api/v1/partnerships/{world.PartnershipA}/agreements"),
            ["GET /api/v1/agreements/{id}"] = () => new(HttpMethod.Get, $"/api/v1/agreements/{world.AgreementOfA}"),
            ["GET /api/v1/search"] = () => new(HttpMethod.Get, "/api/v1/search?q=vieng+chan"),
            ["GET /api/v1/partnerships/{id}/activities"] = () => new(HttpMethod.Get, $"/api/v1/partnerships/{world.PartnershipA}/activities?kind=Visit&year=2026"),
            ["GET /api/v1/activities/{id}"] = () => new(HttpMethod.Get, $"/api/v1/activities/{world.VisitOfA}"),
            ["POST /api/v1/partnerships/{id}/activities"] = () => new(HttpMethod.Post, $"/api/v1/partnerships/{world.PartnershipA}/activities")
                { Content = JsonContent.Create(new { kind = "Meeting", titleVi = "Hội đàm", startDate = "2026-03-11" }) },
            ["PUT /api/v1/activities/{id}"] = () => Put($"/api/v1/activities/{world.VisitOfA}", new { titleVi = "Đoàn Hà Nội thăm Viêng Chăn", startDate = "2026-03-10" }, etag),
            ["GET /api/v1/people"] = () => new(HttpMethod.Get, "/api/v1/people?q=phom+vi+han"),
            ["GET /api/v1/people/{id}"] = () => new(HttpMethod.Get, $"/api/v1/people/{personId}"),
            ["POST /api/v1/people"] = () => new(HttpMethod.Post, "/api/v1/people") { Content = JsonContent.Create(new { nameVi = "Người mới", country = "VN" }) },
            ["PUT /api/v1/people/{id}"] = () => Put($"/api/v1/people/{personId}", new { nameVi = "Xổm-phết Phôm-vi-hản", nameLo = "ສົມເພັດ ພົມວິຫານ", country = "LA" }, personEtag),
            ["GET /api/v1/organisations"] = () => new(HttpMethod.Get, "/api/v1/organisations"),
            ["GET /api/v1/organisations/{id}"] = () => new(HttpMethod.Get, $"/api/v1/organisations/{world.OrganisationOfA}"),
            ["GET /api/v1/sources"] = () => new(HttpMethod.Get, $"/api/v1/sources?partnership={world.PartnershipA}"),
            ["GET /api/v1/sources/{id}"] = () => new(HttpMethod.Get, $"/api/v1/sources/{source}"),
        };
        operations.ShouldBe(calls.Keys.ToHashSet(), ignoreOrder: true, "every documented operation has a call here, and nothing undocumented is called");
        foreach (var (operation, make) in calls)
        {
            using var request = make();
            using var response = await api.SendAsync(request, Cancel);
            ((int)response.StatusCode).ShouldBeInRange(200, 299, $"{operation}: {await response.Content.ReadAsStringAsync(Cancel)}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json", operation);
        }
        (await JsonAsync(await api.GetAsync("/api/v1/people?q=phom+vi+han", Cancel), HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32()).ShouldContain(personId);
    }

    [Fact]
    public async Task Errors_are_problem_documents_and_the_reference_page_is_served()
    {
        using var api = world.Api(await world.TokenAsync(ApiWorld.EditorA, AccessScope.Read));
        await ShouldBeProblemAsync(await api.GetAsync("/api/v1/activities/999999", Cancel), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await api.GetAsync("/api/v1/search", Cancel), HttpStatusCode.BadRequest);
        // An address that names nothing: a problem, not the site's sign-in page.
        await ShouldBeProblemAsync(await api.GetAsync("/api/v1/no-such-thing/42", Cancel), HttpStatusCode.NotFound);
        await ShouldBeProblemAsync(await api.DeleteAsync("/api/v1/partnerships/1/agreements/x.json", Cancel), HttpStatusCode.NotFound);
        // A known address with a method it does not take stays a 405.
        await ShouldBeProblemAsync(await api.DeleteAsync("/api/v1/partnerships", Cancel), HttpStatusCode.MethodNotAllowed);

        using var anonymous = world.Api(null);
        await ShouldBeProblemAsync(await anonymous.GetAsync("/api/v1/no-such-thing", Cancel), HttpStatusCode.NotFound);
        using var docs = await anonymous.GetAsync("/api/docs/", Cancel);
        docs.StatusCode.ShouldBe(HttpStatusCode.OK);
        docs.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        var page = System.Text.RegularExpressions.Regex.Unescape(await docs.Content.ReadAsStringAsync(Cancel));
        page.ShouldContain("openapi.json");
        page.ShouldContain("scalar.js");
        // The reference starts with an inline script; the strict policy elsewhere would leave it a blank page.
        docs.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self' 'unsafe-inline'");
        using var signIn = await anonymous.GetAsync("/account/signin", Cancel);
        signIn.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
    }
}

public sealed class ApiOnSqliteTests(ApiWorld.OnSqlite world) : ApiTests(world), IClassFixture<ApiWorld.OnSqlite>;
public sealed class ApiOnPostgresTests(ApiWorld.OnPostgres world) : ApiTests(world), IClassFixture<ApiWorld.OnPostgres>;
