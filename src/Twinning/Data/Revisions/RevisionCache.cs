using Microsoft.Extensions.Caching.Memory;

namespace Twinning.Data.Revisions;

/// <summary>
/// Keeps what was computed from a partnership's approved records for as long as its revisions (its own and
/// the shared records', <see cref="RecordRevisions"/>) stay the same: one small query instead of a dozen,
/// and never stale, because every save raises a revision in its own transaction and the revisions are read
/// before the records. Per process; each instance checks the database's revisions, so a save on one is seen
/// by the others on their next request. Only for figures that are the same for every reader (approved
/// records; the caller checks the right to read first).
/// </summary>
public sealed class RevisionCache(TwinningDb db, RevisionCache.Store store)
{
    public async Task<T> GetOrComputeAsync<T>(string what, int partnershipId, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
        where T : class
    {
        var (own, shared) = await RecordRevisions.OfPartnershipAsync(db, partnershipId, ct);
        var key = (what, partnershipId, own, shared);
        if (store.Memory.TryGetValue(key, out T? kept) && kept is not null) return kept;
        var computed = await compute(ct);
        // Superseded revisions are never asked for again; they leave when unused for a while.
        store.Memory.Set(key, computed, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(10) });
        return computed;
    }

    /// <summary>The memory behind the cache, one per process, bounded in entries (a partnership's figures are a few hundred rows).</summary>
    public sealed class Store : IDisposable
    {
        public const int Entries = 2_000;
        public MemoryCache Memory { get; } = new(new MemoryCacheOptions { SizeLimit = Entries });
        public void Dispose() => Memory.Dispose();
    }
}
