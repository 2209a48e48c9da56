namespace Twinning.Data;

/// <summary>The "Database" configuration section (also settable as TWINNING_Database__Provider etc.).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>"Sqlite" (default, a file under ./data/) or "Postgres".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply pending migrations when the app starts (the embedded default does; a cluster may prefer the migrate verb).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Load the bundled Hanoi–Vientiane dataset into an empty database.</summary>
    public bool LoadEmbeddedDataset { get; set; } = true;

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase)
        || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);
}
