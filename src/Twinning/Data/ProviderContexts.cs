using Microsoft.EntityFrameworkCore;

namespace Twinning.Data;

/// <summary>SQLite flavour of the model; its migrations live in Data/Migrations/Sqlite.</summary>
public sealed class SqliteTwinningDb(DbContextOptions<SqliteTwinningDb> options) : TwinningDb(options);

/// <summary>PostgreSQL flavour of the model; its migrations live in Data/Migrations/Postgres.</summary>
public sealed class PostgresTwinningDb(DbContextOptions<PostgresTwinningDb> options) : TwinningDb(options);
