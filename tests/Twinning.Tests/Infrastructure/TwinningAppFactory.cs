using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Twinning.Data;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// The whole app in memory, on either engine, over its own fresh database. Its own start-up
/// (DatabaseInitializer) migrates the database and, unless told not to, loads the embedded dataset,
/// exactly as a fresh install does.
/// </summary>
public sealed class TwinningAppFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _loadDataset;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private TwinningAppFactory(TestDatabase database, bool loadDataset, IReadOnlyDictionary<string, string>? settings)
    {
        _database = database;
        _loadDataset = loadDataset;
        _settings = settings ?? new Dictionary<string, string>();
    }

    public Engine Engine => _database.Engine;

    /// <summary>The app's clock: fixed at <see cref="TestClock.Start"/>; a test may move it (Advance, SetUtcNow).</summary>
    public FakeTimeProvider Clock { get; } = TestClock.Create();

    /// <summary>The database the app was pointed at, for reading what it stored.</summary>
    public TestDatabase Database => _database;

    /// <param name="loadDataset">False for tests that seed their own data into an otherwise empty app.</param>
    /// <param name="settings">Configuration the test needs beyond the database (a limit, a proxy…).</param>
    public static async Task<TwinningAppFactory> CreateAsync(Engine engine, PostgresServer postgres, bool loadDataset = true,
        IReadOnlyDictionary<string, string>? settings = null) =>
        new(await TestDatabase.CreateEmptyAsync(engine, postgres), loadDataset, settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Settings reach Program as command-line arguments, so they win over appsettings.json
        // (whose Sqlite file under ./data/ must never be touched by a test).
        builder.UseSetting("Database:Provider", _database.ProviderName);
        builder.UseSetting("ConnectionStrings:Twinning", _database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:LoadEmbeddedDataset", _loadDataset ? "true" : "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Runs <paramref name="action"/> with the app's own scoped <see cref="TwinningDb"/>.</summary>
    public async Task<T> WithAppDbAsync<T>(Func<TwinningDb, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TwinningDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }
}
