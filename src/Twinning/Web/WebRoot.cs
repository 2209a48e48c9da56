namespace Twinning.Web;

/// <summary>
/// Where the app's own files are. `dotnet run` starts in the project folder, which holds appsettings.json and
/// wwwroot, the defaults. A published app may be started from anywhere (a service manager's working
/// directory): then its own folder is taken — else it runs without its settings and serves pages without styles.
/// </summary>
public static class WebRoot
{
    /// <summary>The content root (settings), or null for the working directory.</summary>
    public static string? ContentRoot(string? workingDirectory = null, string? appDirectory = null) =>
        File.Exists(Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), "appsettings.json"))
        || !File.Exists(Path.Combine(appDirectory ?? AppContext.BaseDirectory, "appsettings.json"))
            ? null
            : appDirectory ?? AppContext.BaseDirectory;

    /// <summary>The web root (styles, scripts), or null for the content root's wwwroot.</summary>
    public static string? Find(string? workingDirectory = null, string? appDirectory = null)
    {
        if (Directory.Exists(Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), "wwwroot"))) return null;
        var beside = Path.Combine(appDirectory ?? AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(beside) ? beside : null;
    }
}
