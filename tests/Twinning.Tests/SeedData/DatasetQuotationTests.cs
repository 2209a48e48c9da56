using System.Text;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.SeedData;

/// <summary>
/// The bundled dataset quotes only a source's own words: every citation shown as a quotation stands verbatim
/// in its source's text, and a reference note (the project's English restatement) is never shown as one.
/// </summary>
public sealed class DatasetQuotationTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    private static string Nfc(string s) => s.Normalize(NormalizationForm.FormC);

    private Task<List<Source>> SourcesAsync() =>
        app.Factory.WithAppDbAsync(db => db.Sources.AsNoTracking().Include(s => s.Citations).OrderBy(s => s.Id).ToListAsync());

    [Fact]
    public async Task Every_citation_presented_as_a_quotation_occurs_verbatim_in_its_sources_text()
    {
        var sources = await SourcesAsync();
        var quoted = sources.Where(CitationWording.IsQuotation).ToList();
        quoted.ShouldNotBeEmpty();
        foreach (var source in quoted)
        {
            source.Language.ShouldBe("vi", $"source {source.Key} is quoted, so it must be an article in its own (Vietnamese) words");
            foreach (var c in source.Citations)
                Nfc(source.FullText).ShouldContain(Nfc(c.Quote), Case.Sensitive, $"citation {c.Id} of {c.RecordKind} {c.RecordId} in {source.Key}");
        }
        // What is not quoted is a reference note, and only that.
        sources.Where(s => !CitationWording.IsQuotation(s)).ShouldAllBe(s => s.Kind == SourceKind.Reference);
    }

    [Fact]
    public async Task Source_pages_quote_only_article_words_and_show_reference_notes_as_notes()
    {
        foreach (var source in await SourcesAsync())
        {
            var page = await app.PageAsync($"/sources/{source.Id}");
            var facts = page.QuerySelector("ol.citations")!;
            var quotes = facts.QuerySelectorAll("q").Select(q => q.TextContent).ToList();
            if (source.Kind == SourceKind.Reference)
            {
                quotes.ShouldBeEmpty($"{source.Key} is a reference note: nothing of it may read as a quotation");
                facts.QuerySelectorAll(".citation-note").Length.ShouldBe(source.Citations.Count);
            }
            else
            {
                quotes.Count.ShouldBe(source.Citations.Count);
                foreach (var q in quotes) Nfc(source.FullText).ShouldContain(Nfc(q), Case.Sensitive, source.Key);
            }
        }
    }

    [Fact]
    public async Task A_record_page_shows_a_reference_note_as_a_note_beside_the_articles_quotes()
    {
        var id = await app.IdOfAsync<Person>("person-thongloun-sisoulith");
        var page = await app.PageAsync($"/people/{id}");
        var notes = await app.Factory.WithAppDbAsync(db => db.Citations.AsNoTracking()
            .Where(c => c.RecordKind == RecordKind.Person && c.RecordId == id && c.Source!.Kind == SourceKind.Reference).Select(c => c.Quote).ToListAsync());
        notes.ShouldNotBeEmpty();

        var list = page.QuerySelector("ul.citations")!;
        var quoted = list.QuerySelectorAll("q").Select(q => q.TextContent).ToList();
        quoted.ShouldNotBeEmpty();
        foreach (var note in notes)
        {
            quoted.ShouldNotContain(note);
            list.QuerySelectorAll(".citation-note").ShouldContain(n => n.TextContent.Contains(note));
        }
    }

    [Fact]
    public async Task The_Lao_leaders_hold_each_post_once_on_their_pages_however_the_articles_word_it()
    {
        foreach (var key in new[] { "person-thongloun-sisoulith", "person-anouphap-tounalom" })
        {
            var id = await app.IdOfAsync<Person>(key);
            var positions = await app.Factory.WithAppDbAsync(db => db.Positions.AsNoTracking().Where(p => p.PersonId == id).ToListAsync());
            var page = await app.PageAsync($"/people/{id}");
            var rows = page.QuerySelectorAll("table").First()
                .QuerySelectorAll("tbody tr").ToList();

            // One row per organisation (each holds one office of theirs), and every position's citation is kept on its row.
            var organisations = positions.Select(p => p.OrganisationId).Distinct().Count();
            rows.Count.ShouldBe(organisations, key);
            rows.Sum(r => r.QuerySelectorAll("a.citation-link").Length).ShouldBeGreaterThanOrEqualTo(positions.Select(p => p.Title).Distinct().Count(), key);
        }
    }
}
