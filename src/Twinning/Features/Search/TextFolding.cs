namespace Twinning.Features.Search;

/// <summary>
/// The app's name for the search keys. The folding itself lives in Twinning.Extraction, because the
/// article extractor must match names and aliases exactly the way search does.
/// </summary>
public static class TextFolding
{
    /// <inheritdoc cref="Twinning.Extraction.Text.TextFolding.Fold"/>
    public static string Fold(string? text) => Twinning.Extraction.Text.TextFolding.Fold(text);

    /// <inheritdoc cref="Twinning.Extraction.Text.TextFolding.Phonetic"/>
    public static string Phonetic(string? text) => Twinning.Extraction.Text.TextFolding.Phonetic(text);
}
