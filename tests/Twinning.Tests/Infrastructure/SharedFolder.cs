namespace Twinning.Tests.Infrastructure;

/// <summary>
/// The brief's shared folder (seed articles, gold data), a sibling of the repository: found by walking up
/// from the test binaries, so it works from any clone location that keeps ../shared next to the repo.
/// </summary>
public static class SharedFolder
{
    public static string Path(string child)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", child);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"No shared/{child} folder above {AppContext.BaseDirectory}: the tests need the brief's shared folder next to the repository.");
    }
}
