using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Twinning.Tests.Web;

/// <summary>
/// Every page a person can reach by following links, as each kind of signed-in visitor: none answers with a
/// server error. Addresses that differ only in their numbers count as one page after a few of them, so
/// the crawl stays bounded whatever the data.
/// </summary>
public sealed partial class CrawlTests(SqliteMatrixApp app) : IClassFixture<SqliteMatrixApp>
{
    private const int MaxPages = 400;
    private const int PerShape = 3;

    [Theory]
    [InlineData(Visitor.ViewerOfA)]
    [InlineData(Visitor.ContributorOfA)]
    [InlineData(Visitor.EditorOfAVietnam)]
    [InlineData(Visitor.EditorOfBOnly)]
    [InlineData(Visitor.Administrator)]
    public async Task Following_every_link_meets_no_server_error(Visitor visitor)
    {
        var client = app.Client(visitor);
        var queue = new Queue<string>(["/", $"/partnerships/{app.PartnershipA}", $"/partnerships/{app.PartnershipB}", "/people", "/sources"]);
        var seen = new HashSet<string>(queue);
        var shapes = new Dictionary<string, int>();
        var errors = new List<string>();
        var visited = 0;
        while (queue.Count > 0 && visited < MaxPages)
        {
            var url = queue.Dequeue();
            visited++;
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            if ((int)response.StatusCode >= 500) errors.Add($"{(int)response.StatusCode} {url}");
            if (response.Headers.Location is { IsAbsoluteUri: false } next && seen.Add(next.OriginalString)) queue.Enqueue(next.OriginalString);
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            foreach (var href in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (!href.StartsWith('/') || href.StartsWith("//")) continue; // other sites, fragments, mailto
                var path = href.Split('#')[0];
                if (path.Length == 0 || path.StartsWith("/account/signout") || !seen.Add(path)) continue;
                var shape = Digits().Replace(path, "N");
                shapes[shape] = shapes.GetValueOrDefault(shape) + 1;
                if (shapes[shape] <= PerShape) queue.Enqueue(path);
            }
        }
        visited.ShouldBeGreaterThan(20, $"the crawl should reach the app's pages; it saw {string.Join(", ", seen.Take(30))}");
        errors.ShouldBeEmpty();
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
