using System.Text;

namespace Twinning.Extraction.Text;

/// <summary>
/// A matching key for one Vietnamese word that keeps its letters and tone but not where the tone mark
/// sits: "hoà" and "hòa", "Uỷ" and "Ủy" give the same key, while "thăm" (visit), "tham" (take part)
/// and "thắm" stay apart — removing all diacritics would merge them.
/// </summary>
public static class ToneKey
{
    public static string Of(ReadOnlySpan<char> word)
    {
        var ascii = true;
        foreach (var c in word)
            if (c > 0x7F) { ascii = false; break; }
        if (ascii)
        {
            Span<char> lower = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            return new string(lower);
        }

        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length + 1);
        var tone = '\0';
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case '\u0300': tone = '2'; break; // huyền
                case '\u0301': tone = '1'; break; // sắc
                case '\u0303': tone = '4'; break; // ngã
                case '\u0309': tone = '3'; break; // hỏi
                case '\u0323': tone = '5'; break; // nặng
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }
        var key = sb.ToString().Normalize(NormalizationForm.FormC);
        return tone == '\0' ? key : key + tone;
    }

    /// <summary>Keys of every word of a phrase, for vocabulary matching.</summary>
    public static string[] OfPhrase(string phrase) =>
        Tokenizer.Tokenize(phrase).Where(t => t.Kind != TokenKind.Space).Select(t => t.Key).ToArray();
}
