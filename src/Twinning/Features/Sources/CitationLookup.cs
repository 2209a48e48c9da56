using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Sources;

/// <summary>Fetches the citations of records for display, with their sources, in one query.</summary>
public sealed class CitationLookup(TwinningDb db)
{
    public async Task<ILookup<int, Citation>> ForAsync(RecordKind kind, IEnumerable<int> recordIds, CancellationToken ct = default)
    {
        var ids = recordIds.Distinct().ToList();
        var citations = await db.Citations.AsNoTracking().Include(c => c.Source)
            .Where(c => c.RecordKind == kind && ids.Contains(c.RecordId))
            .OrderBy(c => c.SourceId).ThenBy(c => c.Start)
            .ToListAsync(ct);
        return citations.ToLookup(c => c.RecordId);
    }

    public async Task<List<Citation>> ForAsync(RecordKind kind, int recordId, CancellationToken ct = default) =>
        (await ForAsync(kind, [recordId], ct))[recordId].ToList();
}
