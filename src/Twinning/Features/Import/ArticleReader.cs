using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;

namespace Twinning.Features.Import;

/// <summary>
/// Runs the extraction library over an article with the record's people as its lexicon, so a name the
/// article spells another way ("Thongloun" / "Thongluon") resolves to the person Twinning already holds.
/// </summary>
public sealed class ArticleReader(TwinningDb db)
{
    public async Task<ArticleExtraction> ReadAsync(ArticleInput input, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Include(p => p.Aliases).ToListAsync(ct);
        var lexicon = people.Select(p => new LexiconPerson(
            p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.Name.Vi ?? p.Name.En ?? p.Name.Lo ?? "",
            p.SearchNames().Distinct().ToList(),
            p.Country)).ToList();
        // The library is synchronous and CPU-bound (a few milliseconds an article); the request's thread runs it.
        return new ArticleExtractor(new ExtractionOptions { People = lexicon }).Extract(input);
    }
}
