using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// Row counts of every table in the model, so "nothing changed" and "nothing was left behind"
/// are checked against all tables rather than a hand-picked few.
/// </summary>
public static class RowCounts
{
    public static async Task<IReadOnlyDictionary<string, long>> PerTableAsync(TwinningDb db)
    {
        var tables = db.Model.GetEntityTypes().Select(type => type.GetTableName()).OfType<string>().Distinct().Order();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // Table names come from the model, not from input; identifiers cannot be SQL parameters.
            var sql = "SELECT COUNT(*) AS \"Value\" FROM \"" + table + "\"";
            counts[table] = await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
        }
        return counts;
    }

    public static async Task<long> TotalAsync(TwinningDb db) => (await PerTableAsync(db)).Values.Sum();
}
