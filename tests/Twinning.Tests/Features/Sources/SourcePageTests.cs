using Microsoft.EntityFrameworkCore;
using Twinning.Features.Sources;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Sources;

public sealed class SourcePageTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task Every_cited_span_of_an_article_is_highlighted_and_linked_to_its_fact()
    {
        var (sourceId, citations) = await app.Factory.WithAppDbAsync(async db =>
        {
            var source = await db.Sources.Include(s => s.Citations)
                .Where(s => s.Kind == SourceKind.Article).OrderByDescending(s => s.Citations.Count).FirstAsync();
            return (source.Id, source.Citations.ToList());
        });
        var page = await app.PageAsync($"/sources/{sourceId}");

        var text = page.QuerySelector(".source-text")!;
        var marked = string.Concat(text.QuerySelectorAll("mark").Select(m => m.TextContent));
        foreach (var c in citations)
        {
            marked.ShouldContain(c.Quote.Trim(), customMessage: $"citation {c.Id} is not highlighted");
            page.GetElementById($"c{c.Id}").ShouldNotBeNull($"citation {c.Id} has no anchor");
        }
        text.QuerySelectorAll("mark a").ShouldAllBe(a => a.GetAttribute("href")!.StartsWith('/'));
        // The text itself is unchanged by the highlighting.
        var stored = await app.Factory.WithAppDbAsync(db => db.Sources.Where(s => s.Id == sourceId).Select(s => s.FullText).SingleAsync());
        text.TextContent.ShouldBe(stored);
    }

    [Fact]
    public async Task Every_source_is_listed_with_its_citation_count()
    {
        var page = await app.PageAsync("/sources");
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var count = await app.Factory.WithAppDbAsync(db => db.Sources.CountAsync());
        rows.Count.ShouldBe(count);
    }
}
