using System.Globalization;
using System.Text;

namespace Twinning.Extraction.Text;

/// <summary>
/// Builds the keys text is matched by: case, diacritics, tone-mark placement (hoà = hòa) and đ are
/// folded for Latin script; Lao keeps its vowels and tones (stripping them destroys the word) but
/// folds spelling variants that no Unicode normalisation unifies. Stored text is never changed.
/// </summary>
public static class TextFolding
{
    private const char LaoFirst = '\u0E80';
    private const char LaoLast = '\u0EFF';

    /// <summary>Folded search key: words separated by single spaces.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";

        // NFKC first: it unifies the Lao compatibility letters (ໜ = ຫນ, ຳ = ໍ + າ).
        var decomposed = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (c is '\u200B' or '\u200C' or '\u200D') continue; // Lao line-break hints: display only
            var isLao = c is >= LaoFirst and <= LaoLast;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark && !isLao) continue; // Latin diacritics and tone marks
            if (char.IsLetterOrDigit(c) || isLao)
            {
                if (pendingSpace && key.Length > 0) key.Append(' ');
                pendingSpace = false;
                key.Append(FoldLetter(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return FoldLaoSpelling(key.ToString().Normalize(NormalizationForm.FormC));
    }

    private static char FoldLetter(char c) => c switch
    {
        'đ' or 'Đ' => 'd', // no Unicode decomposition: must be mapped explicitly
        'ð' or 'Ð' => 'd',
        >= '\u0ED0' and <= '\u0ED9' => (char)('0' + (c - '\u0ED0')), // Lao digits
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>ຫລ (full lo) is written for ຫຼ (subscript lo) by some outlets; treat them as one.</summary>
    private static string FoldLaoSpelling(string key) =>
        key.Contains('\u0EA5') ? key.Replace("\u0EAB\u0EA5", "\u0EAB\u0EBC") : key;

    /// <summary>
    /// A consonant skeleton of romanised names, so variant transliterations of Lao names meet
    /// ("Thongluon Sinsoulith" and "Thongloun Sisoulith" both give "tngln slt"). Too coarse for
    /// Vietnamese names, so search uses it only when the folded key finds nothing.
    /// </summary>
    public static string Phonetic(string? text)
    {
        var folded = Fold(text);
        if (folded.Length == 0) return "";
        var words = folded.Split(' ').Select(PhoneticWord).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    private static string PhoneticWord(string word)
    {
        if (word.Any(c => c is >= LaoFirst and <= LaoLast)) return word;
        var w = word.Replace("ph", "f").Replace("kh", "k").Replace("th", "t").Replace('x', 's').Replace('b', 'p')
            .Replace('w', 'v').Replace('c', 'k').Replace('q', 'k');
        var skeleton = new StringBuilder(w.Length);
        for (var i = 0; i < w.Length; i++)
        {
            var c = w[i];
            if (i > 0 && "aeiouyh".Contains(c)) continue;
            var next = NextConsonant(w, i);
            // A nasal before another consonant is often dropped in transliteration ("Sinsoulith"/"Sisoulith").
            if (c is 'n' or 'm' && i > 0 && next is not null and not 'g' && next != c) continue;
            if (skeleton.Length > 0 && skeleton[^1] == c) continue;
            skeleton.Append(c);
        }
        return skeleton.ToString();
    }

    private static char? NextConsonant(string w, int i)
    {
        for (var j = i + 1; j < w.Length; j++)
            if (!"aeiouyh".Contains(w[j])) return w[j];
        return null;
    }
}
