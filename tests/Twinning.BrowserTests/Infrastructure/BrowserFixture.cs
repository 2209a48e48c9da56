using Microsoft.Extensions.DependencyInjection;
using Twinning.Features.Accounts;

namespace Twinning.BrowserTests.Infrastructure;

/// <summary>
/// One app host (its own fresh database) and one Chromium, shared by the tests of a collection;
/// each test opens its own context (own cookies).
/// </summary>
public abstract class AppAndBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public TwinningAppHost App { get; }

    protected AppAndBrowserFixture(bool loadDataset = true) => App = new TwinningAppHost(loadDataset);
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var chromium = SystemChromium.ExecutablePath(); // fail before spending time on the app
        await Task.Run(App.Start);
        await PrepareAsync();
        _playwright = await Playwright.CreateAsync();
        try
        {
            Browser = await SystemChromium.LaunchAsync(_playwright);
        }
        catch (PlaywrightException e)
        {
            throw new InvalidOperationException($"Chromium at {chromium} would not start: {e.Message}", e);
        }
    }

    /// <summary>What the app needs beyond a fresh install (users…), once it runs.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>A fresh browser context (no cookies: the app starts in Vietnamese) pointed at the app.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900, bool mobile = false) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = mobile,
            HasTouch = mobile,
            DeviceScaleFactor = mobile ? 2 : 1,
            // The app ignores the browser's language (Vietnamese until the reader switches); an English browser proves it.
            Locale = "en-US",
        });

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The app with the bundled dataset and one Viewer of its partnership, who signs in at the start of each test.</summary>
public sealed class BrowserFixture : AppAndBrowserFixture
{
    public string ViewerEmail => "nguoi.doc@example.org";
    public string ViewerName => "Người Đọc Thử";
    public string ViewerPassword => "đọc hồ sơ kết nghĩa 2024";

    /// <summary>The one partnership of the dataset (Hà Nội – Viêng Chăn).</summary>
    public int PartnershipId { get; private set; }

    protected override async Task PrepareAsync()
    {
        PartnershipId = await App.SinglePartnershipIdAsync();
        await App.CreateUserAsync(ViewerEmail, ViewerName, ViewerPassword, administrator: false,
            new Membership { PartnershipId = PartnershipId, Role = PartnershipRole.Viewer });
    }

    /// <summary>Signs the Viewer in through the sign-in form.</summary>
    public Task SignInAsViewerAsync(IPage page) => Accounts.SignInAsync(page, ViewerEmail, ViewerPassword);
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>A fresh install nobody has set up: the dataset is there, no user exists yet.</summary>
public sealed class FirstRunFixture : AppAndBrowserFixture
{
    protected override async Task PrepareAsync()
    {
        var users = await App.UserCountAsync();
        if (users != 0) throw new InvalidOperationException($"A fresh install should have no users, this one has {users}.");
    }
}

/// <summary>
/// A fresh install with one partnership and nothing recorded yet, and one Editor of its Hanoi side:
/// what an imported article proposes is all new there.
/// </summary>
public sealed class EmptyPartnershipFixture() : AppAndBrowserFixture(loadDataset: false)
{
    public string EditorEmail => "bien.tap.nhap@hanoi.example.org";
    public string EditorPassword => "nhập bài báo kết nghĩa 2026";
    public int PartnershipId { get; private set; }

    protected override async Task PrepareAsync()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Twinning.Data.TwinningDb>();
            var partnership = new Twinning.Features.Partnerships.Partnership
            {
                Name = new("Hà Nội – Viêng Chăn", "Hanoi – Vientiane"), CityAName = new("Hà Nội", "Hanoi"), CityACountry = "VN",
                CityBName = new("Viêng Chăn", "Vientiane"), CityBCountry = "LA",
            };
            db.Partnerships.Add(partnership);
            await db.SaveChangesAsync();
            PartnershipId = partnership.Id;
        }
        await App.CreateUserAsync(EditorEmail, "Biên Tập Viên Nhập Bài", EditorPassword, administrator: false,
            new Membership { PartnershipId = PartnershipId, Role = PartnershipRole.Editor, Side = "VN" });
    }
}
