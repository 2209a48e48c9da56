using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twinning.Tests.SeedData;

/// <summary>
/// The hand-made gold annotations of the seed articles (../shared/eval/dev beside the repository).
/// The dataset is checked against them; the code never reads them.
/// </summary>
public static class GoldAnnotations
{
    public sealed record Event(string Kind, string Date, [property: JsonPropertyName("end_date")] string? EndDate, string? Place, List<string> Participants);
    public sealed record Person(string Name, List<string> Aliases, string Side, List<string> Titles);
    public sealed record Agreement(string Title, [property: JsonPropertyName("start_year")] int? StartYear, [property: JsonPropertyName("end_year")] int? EndYear, string? Signed);
    public sealed record Project(string Name, string? Funder, string Status);
    public sealed record Article(string Id, string? Published, List<Event> Events, List<Person> People, List<Agreement> Agreements, List<Project> Projects);

    public static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Twinning.slnx")))
                directory = directory.Parent;
            var folder = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "eval", "dev");
            if (folder is null || !Directory.Exists(folder))
                throw new InvalidOperationException("The gold annotations (../shared/eval/dev beside the repository) are missing; the dataset cannot be checked without them.");
            return Path.GetFullPath(folder);
        }
    }

    public static IReadOnlyList<Article> All { get; } = Load();

    private static List<Article> Load()
    {
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        return Directory.EnumerateFiles(Folder, "*.json").Order()
            .Select(f => JsonSerializer.Deserialize<Article>(File.ReadAllText(f), options)!)
            .ToList();
    }

    public static TheoryData<string, string> People() =>
        new(All.SelectMany(a => a.People.Select(p => (a.Id, p.Name))).Distinct());

    public static TheoryData<string, int> Events() =>
        new(All.SelectMany(a => a.Events.Select((_, i) => (a.Id, i))));

    public static TheoryData<string, int> Agreements() =>
        new(All.SelectMany(a => a.Agreements.Select((_, i) => (a.Id, i))));

    public static TheoryData<string, int> Projects() =>
        new(All.SelectMany(a => a.Projects.Select((_, i) => (a.Id, i))));

    public static Article Get(string id) => All.Single(a => a.Id == id);
}
