using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Shared;

namespace Twinning.Features.Search;

/// <summary>
/// Finds people, organisations, partnerships, agreements, activities and sources by any of their names or
/// their text, through the search index (<see cref="SearchEntry"/>). The query is folded like the index
/// ("dinh tien dung" finds "Đinh Tiến Dũng", "ທອງລຸນສີສຸລິດ" finds "ທອງລຸນ ສີສຸລິດ") and widened to the other
/// spellings of a place or person it names exactly (<see cref="Expand"/>). Hits are ranked (a record's own
/// name, then an alias, then a name containing the query, then text), counted per kind over everything the
/// user may read, and paged. When nothing matches, a consonant skeleton catches variant romanisations
/// ("Thongluon Sinsoulith").
/// </summary>
public sealed class SearchService(TwinningDb db, Accounts.PartnershipAccess access, RecordPermissions permissions, Microsoft.Extensions.Options.IOptions<SearchOptions> options)
{
    public const int MaxQueryLength = 200;
    public const int PageSize = 20;

    /// <summary>Hits shown per kind on the overview, before the reader opens one kind.</summary>
    public const int PreviewSize = 5;

    private const int MaxSpellings = 16;

    /// <param name="kind">One kind, paged; null for the overview of every kind.</param>
    public async Task<SearchResults> SearchAsync(string query, SearchHitKind? kind = null, int page = 1, CancellationToken cancellationToken = default)
    {
        var folded = TextFolding.ForIndex(query);
        if (folded.Length < 2) return SearchResults.Empty(query);
        var readable = await SearchReadability.FilterAsync(access, cancellationToken);

        var (spellings, sameName) = await Expand(folded, cancellationToken);
        var exactNames = NamedExactly(sameName).Where(readable);
        var results = await FindAsync(query, Matching(spellings, phonetic: false).Where(readable), exactNames, sameName, kind, page, cancellationToken);
        if (results.Total > 0) return results;

        var skeleton = TextFolding.ForIndex(TextFolding.Phonetic(query));
        if (skeleton.Length < 3) return SearchResults.Empty(query);
        results = await FindAsync(query, Matching([skeleton], phonetic: true).Where(readable), null, [], kind, page, cancellationToken);
        return results with { Approximate = true };
    }

    /// <summary>
    /// The query and the other spellings of what it names exactly: a place of the gazetteer (all of them one
    /// name: they rank as the query does), or a person whose name or alias it is (their other spellings find
    /// activities and articles that mention them, but rank as text: another person's record is no exact hit).
    /// A spelling containing another is dropped: the shorter already finds it.
    /// </summary>
    public async Task<(List<string> Spellings, List<string> SameName)> Expand(string folded, CancellationToken ct)
    {
        var sameName = Pruned(PlaceNames.SpellingsOf(folded).Prepend(folded));
        var anchored = $"{SearchKeys.Separator}{folded}{SearchKeys.Separator}";
        var people = await NamedExactly([folded]).Where(e => e.Kind == SearchHitKind.Person)
            .Select(e => new { e.NameKey, e.AliasKey }).Take(5).ToListAsync(ct);
        var theirNames = people.Where(n => n.NameKey.Contains(anchored) || n.AliasKey.Contains(anchored))
            .SelectMany(n => (n.NameKey + n.AliasKey).Split(SearchKeys.Separator, StringSplitOptions.RemoveEmptyEntries));
        return (Pruned(sameName.Concat(theirNames)), sameName);
    }

    private static List<string> Pruned(IEnumerable<string> spellings)
    {
        var kept = new List<string>();
        foreach (var spelling in spellings.Where(s => s.Length >= 2).Distinct().OrderBy(s => s.Length))
            if (!kept.Any(spelling.Contains)) kept.Add(spelling);
        return kept.Take(MaxSpellings).ToList();
    }

