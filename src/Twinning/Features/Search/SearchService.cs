using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Search;

/// <summary>
/// Finds people, organisations, agreements and activities by any of their names. The query is
/// folded like the stored keys, so "dinh tien dung" finds "Đinh Tiến Dũng"; when nothing matches,
/// a consonant skeleton catches variant romanisations ("Thongluon Sinsoulith").
/// </summary>
public sealed class SearchService(TwinningDb db, Accounts.PartnershipAccess access)
{
    public const int MaxQueryLength = 200;
    private const int MaxPerKind = 25;

    public async Task<SearchResults> SearchAsync(string query, CancellationToken cancellationToken = default)
    {
        var folded = TextFolding.Fold(query);
        if (folded.Length == 0) return SearchResults.Empty(query);

        var hits = await FindAsync(folded, phonetic: false, cancellationToken);
        if (hits.Count > 0) return new SearchResults(query, hits, Approximate: false);

        var skeleton = TextFolding.Phonetic(query);
        if (skeleton.Length < 3) return SearchResults.Empty(query);
        hits = await FindAsync(skeleton, phonetic: true, cancellationToken);
        return new SearchResults(query, hits, Approximate: true);
    }

    private async Task<List<SearchHit>> FindAsync(string key, bool phonetic, CancellationToken ct)
    {
        // Agreements and activities belong to partnerships; only those the reader may see are searched.
        var readable = await access.ReadablePartnershipIdsAsync(ct);
        var drafts = await access.DraftReadablePartnershipIdsAsync(ct);
        const Workflow.RecordState approved = Workflow.RecordState.Approved;
        var hits = new List<SearchHit>();
        hits.AddRange((await Matching(db.People, key, phonetic).OrderBy(p => p.Name.Vi).Take(MaxPerKind).ToListAsync(ct))
            .Select(p => new SearchHit(SearchHitKind.Person, p.Id, p.Name.ToString(), p.Country)));
        hits.AddRange((await Matching(db.Organisations, key, phonetic).OrderBy(o => o.Name.Vi).Take(MaxPerKind).ToListAsync(ct))
            .Select(o => new SearchHit(SearchHitKind.Organisation, o.Id, o.Name.ToString(), o.Abbreviation)));
        hits.AddRange((await Matching(db.Agreements.Where(a => readable.Contains(a.PartnershipId) && (a.State == approved || drafts.Contains(a.PartnershipId))), key, phonetic).OrderBy(a => a.SignedOn).Take(MaxPerKind).ToListAsync(ct))
            .Select(a => new SearchHit(SearchHitKind.Agreement, a.Id, a.Title.ToString(), a.Period)));
        hits.AddRange((await Matching(db.Activities.Where(a => readable.Contains(a.PartnershipId) && (a.State == approved || drafts.Contains(a.PartnershipId))), key, phonetic).OrderBy(a => a.StartDate).Take(MaxPerKind).ToListAsync(ct))
            .Select(a => new SearchHit(SearchHitKind.Activity, a.Id, a.Title.ToString(), null)));
        return hits;
    }

    private static IQueryable<T> Matching<T>(IQueryable<T> records, string key, bool phonetic) where T : class, ISearchable =>
        phonetic ? records.Where(r => r.PhoneticKey.Contains(key)) : records.Where(r => r.SearchKey.Contains(key));
}

public enum SearchHitKind { Person, Organisation, Agreement, Activity }

public sealed record SearchHit(SearchHitKind Kind, int Id, string Title, string? Detail);

public sealed record SearchResults(string Query, IReadOnlyList<SearchHit> Hits, bool Approximate)
{
    public static SearchResults Empty(string query) => new(query, [], false);
}
