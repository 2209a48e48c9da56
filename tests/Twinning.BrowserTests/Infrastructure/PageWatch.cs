using System.Text.Json;
using System.Text.RegularExpressions;

namespace Twinning.BrowserTests.Infrastructure;

/// <summary>
/// Records what a reader would not see but should never happen: responses with an error status,
/// script errors and console errors (a blocked stylesheet under the CSP shows up there).
/// </summary>
public sealed class PageWatch
{
    private readonly List<string> _problems = [];
    private readonly List<(string Url, string Problem)> _aborted = [];
    private readonly HashSet<string> _downloads = [];

    public PageWatch(IBrowserContext context)
    {
        context.Response += (_, response) =>
        {
            if (response.Status >= 400) Add($"HTTP {response.Status} for {response.Url}");
        };
        context.RequestFailed += (_, request) =>
        {
            var problem = $"request failed: {request.Url} ({request.Failure})";
            // Chromium ends a navigation that turns into a download as "aborted": judged once the downloads are known.
            if (request.Failure == "net::ERR_ABORTED") lock (_problems) _aborted.Add((request.Url, problem));
            else Add(problem);
        };
        context.Page += (_, page) => Watch(page);
        foreach (var page in context.Pages) Watch(page);
    }

    private void Watch(IPage page)
    {
        page.PageError += (_, error) => Add($"script error on {page.Url}: {error}");
        page.Download += (_, download) => { lock (_problems) _downloads.Add(download.Url); };
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            var source = message.Location;
            // Chromium asks for /favicon.ico on its own (Playwright reports no response for it); the app has none.
            if (source.Contains("/favicon.ico", StringComparison.Ordinal)) return;
            Add($"console error on {page.Url}: {message.Text} ({source})");
        };
    }

    private void Add(string problem)
    {
        lock (_problems) _problems.Add(problem);
    }

    public void ShouldBeClean()
    {
        lock (_problems) _problems.Concat(_aborted.Where(a => !_downloads.Contains(a.Url)).Select(a => a.Problem)).ShouldBeEmpty();
    }
}

/// <summary>
/// The app shows a UI text key itself ("Nav.Timeline") when a language lacks it. Any word shaped like
/// a key of one of the catalogue's namespaces (Nav., Field., Enum., …) in the page text is such a gap.
/// </summary>
public static class UiText
{
    private static readonly Lazy<Regex> KeyPattern = new(() =>
    {
        var keys = new Twinning.Web.Localization.UiTextCatalog(Twinning.Web.Localization.UiTextCatalog.DefaultFolder).Languages["vi"].Keys;
        var namespaces = keys.Select(k => k.Split('.')[0]).Distinct().Select(Regex.Escape);
        return new Regex($@"\b(?:{string.Join('|', namespaces)})\.[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\b");
    });

    public static async Task ShouldHaveNoRawKeysAsync(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        var raw = KeyPattern.Value.Matches(text).Select(m => m.Value).Distinct().ToList();
        raw.ShouldBeEmpty($"untranslated UI keys on {page.Url}");
    }
}