    /// <summary>
    /// Entries one of whose own names or aliases is one of the spellings, whole. PostgreSQL finds them by
    /// equality in a GIN index over the array of names (a province's name is part of thousands of titles,
    /// which a trigram index would all read); SQLite among the trigram matches of the name between separators.
    /// </summary>
    private IQueryable<SearchEntry> NamedExactly(IReadOnlyList<string> names)
    {
        if (!db.Database.IsSqlite())
        {
            var wanted = names.ToArray();
            return db.SearchEntries.FromSql(
                $"SELECT * FROM \"SearchEntries\" WHERE string_to_array(\"NameKey\" || \"AliasKey\", '|') && {wanted}");
        }
        var anchored = names.Select(n => $"{SearchKeys.Separator}{n}{SearchKeys.Separator}").ToList();
        return Matching(anchored, phonetic: false).Where(Predicates.Any(anchored.SelectMany(InNames).ToList()));
    }

    /// <summary>
    /// Entries whose text contains one of the keys, through the engine's trigram index: SQLite's FTS5 table
    /// (kept by triggers on SearchEntries), PostgreSQL's pg_trgm GIN index, which serves LIKE '%…%'. Keys
    /// shorter than a trigram are matched by a scan of the names.
    /// </summary>
    private IQueryable<SearchEntry> Matching(IReadOnlyList<string> keys, bool phonetic)
    {
        if (db.Database.IsSqlite() && keys.All(k => k.Length >= 3))
        {
            // Folded keys hold letters, digits, spaces and '|' only; the quotes are doubled all the same.
            var match = $"{(phonetic ? "PhoneticKey" : "Key")} : ({string.Join(" OR ", keys.Select(k => $"\"{k.Replace("\"", "\"\"")}\""))})";
            return db.SearchEntries.FromSql(
                $"SELECT * FROM \"SearchEntries\" WHERE \"Id\" IN (SELECT rowid FROM \"SearchEntriesText\" WHERE \"SearchEntriesText\" MATCH {match})");
        }
        // A key of two letters is no trigram and would match most texts: it is looked for in names only, as a word.
        var predicates = keys.SelectMany(k => phonetic
            ? [e => EF.Functions.Like(e.PhoneticKey, $"%{k}%")]
            : k.Length < 3 ? InNames(k) : [e => EF.Functions.Like(e.Key, $"%{k}%")]).ToList();
        return db.SearchEntries.Where(Predicates.Any(predicates));
    }

    /// <summary>
    /// A name or alias contains the key; a key of two letters ("Hà", "Xi") only as a whole word of a name, which
    /// PostgreSQL's trigram index can find (a word's ends are trigrams), where "%ha%" is in most names.
    /// </summary>
    private static IEnumerable<Expression<Func<SearchEntry, bool>>> InNames(string key)
    {
        const char bar = SearchKeys.Separator;
        var patterns = key.Length >= 3 ? [$"%{key}%"] : new[] { $"%{bar}{key}{bar}%", $"%{bar}{key} %", $"% {key}{bar}%", $"% {key} %" };
        return patterns.Select(p => (Expression<Func<SearchEntry, bool>>)(e => EF.Functions.Like(e.NameKey, p) || EF.Functions.Like(e.AliasKey, p)));
    }

    /// <summary>
    /// Counts, ranks and pages the hits. Usually one query: the readable hits' kind, id and rank, at most
    /// <see cref="SearchOptions.CountCap"/> of them, grouped and ordered here. A word that is in thousands of
    /// records (a province's name) is not counted or ranked to the end — that is what made a common word cost
    /// seconds at a country's scale (benchmarks/README.md): each kind is then asked for at most the cap, its count
    /// shown as "more than", the records whose own name or alias is the words still first (asked of the names'
    /// index), then the hits the index gave first, ranked among themselves.
    /// </summary>
    /// <param name="spellings">What ranks as the record's own name or alias when a name equals it.</param>
    /// <param name="exactNames">The records whose own name or alias is a spelling (null: nothing ranks by name).</param>
    private async Task<SearchResults> FindAsync(string query, IQueryable<SearchEntry> found, IQueryable<SearchEntry>? exactNames,
        IReadOnlyList<string> spellings, SearchHitKind? kind, int page, CancellationToken ct)
    {
        page = Math.Max(page, 1);
        var cap = options.Value.CountCap;
        var ranked = Ranked(spellings);
        var kinds = kind is { } only ? [only] : Enum.GetValues<SearchHitKind>();
        var byKind = new Dictionary<SearchHitKind, List<RankedEntry>>();
        var capped = new HashSet<SearchHitKind>();

        var all = await (kind is { } k1 ? found.Where(e => e.Kind == k1) : found).Select(ranked).Take(cap + 1).ToListAsync(ct);
        if (all.Count <= cap)
            foreach (var group in all.GroupBy(r => r.Kind)) byKind[group.Key] = group.ToList();
        else
            foreach (var k in kinds)
            {
                var rows = kind is null ? await found.Where(e => e.Kind == k).Select(ranked).Take(cap + 1).ToListAsync(ct) : all;
                if (rows.Count > cap)
                {
                    capped.Add(k);
                    // Not ordered in SQL: a province's name is in thousands of sources' titles, and sorting
                    // them all is the cost the cap avoids. Whole names first, then what the index gave first.
                    List<RankedEntry> names = exactNames is null ? [] : await exactNames.Where(e => e.Kind == k).Select(ranked).Take(cap).ToListAsync(ct);
                    rows = names.Concat(rows).DistinctBy(r => r.RecordId).Take(cap).ToList();
                }
                if (rows.Count > 0) byKind[k] = rows;
            }

        var groups = new List<SearchGroup>();
        foreach (var (k, rows) in byKind.OrderBy(g => g.Key))
        {
            var (skip, take) = kind is null ? (0, PreviewSize) : ((page - 1) * PageSize, PageSize);
            var shown = rows.OrderBy(r => r.Rank).ThenBy(r => r.NameKey, StringComparer.Ordinal).ThenBy(r => r.RecordId).Skip(skip).Take(take).ToList();
            groups.Add(new SearchGroup(k, rows.Count, capped.Contains(k), await HitsAsync(k, shown, ct)));
        }
        return new SearchResults(query, groups, groups.Sum(g => g.Count), kind, page, Approximate: false);
    }

    private const int TextRank = 3;

    /// <summary>0: a record's own name is a spelling; 1: an alias is; 2: a name or alias contains one; 3: only the text does.</summary>
    private static Expression<Func<SearchEntry, RankedEntry>> Ranked(IReadOnlyList<string> spellings)
    {
        var e = Expression.Parameter(typeof(SearchEntry), "e");
        Expression Any(Func<string, Expression<Func<SearchEntry, bool>>> test) => spellings.Count == 0
            ? Expression.Constant(false)
            : Predicates.Rebind(Predicates.Any(spellings.Select(test).ToList()), e);
        var rank = Expression.Condition(Any(s => Anchored(s, x => x.NameKey)), Expression.Constant(0),
            Expression.Condition(Any(s => Anchored(s, x => x.AliasKey)), Expression.Constant(1),
                Expression.Condition(Any(s => x => x.NameKey.Contains(s) || x.AliasKey.Contains(s)), Expression.Constant(2), Expression.Constant(TextRank))));
        var body = Expression.MemberInit(Expression.New(typeof(RankedEntry)),
            Expression.Bind(typeof(RankedEntry).GetProperty(nameof(RankedEntry.Kind))!, Expression.Property(e, nameof(SearchEntry.Kind))),
            Expression.Bind(typeof(RankedEntry).GetProperty(nameof(RankedEntry.RecordId))!, Expression.Property(e, nameof(SearchEntry.RecordId))),
            Expression.Bind(typeof(RankedEntry).GetProperty(nameof(RankedEntry.NameKey))!, Expression.Property(e, nameof(SearchEntry.NameKey))),
            Expression.Bind(typeof(RankedEntry).GetProperty(nameof(RankedEntry.Rank))!, rank));
        return Expression.Lambda<Func<SearchEntry, RankedEntry>>(body, e);
    }

    /// <summary>The column holds the spelling as one whole name, between separators.</summary>
    private static Expression<Func<SearchEntry, bool>> Anchored(string spelling, Expression<Func<SearchEntry, string>> column)
    {
        var whole = $"{SearchKeys.Separator}{spelling}{SearchKeys.Separator}";
        return column.Body is MemberExpression { Member.Name: nameof(SearchEntry.NameKey) }
            ? x => x.NameKey.Contains(whole)
            : x => x.AliasKey.Contains(whole);
    }

    private sealed class RankedEntry
    {
        public SearchHitKind Kind { get; init; }
        public int RecordId { get; init; }
        public string NameKey { get; init; } = "";
        public int Rank { get; init; }
    }

    /// <summary>
    /// The records behind one page of entries, in rank order, each checked by the one read rule (the index
    /// may lag a change made outside the app; a record it names but the reader may not see is not shown).
    /// </summary>
    private async Task<List<SearchHit>> HitsAsync(SearchHitKind kind, List<RankedEntry> entries, CancellationToken ct)
    {
        var ids = entries.Select(e => e.RecordId).ToList();
        List<(Record Record, SearchHit Hit)> loaded = kind switch
        {
            SearchHitKind.Person => (await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct))
                .Select(p => ((Record)p, new SearchHit(kind, p.Id, p.Name.ToString(), p.Country, 0))).ToList(),
            SearchHitKind.Organisation => (await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).ToListAsync(ct))
                .Select(o => ((Record)o, new SearchHit(kind, o.Id, o.Name.ToString(), o.Abbreviation, 0))).ToList(),
            SearchHitKind.Partnership => (await db.Partnerships.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(ct))
                .Select(p => ((Record)p, new SearchHit(kind, p.Id, p.Name.ToString(), null, 0))).ToList(),
            SearchHitKind.Agreement => (await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct))
                .Select(a => ((Record)a, new SearchHit(kind, a.Id, a.Title.ToString(), a.Period, 0))).ToList(),
            SearchHitKind.Activity => (await db.Activities.AsNoTracking().Where(a => ids.Contains(a.Id)).ToListAsync(ct))
                .Select(a => ((Record)a, new SearchHit(kind, a.Id, a.Title.ToString(), a.StartDate?.ToString("yyyy-MM-dd"), 0))).ToList(),
            _ => (await db.Sources.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct))
                .Select(s => ((Record)s, new SearchHit(kind, s.Id, s.Title, s.Outlet, 0))).ToList(),
        };
        var hits = new List<SearchHit>();
        foreach (var entry in entries)
            if (loaded.FirstOrDefault(l => l.Hit.Id == entry.RecordId) is { Record: not null } found && await permissions.CanReadAsync(found.Record, ct))
                hits.Add(found.Hit with { Rank = entry.Rank });
        return hits;
    }
}

