namespace Twinning.Extraction.Tests;

/// <summary>
/// The brief's shared folder (seeds, gold, score.py) lives beside the repository, not in it: found by
/// walking up from the test binaries. Tests that need it fail with a clear message when it is absent.
/// </summary>
internal static class SharedFolder
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "eval", "dev")) && Directory.Exists(Path.Combine(candidate, "seeds")))
                    return candidate;
            }
            throw new DirectoryNotFoundException(
                $"No 'shared' folder with eval/dev and seeds was found above {AppContext.BaseDirectory}. " +
                "The dev-set tests need the brief's shared folder (…/shared/seeds, …/shared/eval) next to the repository.");
        }
    }

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Gold => Path.Combine(Root, "eval", "dev");
    public static string Dev2 => Path.Combine(Root, "eval", "dev2");
    public static string ScorePy => Path.Combine(Root, "eval", "score.py");

    public static string Article(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Articles", name));
}
