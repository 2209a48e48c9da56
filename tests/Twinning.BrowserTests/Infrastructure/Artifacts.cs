namespace Twinning.BrowserTests.Infrastructure;

/// <summary>
/// Where screenshots go: $TWINNING_ARTIFACTS, else &lt;repo&gt;/artifacts/browser (the repo being the
/// folder holding Twinning.slnx above the test binaries), else artifacts/browser beside the binaries.
/// </summary>
public static class Artifacts
{
    public const string Variable = "TWINNING_ARTIFACTS";

    /// <summary>A PNG smaller than this is a blank or broken capture, not a rendered page.</summary>
    public const long MinimumScreenshotBytes = 10 * 1024;

    public static string Folder { get; } = Resolve();

    private static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        var folder = !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.Combine(FindRepositoryRoot() ?? AppContext.BaseDirectory, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string? FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Twinning.slnx"))) return dir.FullName;
        return null;
    }

    /// <summary>Saves a full-page screenshot as &lt;name&gt;.png and checks that a real image was written.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        ShouldBeAScreenshot(path);
        return path;
    }

    /// <summary>Best effort, for a failing test: must never hide the failure itself.</summary>
    public static async Task FailureScreenshotAsync(IPage page, string name)
    {
        try { await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + "-failure.png"), FullPage = true }); }
        catch (Exception) { /* the test's own exception is the one to report */ }
    }

    public static void ShouldBeAScreenshot(string path)
    {
        File.Exists(path).ShouldBeTrue($"screenshot {path} was not written");
        var bytes = File.ReadAllBytes(path);
        ((long)bytes.Length).ShouldBeGreaterThan(MinimumScreenshotBytes, $"screenshot {path} is suspiciously small");
        bytes.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, $"{path} is not a PNG");
    }
}
