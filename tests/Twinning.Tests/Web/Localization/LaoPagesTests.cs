using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Twinning.Tests.Infrastructure;
using Twinning.Web.Localization;

namespace Twinning.Tests.Web.Localization;

/// <summary>
/// Every page an Administrator can reach from the start page, read in Lao: no key names, no Vietnamese
/// or English UI text, no label in Latin letters only (names of formats and codes aside).
/// </summary>
public abstract partial class LaoPagesTests(DatasetApp app)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static readonly UiTextCatalog Catalog = new(UiTextCatalog.DefaultFolder);

    /// <summary>Technical names a Lao page may show as they are (file formats, standards, codes, the app's name).</summary>
    private static readonly HashSet<string> LatinAllowed =
        ["Twinning", "English", "Tiếng Việt", "CSV", "XLSX", "DOCX", "HTML", "IATI", "XML", "URL", "ISO", "UTF", "VND", "LAK", "USD", "UBND", "BC", "VN", "LA", "Ctrl", "Excel", "LibreOffice", "Word", "Unicode", "UniKey", "TCVN3", "VNI", "UTC", "txt", "html", "docx", "http", "https"];

    [Fact]
    public async Task Every_page_reachable_in_lao_has_lao_labels_and_no_key_names()
    {
        using var client = await LaoAdministratorAsync("crawler@vientiane.test");
        var problems = new List<string>();
        var seen = new HashSet<string>();
        var perShape = new Dictionary<string, int>();
        var queue = new Queue<string>(["/"]);
        while (queue.Count > 0 && seen.Count < 400)
        {
            var url = queue.Dequeue();
            // Three pages of each shape (/people/{id}, /visits/{id}/edit…) are enough to see each template.
            var shape = Digits().Replace(url.Split('?')[0], "{id}");
            if (!seen.Add(url) || (perShape[shape] = perShape.GetValueOrDefault(shape) + 1) > 3) continue;

            using var response = await client.GetAsync(url, Cancel);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
            page.DocumentElement.GetAttribute("lang").ShouldBe("lo", url);
            problems.AddRange(Untranslated(page).Select(p => $"{url}: {p}"));

            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                if (link.StartsWith('/') && !link.StartsWith("//") && !IsDownload(link) && !link.StartsWith("/account/signout"))
                    queue.Enqueue(link.Split('#')[0]);
        }

        seen.Count.ShouldBeGreaterThan(40, "the crawl should reach the dataset's pages");
        perShape.Keys.ShouldContain("/partnerships/{id}/reports");
        perShape.Keys.ShouldContain("/admin/users");
        problems.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_form_posted_with_a_missing_field_says_so_in_lao()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("lo-LA");
        var form = await client.GetStringAsync("/account/signin", Cancel);
        form.ShouldContain("<html lang=\"lo\">");

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "", ["Password"] = "x", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(form),
        }), Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        WebUtility.HtmlDecode(html).ShouldContain("ກະລຸນາປ້ອນ “ອີເມວ”.");
    }

    [Fact]
    public async Task A_bad_value_in_an_address_is_explained_in_lao()
    {
        using var client = await LaoAdministratorAsync("reader@vientiane.test");
        using var response = await client.GetAsync($"/partnerships/{app.PartnershipId}/timeline?year=abc", Cancel);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        page.DocumentElement.GetAttribute("lang").ShouldBe("lo");
        Untranslated(page).ShouldBeEmpty();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        page.QuerySelector("h1")!.TextContent.ShouldBe("ຄຳຮ້ອງຂໍບໍ່ຖືກຕ້ອງ");
        page.Body!.TextContent.ShouldContain("ຄ່າ “abc” ບໍ່ຖືກຕ້ອງສຳລັບ “ປີ”.");
    }

    [Fact]
    public async Task A_missing_record_is_reported_in_lao()
    {
        using var client = await LaoAdministratorAsync("missing@vientiane.test");
        using var response = await client.GetAsync("/people/987654", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        page.DocumentElement.GetAttribute("lang").ShouldBe("lo");
        page.QuerySelector("h1")!.TextContent.ShouldBe("ບໍ່ພົບ");
        Untranslated(page).ShouldBeEmpty();
    }

    [Fact]
    public async Task Dates_on_a_lao_page_read_day_lao_month_year()
    {
        using var client = await LaoAdministratorAsync("dates@vientiane.test");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/partnerships/{app.PartnershipId}/timeline?year=2024", Cancel));
        // The dataset's visit of 11 March 2024, as the Vietnamese page shows 11/03/2024.
        html.ShouldContain("11 ມີນາ 2024");
        html.ShouldNotContain("11/03/2024");
        html.ShouldNotContain("11 Mar 2024");
    }

    private async Task<HttpClient> LaoAdministratorAsync(string email)
    {
        await TestUsers.CreateAsync(app.Factory, email, administrator: true);
        var client = await TestUsers.SignedInClientAsync(app.Factory, email);
        var home = await client.GetStringAsync("/", Cancel);
        using var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "lo", ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(home),
        }), Cancel);
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }

    private static bool IsDownload(string link) =>
        link.Contains("handler=docx", StringComparison.OrdinalIgnoreCase) || Download().IsMatch(link.Split('?')[0]);

    /// <summary>What on a Lao page is not Lao UI text.</summary>
    internal static IEnumerable<string> Untranslated(IHtmlDocument page)
    {
        var lao = Catalog.Languages["lo"];
        var foreign = Catalog.Languages.Where(l => l.Key != "lo").SelectMany(l => l.Value)
            .Where(kv => lao[kv.Key] != kv.Value && kv.Value.Length > 3 && !kv.Value.Contains('{'))
            .Select(kv => kv.Value.Trim()).ToHashSet();
        var keys = Catalog.Languages["vi"].Keys.ToHashSet();

        foreach (var element in page.Body!.QuerySelectorAll("*").Where(e => e.LocalName is not ("script" or "style") && !IsExempt(e)))
        {
            var own = string.Concat(element.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();
            foreach (var word in own.Split((char[])[' ', '\n', '(', ')', ':', ','], StringSplitOptions.RemoveEmptyEntries))
                if (keys.Contains(word.TrimEnd('.'))) yield return $"key name “{word}” in <{element.LocalName}>";
            if (own.Length > 0 && foreign.Contains(own) && !LatinAllowed.Contains(own))
                yield return $"Vietnamese or English text “{own}” in <{element.LocalName}>";
        }

        // Labels are never data: each must have Lao in it, or be a technical name.
        foreach (var label in page.Body.QuerySelectorAll("label, button, legend, th[scope=col], thead th, nav a, h2, h3, caption, option").Where(e => !IsExempt(e)))
        {
            if (label.LocalName == "label" && label.QuerySelector("input[type=checkbox]") is not null) continue; // a commitment to tick: its text is data
            var text = string.Concat(label.ChildNodes.OfType<IText>().Select(t => t.Data)).Trim();
            if (label.LocalName == "option" && label.ParentElement?.GetAttribute("name") is not ("year" or "kind" or "status" or "area" or "direction" or "Language" or "language")) continue;
            if (LatinWord().IsMatch(text) && !LaoLetter().IsMatch(text) && !LatinWord().Matches(text).All(m => LatinAllowed.Contains(m.Value)))
                yield return $"Latin-only label “{text}” in <{label.LocalName}>";
        }
    }

    /// <summary>
    /// What a Lao page rightly shows in another language: parts marked with their own language (the
    /// switch's "Tiếng Việt", a briefing pack chosen in Vietnamese), and the field names and stored values
    /// of the change history (rows holding a &lt;code&gt; field name), which are recorded as they were saved.
    /// </summary>
    private static bool IsExempt(IElement element) =>
        element.Closest("[lang]")?.GetAttribute("lang") is { } lang && lang != "lo"
        || element.Closest("code") is not null
        || element.Closest("tr")?.QuerySelector("code") is not null;

    [GeneratedRegex(@"\d+")] private static partial Regex Digits();
    [GeneratedRegex(@"\.(xlsx|csv|xml|ics|docx)$")] private static partial Regex Download();
    [GeneratedRegex(@"[A-Za-zÀ-ỹ]{2,}[0-9]*")] private static partial Regex LatinWord();
    [GeneratedRegex(@"[\u0E80-\u0EFF]")] private static partial Regex LaoLetter();
}

// A Lao officer's pages on either engine the deployment runs.
public sealed class LaoPagesOnSqliteTests(DatasetApp app) : LaoPagesTests(app), IClassFixture<DatasetApp>;
public sealed class LaoPagesOnPostgresTests(PostgresDatasetApp app) : LaoPagesTests(app), IClassFixture<PostgresDatasetApp>;
