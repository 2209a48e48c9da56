namespace Twinning.Extraction;

/// <summary>A person the caller already knows (the app passes its people), so aliases resolve to ids.</summary>
public sealed record LexiconPerson(string Id, string Name, IReadOnlyList<string> Aliases, string? Side = null);

public sealed record ExtractionOptions
{
    public IReadOnlyList<LexiconPerson> People { get; init; } = [];
    /// <summary>Extra vocabulary JSON files (same shape as the embedded one), merged on top of it.</summary>
    public IReadOnlyList<string> ExtraVocabularyFiles { get; init; } = [];
    public long MaxInputBytes { get; init; } = InputLimits.DefaultMaxInputBytes;
    public int MaxTextChars { get; init; } = InputLimits.DefaultMaxTextChars;
    public long MaxDocxUncompressedBytes { get; init; } = InputLimits.DefaultMaxDocxUncompressedBytes;
    /// <summary>Most elements a web page may hold; more is refused before it is parsed.</summary>
    public int MaxHtmlElements { get; init; } = InputLimits.DefaultMaxHtmlElements;
    /// <summary>Most attributes a web page may hold in all (and a sixtieth of that on one element).</summary>
    public int MaxHtmlAttributes { get; init; } = InputLimits.DefaultMaxHtmlAttributes;
    /// <summary>Longest one article may take; beyond it the article is refused as too complex.</summary>
    public TimeSpan TimeBudget { get; init; } = InputLimits.DefaultTimeBudget;
}
