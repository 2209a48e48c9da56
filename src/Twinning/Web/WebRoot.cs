namespace Twinning.Web;

/// <summary>
/// Where the styles and scripts are. `dotnet run` starts in the project folder, whose wwwroot is the
/// default; a published app may be started from anywhere (a service manager's working directory), so its
/// own folder's wwwroot is taken when the working directory has none — else pages come without styles.
/// </summary>
public static class WebRoot
{
    public static string? Find(string? workingDirectory = null, string? appDirectory = null)
    {
        if (Directory.Exists(Path.Combine(workingDirectory ?? Directory.GetCurrentDirectory(), "wwwroot"))) return null;
        var beside = Path.Combine(appDirectory ?? AppContext.BaseDirectory, "wwwroot");
        return Directory.Exists(beside) ? beside : null;
    }
}
