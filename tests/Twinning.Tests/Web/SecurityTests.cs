using System.Net;
using Twinning.Features.People;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>Headers, antiforgery and encoding that every page relies on.</summary>
public sealed class SecurityTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/people")]
    [InlineData("/people/987654")]
    [InlineData("/search?q=x")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        var client = app.Client();
        var response = await client.GetAsync(url, Cancel);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_the_policy_would_block()
    {
        var html = await (await app.Client().GetAsync($"/partnerships/{app.PartnershipId}", Cancel)).Content.ReadAsStringAsync(Cancel);
        // Scripts only from files (the policy's script-src 'self'), never inline.
        System.Text.RegularExpressions.Regex.IsMatch(html, "<script(?![^>]*\\bsrc=)").ShouldBeFalse();
        html.ShouldNotContain("style=");
        html.ShouldNotContain("<style");
    }

    [Fact]
    public async Task A_language_switch_posted_without_the_antiforgery_token_is_rejected()
    {
        var client = app.Client();
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["language"] = "en", ["returnUrl"] = "/people" }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        cookies.ShouldNotContain(c => c.StartsWith(".AspNetCore.Culture"));
    }

    [Fact]
    public async Task The_language_switch_remembers_english_and_never_redirects_off_site()
    {
        // Anonymous: the sign-in page carries the switch too.
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/signin", Cancel);

        var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "en", ["returnUrl"] = "//evil.example/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");

        var english = await client.GetStringAsync("/account/signin", Cancel);
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("<h1>Sign in</h1>");
    }

    [Fact]
    public async Task Markup_stored_in_a_name_is_shown_as_text()
    {
        var id = await app.Factory.WithAppDbAsync(async db =>
        {
            var person = new Person { Name = new("<script>alert('x')</script><b>Bold</b>"), Country = "VN", State = Twinning.Features.Workflow.RecordState.Approved };
            db.People.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var html = await app.Client().GetStringAsync($"/people/{id}", Cancel);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<b>Bold</b>");
        html.ShouldContain("&lt;script&gt;");
    }

}
