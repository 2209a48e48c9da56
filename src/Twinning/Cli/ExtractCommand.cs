using System.CommandLine;
using System.Text.Json;
using Twinning.Extraction;
using Twinning.Extraction.Evaluation;

namespace Twinning.Cli;

/// <summary>
/// `twinning extract FILE... [--out DIR] [--eval GOLD_DIR]`: runs the article extractor over files
/// (.txt, .html, .docx) and writes one JSON per input in the evaluation schema, named after the
/// input. With --eval, scores the predictions against gold files like shared/eval/score.py does.
/// Needs no database: it only reads and writes files.
/// </summary>
internal static class ExtractCommand
{
    public static Command Build()
    {
        var files = new Argument<string[]>("FILE") { Description = "Articles to read: .txt, .html/.htm or .docx.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "Folder for the JSON results (default: the current folder)." };
        var gold = new Option<string?>("--eval") { Description = "Folder of gold NNN.json files: print precision, recall and F1 per field." };
        var people = new Option<string?>("--people") { Description = "JSON list of known people [{\"id\",\"name\",\"aliases\",\"side\"}] to resolve names against." };
        var vocabulary = new Option<string[]>("--vocabulary") { Description = "Extra vocabulary JSON files (same shape as the built-in one)." };
        var command = new Command("extract", "Propose records (events, people, agreements, projects) from press articles.") { files, output, gold, people, vocabulary };
        command.SetAction(result => Run(
            result.GetValue(files)!.Select(f => new FileInfo(CallerPath(f))).ToArray(),
            result.GetValue(output) is { } o ? new DirectoryInfo(CallerPath(o)) : null,
            result.GetValue(gold) is { } g ? new DirectoryInfo(CallerPath(g)) : null,
            result.GetValue(people) is { } p ? new FileInfo(CallerPath(p)) : null,
            (result.GetValue(vocabulary) ?? []).Select(f => new FileInfo(CallerPath(f))).ToArray()));
        return command;
    }

    private static int Run(FileInfo[] files, DirectoryInfo? output, DirectoryInfo? gold, FileInfo? peopleFile, FileInfo[] vocabularyFiles)
    {
        ArticleExtractor extractor;
        try
        {
            extractor = new ArticleExtractor(new ExtractionOptions
            {
                People = peopleFile is null ? [] : ReadPeople(peopleFile),
                ExtraVocabularyFiles = vocabularyFiles.Select(f => f.FullName).ToList(),
            });
        }
        catch (Exception e) when (e is ArgumentException or IOException or JsonException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var outDir = output?.FullName ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(outDir);
        var failed = 0;
        foreach (var file in files)
        {
            try
            {
                var input = ArticleInput.FromStream(file.OpenRead(), file.Name);
                var extraction = extractor.Extract(input);
                // Named by the gold's id ("000_x.txt" → "000.json") so score.py pairs prediction and gold.
                var id = SchemaJson.IdFor(file.Name);
                var target = Path.Combine(outDir, id + ".json");
                File.WriteAllText(target, SchemaJson.ToJson(extraction, id, file.Name));
                Console.WriteLine($"{file.Name}: {extraction.Events.Count} events, {extraction.People.Count} people, {extraction.Agreements.Count} agreements, {extraction.Projects.Count} projects → {target}");
            }
            catch (ArticleRejectedException e)
            {
                failed++;
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
            }
            catch (IOException e)
            {
                failed++;
                Console.Error.WriteLine($"{file.Name}: cannot be read ({e.Message}).");
            }
        }

        if (gold is not null)
        {
            if (!gold.Exists)
            {
                Console.Error.WriteLine($"The gold folder {gold.FullName} does not exist.");
                return 2;
            }
            Console.Write(ExtractionScorer.Score(gold.FullName, outDir).ToTable());
        }
        return failed == 0 ? 0 : 1;
    }

    /// <summary>
    /// `dotnet run` starts the web project in its own folder, so a relative path typed in the shell
    /// is resolved against the shell's folder ($PWD) when there is one.
    /// </summary>
    private static string CallerPath(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var shell = Environment.GetEnvironmentVariable("PWD");
        return Path.GetFullPath(path, string.IsNullOrEmpty(shell) || !Directory.Exists(shell) ? Directory.GetCurrentDirectory() : shell);
    }

    private static List<LexiconPerson> ReadPeople(FileInfo file) =>
        JsonSerializer.Deserialize<List<LexiconPerson>>(File.ReadAllText(file.FullName), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new JsonException($"{file.Name} holds no list of people.");
}
