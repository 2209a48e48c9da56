using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// Every endpoint of the app, checked for every kind of visitor against the rule it is meant to have.
/// An endpoint missing from <see cref="Rules"/> fails the test: a new page cannot ship without a rule.
/// </summary>
public sealed class AuthorizationTests(AuthorizationTests.Users users) : IClassFixture<AuthorizationTests.Users>
{
    public enum Rule
    {
        /// <summary>Open to everyone, signed in or not.</summary>
        Anonymous,
        /// <summary>Any signed-in user.</summary>
        SignedIn,
        /// <summary>Records shared by all partnerships: anyone with a membership somewhere, and Administrators.</summary>
        AnyMember,
        /// <summary>Records of one partnership: its members and Administrators.</summary>
        PartnershipMember,
        /// <summary>Administrators only: every other signed-in user is denied.</summary>
        Administrator,
        /// <summary>Editing records shared by all partnerships: Editors and Contributors of any partnership, and Administrators.</summary>
        SharedEditor,
        /// <summary>Editor-only pages of one partnership (the bin): its Editors and Administrators.</summary>
        PartnershipEditor,
    }

    /// <summary>The intended rule of each route (and method), and an example address to try it with.</summary>
    private static readonly Dictionary<string, (Rule Rule, Func<Users, string?> Example)> Rules = new()
    {
        ["PAGE /"] = (Rule.SignedIn, _ => "/"),
        ["PAGE /account/signin"] = (Rule.Anonymous, _ => "/account/signin"),
        ["PAGE /account/signout"] = (Rule.SignedIn, _ => "/account/signout"),
        ["PAGE /account/denied"] = (Rule.SignedIn, _ => null), // answers 403 by design: it is the denial itself
        ["PAGE /setup"] = (Rule.Anonymous, _ => null), // 404 without a valid token: covered by the setup tests
        ["PAGE /public/{partnershipId:int}"] = (Rule.Anonymous, u => $"/public/{u.PartnershipA}"),
        ["PAGE /error/{code:int?}"] = (Rule.Anonymous, _ => null), // re-executed for status codes only
        ["POST /culture"] = (Rule.Anonymous, _ => null), // antiforgery-checked: covered by the security tests
        ["GET /lookup/{kind}"] = (Rule.AnyMember, _ => "/lookup/people"),
        ["PAGE /partnerships/{partnershipId:int}"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}"),
        ["PAGE /partnerships/{partnershipId:int}/timeline"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/timeline"),
        ["PAGE /partnerships/{partnershipId:int}/agreements"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/agreements"),
        ["PAGE /partnerships/{partnershipId:int}/reports"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/reports"),
        ["PAGE /partnerships/{partnershipId:int}/reports/print"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/reports/print?handler=docx&From=2024-01-01&To=2024-12-31"),
        ["PAGE /partnerships/{partnershipId:int}/briefing"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/briefing?handler=docx&People={u.Person}"),
        ["PAGE /agreements/{id:int}"] = (Rule.PartnershipMember, u => $"/agreements/{u.AgreementOfA}"),
        ["PAGE /activities/{id:int}"] = (Rule.PartnershipMember, u => $"/activities/{u.ActivityOfA}"),
        ["PAGE /people"] = (Rule.AnyMember, _ => "/people"),
        ["PAGE /people/{id:int}"] = (Rule.AnyMember, u => $"/people/{u.Person}"),
        ["PAGE /organisations"] = (Rule.AnyMember, _ => "/organisations"),
        ["PAGE /organisations/{id:int}"] = (Rule.AnyMember, u => $"/organisations/{u.Organisation}"),
        ["PAGE /sources"] = (Rule.AnyMember, _ => "/sources"),
        ["PAGE /sources/{id:int}"] = (Rule.AnyMember, u => $"/sources/{u.Source}"),
        ["PAGE /search"] = (Rule.AnyMember, _ => "/search?q=ha+noi"),
        ["PAGE /history/{type}/{id:int}"] = (Rule.AnyMember, u => $"/history/person/{u.Person}"),
        ["PAGE /admin/audit"] = (Rule.Administrator, _ => "/admin/audit"),
        ["PAGE /people/edit/{id:int?}"] = (Rule.SharedEditor, u => $"/people/edit/{u.Person}"),
        ["PAGE /organisations/edit/{id:int?}"] = (Rule.SharedEditor, u => $"/organisations/edit/{u.Organisation}"),
        ["PAGE /sources/edit/{id:int?}"] = (Rule.SharedEditor, u => $"/sources/edit/{u.Source}"),
        ["PAGE /sources/{id:int}/cite"] = (Rule.SharedEditor, u => $"/sources/{u.Source}/cite"),
        ["PAGE /agreements/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/agreements/edit/{u.AgreementOfA}"),
        ["PAGE /invitations/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/invitations/edit?partnership={u.PartnershipA}"),
        ["PAGE /anniversaries/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/anniversaries/edit?partnership={u.PartnershipA}"),
        ["PAGE /workflow/{type}/{id:int}"] = (Rule.SignedIn, _ => null), // posts only: covered by the editing tests
        ["PAGE /partnerships/{partnershipId:int}/bin"] = (Rule.PartnershipEditor, u => $"/partnerships/{u.PartnershipA}/bin"),
        ["PAGE /admin/users"] = (Rule.Administrator, _ => "/admin/users"),
        ["PAGE /partnerships/edit/{id:int?}"] = (Rule.Administrator, u => $"/partnerships/edit/{u.PartnershipA}"),
        // Editors and Contributors of the partnership; none of the visitors here is either for A.
        ["PAGE /visits/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/visits/edit?partnership={u.PartnershipA}"),
        ["PAGE /projects/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/projects/edit?partnership={u.PartnershipA}"),
        ["PAGE /programmes/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/programmes/edit?partnership={u.PartnershipA}"),
        ["PAGE /events/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/events/edit?partnership={u.PartnershipA}"),
        ["PAGE /meetings/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/meetings/edit?partnership={u.PartnershipA}"),
        ["PAGE /donations/edit/{id:int?}"] = (Rule.PartnershipEditor, u => $"/donations/edit?partnership={u.PartnershipA}"),
        ["PAGE /admin/users/{id}"] = (Rule.Administrator, u => $"/admin/users/{u.SomeUserId}"),
        // Importing is adding activities: the partnership's Editors and Contributors (none of the visitors here for A).
        ["PAGE /partnerships/{partnershipId:int}/import"] = (Rule.PartnershipEditor, u => $"/partnerships/{u.PartnershipA}/import"),
        ["PAGE /partnerships/{partnershipId:int}/import/{sourceId:int}"] = (Rule.PartnershipEditor, u => $"/partnerships/{u.PartnershipA}/import/{u.Source}"),
        ["PAGE /partnerships/{partnershipId:int}/exports"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/exports"),
        ["GET /partnerships/{partnershipId:int}/exports/workbook.xlsx"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/exports/workbook.xlsx"),
        ["GET /partnerships/{partnershipId:int}/exports/{kind}.csv"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/exports/visits.csv"),
        ["GET /partnerships/{partnershipId:int}/exports/iati-activities.xml"] = (Rule.PartnershipMember, u => $"/partnerships/{u.PartnershipA}/exports/iati-activities.xml"),
        ["PAGE /calendar"] = (Rule.SignedIn, _ => "/calendar"),
        ["GET /calendar/{token}.ics"] = (Rule.Anonymous, _ => null), // the token is the credential: covered by the calendar tests
    };

    public enum Visitor { Anonymous, NoMembership, MemberOfA, MemberOfB, Administrator }

    [Fact]
    public void Every_endpoint_has_a_rule()
    {
        var missing = Endpoints().Where(e => !Rules.ContainsKey(e)).ToList();
        missing.ShouldBeEmpty("endpoints without an authorization rule in AuthorizationTests.Rules");
        Rules.Keys.Except(Endpoints()).ShouldBeEmpty("rules for endpoints that no longer exist");
    }

    public static TheoryData<string, Visitor> Cases() =>
        new(Rules.Where(r => r.Key.StartsWith("PAGE ") || r.Key.StartsWith("GET ")).SelectMany(r => Enum.GetValues<Visitor>().Select(v => (r.Key, v))));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_visitor_gets_what_the_rule_allows(string endpoint, Visitor visitor)
    {
        var (rule, example) = Rules[endpoint];
        var url = example(users);
        if (url is null) return; // exercised by the feature's own tests
        var response = await users.Client(visitor).GetAsync(url, TestContext.Current.CancellationToken);
        var outcome = Outcome(response);
        var expected = Expected(rule, visitor);
        outcome.ShouldBe(expected, $"{visitor} → {url}");
    }

    private static string Expected(Rule rule, Visitor visitor) => (rule, visitor) switch
    {
        (Rule.Anonymous, _) => "allowed",
        (_, Visitor.Anonymous) => "sign-in",
        (Rule.SignedIn, _) => "allowed",
        (_, Visitor.Administrator) => "allowed",
        (Rule.Administrator, _) => "denied",
        (Rule.SharedEditor, Visitor.MemberOfB) => "allowed", // an Editor (of partnership B)
        (Rule.SharedEditor, _) => "denied",
        (Rule.PartnershipEditor, _) => "denied", // B's Editor is no Editor of A
        (Rule.AnyMember, Visitor.NoMembership) => "denied",
        (Rule.AnyMember, _) => "allowed",
        (Rule.PartnershipMember, Visitor.MemberOfA) => "allowed",
        (Rule.PartnershipMember, _) => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static string Outcome(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Redirect when location.Contains("/account/signin") => "sign-in",
            HttpStatusCode.Redirect when location.Contains("/account/denied") => "denied",
            HttpStatusCode.Forbidden => "denied",
            HttpStatusCode.OK or HttpStatusCode.Redirect => "allowed",
            var other => $"unexpected {(int)other}",
        };
    }

    /// <summary>
    /// Every endpoint: a page is one endpoint whatever its handlers (authorization applies to the page, so
    /// its GET check covers its POST handlers); other endpoints are listed per HTTP method.
    /// </summary>
    private IEnumerable<string> Endpoints() =>
        users.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["PAGE"])
                .Select(m => $"{m} /{e.RoutePattern.RawText?.TrimStart('/')}"))
            .Where(e => !e.EndsWith("/error") && !e.Contains("/Error")) // the same error page under its file name
            .Distinct();

    /// <summary>The app with the dataset (partnership A), a second partnership B, and one user per kind of visitor.</summary>
    public sealed class Users(PostgresServer postgres) : IAsyncLifetime
    {
        private readonly Dictionary<Visitor, HttpClient> _clients = [];
        public TwinningAppFactory App { get; private set; } = null!;
        public int PartnershipA { get; private set; }
        public int PartnershipB { get; private set; }
        public int AgreementOfA { get; private set; }
        public int ActivityOfA { get; private set; }
        public int Person { get; private set; }
        public int Organisation { get; private set; }
        public int Source { get; private set; }
        public string SomeUserId { get; private set; } = "";

        public HttpClient Client(Visitor visitor) => _clients[visitor];

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            _clients[Visitor.Anonymous] = App.CreateClient(new() { AllowAutoRedirect = false });
            await using (var scope = App.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
                PartnershipA = await db.Partnerships.Select(p => p.Id).SingleAsync();
                var b = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = RecordState.Approved };
                db.Partnerships.Add(b);
                await db.SaveChangesAsync();
                PartnershipB = b.Id;
                AgreementOfA = await db.Agreements.Where(a => a.PartnershipId == PartnershipA).Select(a => a.Id).FirstAsync();
                ActivityOfA = await db.Activities.Where(a => a.PartnershipId == PartnershipA).Select(a => a.Id).FirstAsync();
                Person = await db.People.Select(p => p.Id).FirstAsync();
                Organisation = await db.Organisations.Select(o => o.Id).FirstAsync();
                Source = await db.Sources.Select(s => s.Id).FirstAsync();
            }
            await Add(Visitor.NoMembership, "nobody@test.local", false);
            await Add(Visitor.MemberOfA, "viewer-a@test.local", false, new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
            await Add(Visitor.MemberOfB, "editor-b@test.local", false, new Membership { PartnershipId = PartnershipB, Role = PartnershipRole.Editor, Side = "VN" });
            await Add(Visitor.Administrator, "admin@test.local", true);
            await using var users = App.Services.CreateAsyncScope();
            SomeUserId = await users.ServiceProvider.GetRequiredService<TwinningDb>().Users.Where(u => u.Email == "viewer-a@test.local").Select(u => u.Id).SingleAsync();
        }

        private async Task Add(Visitor visitor, string email, bool administrator, params Membership[] memberships)
        {
            await TestUsers.CreateAsync(App, email, administrator, memberships);
            _clients[visitor] = await TestUsers.SignedInClientAsync(App, email);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients.Values) client.Dispose();
            await App.DisposeAsync();
        }
    }
}
