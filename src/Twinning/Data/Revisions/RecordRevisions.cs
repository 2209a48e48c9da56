using Microsoft.EntityFrameworkCore;

namespace Twinning.Data.Revisions;

/// <summary>Raises and reads <see cref="RecordRevision"/>s.</summary>
public static class RecordRevisions
{
    /// <summary>The scope of records of no partnership (people, organisations, shared sources).</summary>
    public const int Shared = 0;

    /// <summary>
    /// Raises the revision of each scope, inside the caller's transaction. The row stays locked until it
    /// commits, so two saves of one scope raise it in the order they commit: a reader never sees the new
    /// records with the old revision. Scopes are raised in one order, so two saves cannot deadlock.
    /// </summary>
    public static async Task RaiseAsync(TwinningDb db, IEnumerable<int?> partnershipIds, CancellationToken ct)
    {
        foreach (var scope in Scopes(partnershipIds)) await db.Database.ExecuteSqlAsync(Raising(scope), ct);
    }

    public static void Raise(TwinningDb db, IEnumerable<int?> partnershipIds)
    {
        foreach (var scope in Scopes(partnershipIds)) db.Database.ExecuteSql(Raising(scope));
    }

    private static IEnumerable<int> Scopes(IEnumerable<int?> partnershipIds) => partnershipIds.Select(id => id ?? Shared).Distinct().Order();

    // Same statement on SQLite (3.24+) and PostgreSQL: a scope's first save inserts its row.
    private static FormattableString Raising(int scope) =>
        $"""INSERT INTO "RecordRevisions" ("Scope", "Revision") VALUES ({scope}, 1) ON CONFLICT ("Scope") DO UPDATE SET "Revision" = "RecordRevisions"."Revision" + 1""";

    /// <summary>The revisions a partnership's figures depend on: its own and the shared records'.</summary>
    public static async Task<(long Partnership, long Shared)> OfPartnershipAsync(TwinningDb db, int partnershipId, CancellationToken ct)
    {
        var rows = await db.RecordRevisions.AsNoTracking().Where(r => r.Scope == partnershipId || r.Scope == Shared).ToListAsync(ct);
        return (rows.FirstOrDefault(r => r.Scope == partnershipId)?.Revision ?? 0, rows.FirstOrDefault(r => r.Scope == Shared)?.Revision ?? 0);
    }
}
