namespace Twinning.BrowserTests.Infrastructure;

/// <summary>One app host and one Chromium for all browser tests; each test opens its own context (own cookies).</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public TwinningAppHost App { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var chromium = SystemChromium.ExecutablePath(); // fail before spending time on the app
        await Task.Run(App.Start);
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

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
