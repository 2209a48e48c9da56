using System.Data.Common;
using Npgsql;

namespace Twinning.Data;

/// <summary>
/// The PostgreSQL connection string the app runs with: the operator's, plus automatic preparation of the
/// statements it repeats. A page runs a dozen small queries whose planning costs as much as their execution;
/// prepared once per pooled connection, the dashboard served 30–60 % more requests a second at 1,000
/// partnerships (benchmarks/README.md). An operator's own "Max Auto Prepare" (0 turns it off) is kept.
/// </summary>
public static class PostgresConnectionString
{
    public const int StatementsPreparedPerConnection = 100;

    public static string Tuned(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (given.ContainsKey("Max Auto Prepare") || given.ContainsKey("MaxAutoPrepare")) return connectionString;
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = StatementsPreparedPerConnection }.ConnectionString;
    }
}
