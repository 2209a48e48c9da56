using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twinning.Data.Seeding;

/// <summary>Reads a dataset file and the source texts it names, failing with every problem listed.</summary>
public static class SeedFile
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>The bundled Hanoi–Vientiane dataset, copied next to the executable.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "SeedData", "hanoi-vientiane.json");

    public static SeedDocument Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<SeedDocument>(stream, JsonOptions)
                ?? throw new SeedDataException($"{path}: the file is empty.");
        }
        catch (JsonException e)
        {
            throw new SeedDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Loads a source's text from its file (relative to the dataset file), in NFC as stored text must be.</summary>
    public static string ReadSourceText(string datasetPath, SeedSource source)
    {
        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(datasetPath))!;
        var full = Path.GetFullPath(Path.Combine(baseDirectory, source.File));
        if (!full.StartsWith(baseDirectory, StringComparison.Ordinal))
            throw new SeedDataException($"Source {source.Id}: file '{source.File}' lies outside the dataset folder.");
        if (!File.Exists(full))
            throw new SeedDataException($"Source {source.Id}: file '{source.File}' does not exist.");
        return File.ReadAllText(full, Encoding.UTF8).Normalize(NormalizationForm.FormC);
    }
}

public sealed class SeedDataException(string message, Exception? inner = null) : Exception(message, inner);
