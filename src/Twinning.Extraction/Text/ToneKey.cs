using System.Text;

namespace Twinning.Extraction.Text;

/// <summary>
/// A matching key for one Vietnamese word that keeps its letters and tone but not where the tone mark
/// sits: "hoà" and "hòa", "Uỷ" and "Ủy" give the same key, while "thăm" (visit), "tham" (take part)
/// and "thắm" stay apart — removing all diacritics would merge them. The key is the word lowercased
/// with its tone mark removed and the tone appended as a digit ("hòa" → "hoa2").
/// </summary>
public static class ToneKey
{
    // Per precomposed letter: the letter without its tone (lowercase) and the tone digit. Built once from
    // Unicode decompositions, so matching needs no normalisation call per word (the text is NFC).
    private static readonly char[] BaseOf = new char[0x1F00];
    private static readonly char[] ToneOf = new char[0x1F00];

    static ToneKey()
    {
        for (var c = 0x80; c < 0x1F00; c++)
        {
            var ch = (char)c;
            if (!char.IsLetter(ch)) continue;
            var parts = ch.ToString().Normalize(NormalizationForm.FormD);
            var tone = '\0';
            var rest = new StringBuilder();
            foreach (var p in parts)
            {
                var t = ToneDigit(p);
                if (t != '\0') tone = t; else rest.Append(p);
            }
            var baseChar = rest.ToString().Normalize(NormalizationForm.FormC);
            if (baseChar.Length != 1) continue;
            BaseOf[c] = char.ToLowerInvariant(baseChar[0]);
            ToneOf[c] = tone;
        }
    }

    private static char ToneDigit(char c) => c switch
    {
        '\u0300' => '2', // huyền
        '\u0301' => '1', // sắc
        '\u0303' => '4', // ngã
        '\u0309' => '3', // hỏi
        '\u0323' => '5', // nặng
        _ => '\0',
    };

    public static string Of(ReadOnlySpan<char> word)
    {
        // Decomposed input (rare: the cleaner yields NFC) is composed first so the table applies.
        foreach (var c in word)
            if (c is >= '\u0300' and <= '\u036F' && ToneDigit(c) == '\0' || c is '\u0302' or '\u0306' or '\u031B')
            {
                var composed = word.ToString().Normalize(NormalizationForm.FormC);
                if (composed.Length != word.Length || !composed.AsSpan().SequenceEqual(word)) return Of(composed.AsSpan());
                break;
            }

        Span<char> buffer = word.Length < 120 ? stackalloc char[word.Length + 1] : new char[word.Length + 1];
        var n = 0;
        var tone = '\0';
        foreach (var c in word)
        {
            if (c < 0x80)
            {
                buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                continue;
            }
            var t = ToneDigit(c);
            if (t != '\0') { tone = t; continue; } // a separate combining tone mark
            if (c < BaseOf.Length && BaseOf[c] != '\0')
            {
                buffer[n++] = BaseOf[c];
                if (ToneOf[c] != '\0') tone = ToneOf[c];
                continue;
            }
            buffer[n++] = char.ToLowerInvariant(c);
        }
        if (tone != '\0') buffer[n++] = tone;
        return new string(buffer[..n]);
    }

    /// <summary>Keys of every word of a phrase, for vocabulary matching.</summary>
    public static string[] OfPhrase(string phrase) =>
        Tokenizer.Tokenize(phrase).Where(t => t.Kind != TokenKind.Space).Select(t => t.Key).ToArray();
}