public enum SearchHitKind { Person, Organisation, Partnership, Agreement, Activity, Source }

/// <param name="Rank">0 own name, 1 alias, 2 part of a name, 3 text (see <see cref="SearchService"/>).</param>
public sealed record SearchHit(SearchHitKind Kind, int Id, string Title, string? Detail, int Rank);

/// <summary>One kind's hits: how many the reader may see in all (at least, when <paramref name="More"/>), and the ones on this page.</summary>
public sealed record SearchGroup(SearchHitKind Kind, int Count, bool More, IReadOnlyList<SearchHit> Hits);

/// <summary>Configuration section "Search".</summary>
public sealed class SearchOptions
{
    /// <summary>Hits counted and ranked per kind; past it a kind shows "more than" this many (pages up to it).</summary>
    public int CountCap { get; set; } = 1000;
}

public sealed record SearchResults(string Query, IReadOnlyList<SearchGroup> Groups, int Total, SearchHitKind? Kind, int Page, bool Approximate)
{
    public IEnumerable<SearchHit> Hits => Groups.SelectMany(g => g.Hits);

    public int PageCount => Kind is { } k && Groups.FirstOrDefault(g => g.Kind == k) is { } group
        ? (group.Count + SearchService.PageSize - 1) / SearchService.PageSize
        : 1;

    public static SearchResults Empty(string query) => new(query, [], 0, null, 1, false);
}
