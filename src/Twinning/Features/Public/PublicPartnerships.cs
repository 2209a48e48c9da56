using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Twinning.Data;
using Twinning.Data.Revisions;
using Twinning.Features.Partnerships;
using Twinning.Features.Search;
using Twinning.Features.Workflow;

namespace Twinning.Features.Public;

/// <summary>
/// The partnerships anyone may see a timeline of: approved ones with at least one approved activity an Editor
/// marked public. Read as ids and names only: at a country's scale there are a thousand, and the sign-in page
/// shows a few of them, the public list one page. The list is kept for a minute: it is asked by every anonymous
/// visitor of the sign-in page, finding it reads a thousand partnerships' activities, and a timeline made public
/// a minute late loses nothing.
/// </summary>
public sealed class PublicPartnerships(TwinningDb db, RevisionCache.Store store)
{
    public sealed record Entry(int Id, LocalizedText Name);

    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(1);

    /// <summary>Those whose name in any language contains <paramref name="name"/> (folded: "ha noi" finds "Hà Nội"), in name order.</summary>
    public async Task<List<Entry>> ListAsync(string? name, CancellationToken ct)
    {
        var all = await store.Memory.GetOrCreateAsync(nameof(PublicPartnerships), entry =>
        {
            entry.SetSize(1).SetAbsoluteExpiration(Kept);
            return db.Partnerships.AsNoTracking()
                .Where(p => p.State == RecordState.Approved && db.Activities.Any(a => a.PartnershipId == p.Id && a.IsPublic && a.State == RecordState.Approved))
                .Select(p => new Entry(p.Id, p.Name)).ToListAsync(ct);
        }) ?? [];
        var wanted = string.IsNullOrWhiteSpace(name) ? null : TextFolding.Fold(name);
        return all.Where(e => wanted is null || new[] { e.Name.Vi, e.Name.En, e.Name.Lo }.Any(n => n is not null && TextFolding.Fold(n).Contains(wanted, StringComparison.Ordinal)))
            .OrderBy(e => e.Name.ToString(), StringComparer.CurrentCulture).ThenBy(e => e.Id).ToList();
    }
}
