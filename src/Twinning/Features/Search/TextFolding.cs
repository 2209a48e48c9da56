using System.Text;

namespace Twinning.Features.Search;

/// <summary>
/// The app's name for the search keys. The folding itself lives in Twinning.Extraction, because the
/// article extractor must match names and aliases exactly the way search does; the search index folds
/// Lao further (<see cref="ForIndex"/>), which the extractor must not.
/// </summary>
public static class TextFolding
{
    private const char LaoFirst = '\u0E80';
    private const char LaoLast = '\u0EFF';

    /// <inheritdoc cref="Twinning.Extraction.Text.TextFolding.Fold"/>
    public static string Fold(string? text) => Twinning.Extraction.Text.TextFolding.Fold(text);

    /// <inheritdoc cref="Twinning.Extraction.Text.TextFolding.Phonetic"/>
    public static string Phonetic(string? text) => Twinning.Extraction.Text.TextFolding.Phonetic(text);

    /// <summary>
    /// The key the search index stores and the query is matched by: <see cref="Fold"/>, then Lao folded as
    /// Vietnamese accents are. Lao is written without spaces between words, so spaces between Lao letters go
    /// (a query matches anywhere in a run, "ວຽງຈັນ" inside "ນະຄອນຫຼວງວຽງຈັນ"); tone marks go (ນ້ຳ = ນຳ, as
    /// hòa = hoa), and the order in which a writer typed the signs above and below a letter no longer counts.
    /// Only the index uses this: display and the extractor keep the tones, which Lao readers need.
    /// </summary>
    public static string ForIndex(string? text)
    {
        var folded = Fold(text);
        if (!folded.Any(IsLao)) return folded;
        var key = new StringBuilder(folded.Length);
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (IsLaoToneMark(c)) continue;
            if (c == ' ' && key.Length > 0 && IsLao(key[^1]) && i + 1 < folded.Length && IsLao(folded[i + 1])) continue;
            key.Append(c switch
            {
                '\u0EC3' => '\u0EC4', // ໃ and ໄ (both "ai") are confused in writing and transliteration
                _ => c,
            });
        }
        return SortLaoMarks(key.ToString().Replace("\u0EC0\u0EC0", "\u0EC1") // ເເ typed for ແ
            .Replace("\u0EB2\u0ECD", "\u0ECD\u0EB2")); // າໍ typed for ຳ (which NFKC made ໍາ)
    }

    private static bool IsLao(char c) => c is >= LaoFirst and <= LaoLast;

    /// <summary>The four tone marks and the cancellation mark.</summary>
    private static bool IsLaoToneMark(char c) => c is >= '\u0EC8' and <= '\u0ECC';

    /// <summary>Vowel signs stacked on one letter in either typed order become one order.</summary>
    private static string SortLaoMarks(string key)
    {
        var chars = key.ToCharArray();
        for (var start = 0; start < chars.Length; start++)
        {
            var end = start;
            while (end < chars.Length && IsLaoCombining(chars[end])) end++;
            if (end - start > 1) Array.Sort(chars, start, end - start);
            start = end;
        }
        return new string(chars);
    }

    private static bool IsLaoCombining(char c) =>
        IsLao(c) && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
