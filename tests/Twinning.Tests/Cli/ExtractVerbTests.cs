using System.Diagnostics;
using System.Text.Json;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Cli;

/// <summary>
/// `twinning extract` run as a person runs it: the built executable in its own process, on the seed
/// articles, writing one JSON per article and scoring them against the gold files.
/// </summary>
public sealed class ExtractVerbTests
{
    private static Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        TwinningProcess.RunAsync(args, TimeSpan.FromMinutes(3));

    [Fact]
    public async Task Extract_writes_one_schema_json_per_article_and_scores_them_against_the_gold()
    {
        var seeds = Directory.GetFiles(SharedFolder.Path("seeds"), "*.txt").Order().ToArray();
        var output = Directory.CreateTempSubdirectory("twinning-extract-").FullName;
        try
        {
            var (exit, stdout, stderr) = await RunAsync(["extract", .. seeds, "--out", output, "--eval", SharedFolder.Path(Path.Combine("eval", "dev"))]);
            exit.ShouldBe(0, stderr);
            foreach (var seed in seeds)
            {
                var id = Path.GetFileName(seed)[..3];
                using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, id + ".json"), TestContext.Current.CancellationToken));
                json.RootElement.GetProperty("id").GetString().ShouldBe(id);
                foreach (var field in new[] { "events", "people", "agreements", "projects" })
                    json.RootElement.GetProperty(field).ValueKind.ShouldBe(JsonValueKind.Array);
            }
            // The score table ends with the mean F1, as score.py prints it.
            var mean = stdout.Split('\n').Single(l => l.StartsWith("mean F1", StringComparison.Ordinal));
            double.Parse(mean.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThanOrEqualTo(0.90);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_an_article_is_named_with_the_reason_and_the_exit_code_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("twinning-extract-").FullName;
        try
        {
            var binary = Path.Combine(folder, "photo.txt");
            await File.WriteAllBytesAsync(binary, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 0, 1, 2, 3], TestContext.Current.CancellationToken);
            var (exit, _, stderr) = await RunAsync("extract", binary, "--out", folder);
            exit.ShouldNotBe(0);
            stderr.ShouldContain("photo.txt");
            File.Exists(Path.Combine(folder, "photo.json")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
