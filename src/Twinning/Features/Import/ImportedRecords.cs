using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Sources;

namespace Twinning.Features.Import;

/// <summary>The version of a record an import touched (a position counts as its person's), to tell whether anyone changed it since.</summary>
public static class ImportedRecords
{
    public static async Task<int> VersionAsync(TwinningDb db, RecordKind kind, int id, CancellationToken ct) => kind switch
    {
        RecordKind.Position => await db.Positions.IgnoreQueryFilters().Where(p => p.Id == id).Select(p => p.Person!.Version).FirstOrDefaultAsync(ct),
        _ => (await CitedRecords.FindAsync(db, kind, id, ct))?.Version ?? 0,
    };
}
