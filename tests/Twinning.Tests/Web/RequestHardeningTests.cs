using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>Issue 9, items 5 and 7: sign-in throttling whatever the path's spelling, lockout, proxies, caching, URL fields.</summary>
public sealed class RequestHardeningTests(PostgresServer postgres, HostileUserTests.OnSqlite world) : IClassFixture<HostileUserTests.OnSqlite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> TrySignInAsync(TwinningAppFactory app, string path, string email, string password, Action<HttpRequestMessage>? headers = null)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/signin", Cancel);
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email, ["Password"] = password, ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
            }),
        };
        headers?.Invoke(request);
        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task The_sign_in_limit_holds_for_every_spelling_of_the_path()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false,
            settings: new Dictionary<string, string> { ["Security:SignInAttemptsPerMinute"] = "3" });
        // Different accounts each time, so it is the per-address limit that must hold across spellings.
        var paths = new[] { "/account/signin", "/account/signin/", "/Account/SignIn" };
        for (var i = 0; i < 3; i++)
            (await TrySignInAsync(app, paths[i], $"nobody{i}@x.test", "wrong")).StatusCode.ShouldBe(HttpStatusCode.OK, paths[i]);
        foreach (var path in paths.Append("/ACCOUNT/SIGNIN/"))
            (await TrySignInAsync(app, path, $"other-{path.Length}@x.test", "wrong")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, path);
    }

    [Fact]
    public void The_sign_in_limit_per_account_counts_every_attempt_at_that_account_whatever_its_spelling()
    {
        // Per account and not per address: the throttle is keyed by the account alone.
        using var throttle = new SignInThrottle(2);
        throttle.TryAttempt("victim@x.test").ShouldBeTrue();
        throttle.TryAttempt(" VICTIM@x.test ").ShouldBeTrue();
        throttle.TryAttempt("Victim@X.test").ShouldBeFalse();
        throttle.TryAttempt("someone-else@x.test").ShouldBeTrue();
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_out()
    {
        var email = await world.NewUserAsync("lockout");
        for (var i = 0; i < 5; i++)
            (await TrySignInAsync(world.App, "/account/signin", email, "wrong")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await TrySignInAsync(world.App, "/account/signin", email, TestUsers.Password)).StatusCode.ShouldBe(HttpStatusCode.OK, "locked out: the form again, not a redirect in");
        (await world.App.WithAppDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(Cancel))).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_forwarded_scheme_from_an_unconfigured_proxy_does_not_make_the_cookie_secure()
    {
        var email = await world.NewUserAsync("proxy");
        var response = await TrySignInAsync(world.App, "/account/signin", email, TestUsers.Password,
            request => { request.Headers.Add("X-Forwarded-Proto", "https"); request.Headers.Add("X-Forwarded-For", "203.0.113.9"); });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("twinning.auth="));
        cookie.ShouldNotContain("secure", Case.Insensitive);
        world.App.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.ShouldBeEmpty();
    }

    [Fact]
    public async Task Configured_proxies_and_networks_are_the_only_ones_believed()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false, settings: new Dictionary<string, string>
        {
            ["Network:KnownProxies:0"] = "127.0.0.1", ["Network:KnownNetworks:0"] = "10.1.0.0/16",
        });
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        options.KnownProxies.ShouldBe([IPAddress.Parse("127.0.0.1")]);
        options.KnownIPNetworks.Select(n => n.ToString()).ShouldBe(["10.1.0.0/16"]);
        options.ForwardedHeaders.ShouldBe(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
    }

    [Theory]
    [InlineData("/partnerships/{0}/exports/workbook.xlsx")]
    [InlineData("/partnerships/{0}/exports/visits.csv")]
    [InlineData("/partnerships/{0}/exports/iati-activities.xml")]
    [InlineData("/partnerships/{0}/reports/print?From=2024-01-01&To=2024-12-31")]
    [InlineData("/partnerships/{0}")]
    public async Task Exports_and_print_pages_are_not_stored(string url)
    {
        using var viewer = await TestUsers.SignedInClientAsync(world.App, world.ViewerA);
        var response = await viewer.GetAsync(string.Format(url, world.PartnershipA), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl.ShouldNotBeNull().NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task A_javascript_address_is_refused_on_the_source_form()
    {
        using var editor = await world.EditorOfAAsync();
        var page = await Forms.GetAsync(editor, "/sources/edit");
        var before = await world.CountsAsync();
        var response = await Forms.PostAsync(editor, page, "/sources/edit", new Dictionary<string, string?>
        {
            ["Input.Title"] = "Bài có địa chỉ độc", ["Input.FullText"] = "Nội dung.", ["Input.Url"] = "javascript:alert(1)",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Địa chỉ phải bắt đầu bằng http:// hoặc https://.");
        (await world.CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_javascript_address_is_refused_on_the_import_form()
    {
        using var editor = await world.EditorOfAAsync();
        var url = $"/partnerships/{world.PartnershipA}/import";
        var token = TestUsers.AntiforgeryToken(await editor.GetStringAsync(url, Cancel));
        var before = await world.CountsAsync();
        using var content = new MultipartFormDataContent
        {
            { new StringContent("Đoàn đại biểu thành phố Hà Nội thăm Viêng Chăn ngày 3/5/2024."), "Text" },
            { new StringContent("Bài nhập có địa chỉ độc"), "Title" },
            { new StringContent("javascript:alert(1)"), "Address" },
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var response = await editor.PostAsync(url, content, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Địa chỉ phải bắt đầu bằng http:// hoặc https://.");
        (await world.CountsAsync()).ShouldBe(before);
    }
}
