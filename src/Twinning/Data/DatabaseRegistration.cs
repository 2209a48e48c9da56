using Microsoft.EntityFrameworkCore;
using Twinning.Data.Auditing;

namespace Twinning.Data;

/// <summary>Chooses the database provider from configuration; the rest of the app only sees <see cref="TwinningDb"/>.</summary>
public static class DatabaseRegistration
{
    public const string ConnectionStringName = "Twinning";
    public const string DefaultSqlitePath = "data/twinning.db";

    public static IServiceCollection AddTwinningDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(options);
        services.AddScoped<CurrentActor>();
        services.AddScoped<RecordChangesInterceptor>();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (options.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Twinning is not set (e.g. TWINNING_ConnectionStrings__Twinning=\"Host=…;Database=twinning;Username=…;Password=…\").");
            services.AddDbContext<PostgresTwinningDb>((sp, o) => o.UseNpgsql(PostgresConnectionString.Tuned(connectionString)).ConfigureWarnings(IgnoreExpectedWarnings)
                .AddInterceptors(sp.GetRequiredService<RecordChangesInterceptor>()));
            services.AddScoped<TwinningDb>(sp => sp.GetRequiredService<PostgresTwinningDb>());
        }
        else if (options.Provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            connectionString ??= $"Data Source={DefaultSqlitePath}";
            services.AddDbContext<SqliteTwinningDb>((sp, o) => o.UseSqlite(connectionString).ConfigureWarnings(IgnoreExpectedWarnings)
                .AddInterceptors(sp.GetRequiredService<RecordChangesInterceptor>()));
            services.AddScoped<TwinningDb>(sp => sp.GetRequiredService<SqliteTwinningDb>());
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{options.Provider}'. Use Sqlite or Postgres.");
        }
        return services;
    }

    /// <summary>
    /// An optional <see cref="LocalizedText"/> whose three columns are all null reads back as null:
    /// that is the intended meaning ("no place given"), so EF's warning about it is noise.
    /// </summary>
    public static void IgnoreExpectedWarnings(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning, Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.OptionalDependentWithAllNullPropertiesWarning);
}
