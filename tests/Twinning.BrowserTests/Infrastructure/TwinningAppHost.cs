using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.BrowserTests.Infrastructure;

/// <summary>
/// The real app on a real Kestrel socket (127.0.0.1, a free port), so a real browser can reach it.
/// Each host gets a fresh SQLite file in its own temp folder: the app migrates it and loads the
/// bundled dataset on start, exactly as a fresh install does.
/// </summary>
public sealed class TwinningAppHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("twinning-browser-").FullName;

    private readonly bool _loadDataset;

    /// <param name="loadDataset">False for a fresh install without the bundled dataset (e.g. to import articles into).</param>
    public TwinningAppHost(bool loadDataset = true)
    {
        _loadDataset = loadDataset;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DatabasePath => Path.Combine(_folder, "twinning.db");

    /// <summary>The app's clock: fixed at <see cref="Twinning.Tests.Infrastructure.TestClock.Start"/>, as in the app tests.</summary>
    public FakeTimeProvider Clock { get; } = Twinning.Tests.Infrastructure.TestClock.Create();

    /// <summary>Where the app listens, e.g. http://127.0.0.1:41234/. Set by <see cref="Start"/>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:LoadEmbeddedDataset", _loadDataset ? "true" : "false");
        builder.UseSetting("ConnectionStrings:Twinning", $"Data Source={DatabasePath}");
        // Every test of a host signs in from 127.0.0.1; the editing journeys sign several people in.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "200");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>Starts Kestrel (the dataset is loaded before it accepts requests) and finds its address.</summary>
    public void Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel reports no http address (addresses: {string.Join(", ", addresses)}).");
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
        if (!File.Exists(DatabasePath))
            throw new InvalidOperationException($"The app did not create its database at {DatabasePath}: the ConnectionStrings:Twinning setting did not reach it.");
    }

    /// <summary>The one-time token the app issued on start because no user existed (null once one did).</summary>
    public string? StartupSetupToken => Services.GetRequiredService<DatabaseInitializer>().SetupToken;

    /// <summary>The id of the one partnership of the bundled dataset.</summary>
    public async Task<int> SinglePartnershipIdAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var ids = await scope.ServiceProvider.GetRequiredService<TwinningDb>().Partnerships.Select(p => p.Id).ToListAsync();
        return ids.Count == 1 ? ids[0] : throw new InvalidOperationException($"Expected the dataset to hold one partnership, found {ids.Count}.");
    }

    /// <summary>The nearest round anniversary of the partnership on or after <paramref name="from"/>.</summary>
    public async Task<(int Years, DateOnly Date)> NextAnniversaryAsync(int partnershipId, DateOnly from)
    {
        await using var scope = Services.CreateAsyncScope();
        var anniversaries = await scope.ServiceProvider.GetRequiredService<TwinningDb>().Anniversaries
            .Where(a => a.PartnershipId == partnershipId).ToListAsync();
        var next = anniversaries.SelectMany(a => a.MilestonesFrom(from, 1)).OrderBy(m => m.Date).First();
        return (next.Years, next.Date);
    }

    public async Task<int> UserCountAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TwinningDb>().Users.CountAsync();
    }

    public async Task<bool> IsAdministratorAsync(string email)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.IsInRoleAsync(user, GlobalRoles.Administrator);
    }

    /// <summary>Creates a user the way the app does (<see cref="UserAccounts.CreateAsync"/>); fails loudly when Identity refuses.</summary>
    public async Task CreateUserAsync(string email, string displayName, string password, bool administrator, params Membership[] memberships)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await UserAccounts.CreateAsync(
            scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>(),
            email, displayName, password, administrator, memberships);
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not create the test user {email}: {string.Join("; ", result.Errors.Select(e => $"{e.Code}: {e.Description}"))}");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
