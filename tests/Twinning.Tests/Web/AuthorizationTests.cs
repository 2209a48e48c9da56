using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// Every endpoint of the app — each page's GET and each of its POST handlers, each mapped endpoint —
/// tried as every kind of visitor, on both database engines. An endpoint without a case fails the test, so
/// a new page or handler cannot ship without a rule; a denied or refused POST must leave every table as it was.
/// </summary>
public abstract class AuthorizationTests(MatrixApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_endpoint_and_handler_has_a_case()
    {
        var endpoints = await EndpointsAsync();
        var covered = AuthorizationCases.All.Select(c => c.Endpoint).ToHashSet();
        endpoints.Where(e => !covered.Contains(e)).ShouldBeEmpty("endpoints without a case in AuthorizationCases.All");
        covered.Except(endpoints).ShouldBeEmpty("cases for endpoints that no longer exist");
    }

    public static TheoryData<string, Visitor> Cases() =>
        new(AuthorizationCases.All.SelectMany(c => Enum.GetValues<Visitor>().Select(v => (c.Name, v))));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_visitor_gets_what_the_rule_allows(string name, Visitor visitor)
    {
        var @case = AuthorizationCases.All.Single(c => c.Name == name);
        var expected = AuthorizationCases.Expected(@case.Rule, visitor);
        var request = await @case.Build(app, visitor);
        var client = app.Client(visitor);
        if (request.Form is null)
        {
            using var response = await client.GetAsync(request.Url, Cancel);
            OutcomeOf(response, $"{visitor} GET {request.Url}").ShouldBe(expected, $"{visitor} GET {request.Url}");
            return;
        }

        var form = new Dictionary<string, string>(request.Form)
        {
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(await client.GetStringAsync("/account/signin", Cancel)),
        };
        var before = await app.WithDbAsync(RowCounts.PerTableAsync);
        try
        {
            // The API takes JSON (a form body would not reach its endpoints at all); the pages take forms.
            HttpContent content = request.Url.StartsWith("/api/", StringComparison.Ordinal)
                ? System.Net.Http.Json.JsonContent.Create(request.Form) : new FormUrlEncodedContent(form);
            using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url) { Content = content };
            using (var response = await client.SendAsync(message, Cancel))
                OutcomeOf(response, $"{visitor} {request.Method} {request.Url}").ShouldBe(expected, $"{visitor} {request.Method} {request.Url}");
            if (expected != Outcome.Allowed)
                (await app.WithDbAsync(RowCounts.PerTableAsync)).ShouldBe(before, $"{visitor} {request.Method} {request.Url} was refused but changed the database");
        }
        finally
        {
            if (request.EndsSession) await app.RenewAsync(visitor);
        }
    }

    /// <summary>
    /// The outcome a person meets, with exact addresses: a redirect to the sign-in page or to the denial page
    /// (nothing else counts as either), 403, 404; a server error or a throttled request fails the test.
    /// </summary>
    private static Outcome OutcomeOf(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        status.ShouldBeLessThan(500, $"{what}: server error");
        response.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests, what);
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
        {
            var location = response.Headers.Location.ShouldNotBeNull($"{what}: a redirect without a Location");
            var path = (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
            return path switch
            {
                // The challenge names where to come back to; signing out lands on the bare sign-in page.
                "/account/signin" when location.OriginalString.Contains("ReturnUrl=", StringComparison.Ordinal) => Outcome.SignIn,
                "/account/denied" => Outcome.Denied,
                _ => Outcome.Allowed,
            };
        }
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => Outcome.Denied,
            HttpStatusCode.NotFound => Outcome.NotFound,
            // Only the API answers 401 (bearer tokens); a page must redirect to the sign-in page instead.
            HttpStatusCode.Unauthorized => Outcome.Unauthorized,
            _ => Outcome.Allowed,
        };
    }

    /// <summary>
    /// Every endpoint as "METHOD /route", a page's POST handlers as "POST /route?handler=Name", read from the
    /// app's own endpoint data source and page loader (so handlers added to a page are found too).
    /// </summary>
    private async Task<HashSet<string>> EndpointsAsync()
    {
        var services = app.App.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var found = new HashSet<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
            if (route.EndsWith("/error", StringComparison.Ordinal) || route.Contains("/Error", StringComparison.Ordinal)) continue; // the error page under its file name
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                    found.Add(handler.HttpMethod.ToUpperInvariant() + " " + route + (handler.Name is { Length: > 0 } n ? "?handler=" + n : ""));
                continue;
            }
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                found.Add(method + " " + route);
        }
        return found;
    }
}

public sealed class SqliteAuthorizationTests(SqliteMatrixApp app) : AuthorizationTests(app), IClassFixture<SqliteMatrixApp>;

public sealed class PostgresAuthorizationTests(PostgresMatrixApp app) : AuthorizationTests(app), IClassFixture<PostgresMatrixApp>;
