namespace Twinning.BrowserTests.Infrastructure;

/// <summary>
/// The browser is the system's Chromium (Debian: apt-get install chromium), never one Playwright
/// downloads: test machines have no access to Playwright's browser CDN.
/// </summary>
public static class SystemChromium
{
    public const string Variable = "TWINNING_CHROMIUM";
    public const string DefaultPath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>The executable to launch; fails (never skips) when there is none, as CI must run these tests.</summary>
    public static string ExecutablePath()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultPath : configured;
        if (!File.Exists(path))
            throw new InvalidOperationException(
                $"No Chromium at {path}. The browser tests launch the system's Chromium and cannot run without it: " +
                $"install it (Debian/Ubuntu: apt-get install chromium fonts-noto-core fonts-lao) or set {Variable} " +
                "to the path of a Chromium or Chrome executable.");
        return path;
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath(),
            Headless = true,
            Args = Arguments,
        });
}
