using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Features.People;

namespace Twinning.Features.Import;

/// <summary>
/// Runs the extraction library over an article with the record's people as its lexicon, so a name the
/// article spells another way ("Thongloun" / "Thongluon") resolves to the person Twinning already holds.
/// Scoped to a request: the people are read once, for the lexicon and for matching the proposals.
/// </summary>
public sealed class ArticleReader(TwinningDb db)
{
    private List<Person>? _people;

    /// <summary>Everyone the record holds, with their aliases (read once per request).</summary>
    public async Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken ct) =>
        _people ??= await db.People.AsNoTracking().Include(p => p.Aliases).ToListAsync(ct);

    public async Task<ArticleExtraction> ReadAsync(ArticleInput input, CancellationToken ct)
    {
        var lexicon = (await PeopleAsync(ct)).Select(p => new LexiconPerson(
            p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Name.Vi ?? p.Name.En ?? p.Name.Lo ?? "",
            p.SearchNames().Distinct().ToList(),
            p.Country)).ToList();
        // The library is synchronous and CPU-bound (about a millisecond an article); the request's thread runs it,
        // within the extractor's time budget.
        return new ArticleExtractor(new ExtractionOptions { People = lexicon }).Extract(input, ct);
    }
}
