using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Twinning.Data;

// Used by `dotnet ef migrations add` only; migrations are generated without a live database.

public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTwinningDb>
{
    public SqliteTwinningDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTwinningDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresTwinningDb>
{
    public PostgresTwinningDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresTwinningDb>().UseNpgsql("Host=localhost;Database=twinning_design").Options);
}
