using System.Text;
using System.Text.RegularExpressions;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Text;

/// <summary>
/// Keeps the article and drops the page around it: related-news lists and everything after them,
/// media-player remnants, login and comment prompts, image alt texts, repeated captions, photo
/// credits and the closing byline. Also NFC-normalises and tidies whitespace. The result is the
/// text all offsets refer to.
/// </summary>
internal static partial class ArticleCleaner
{
    [GeneratedRegex(@"^\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?$")]
    private static partial Regex MediaTime();

    [GeneratedRegex(@"\s+ảnh\s+\d+$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageAltSuffix();

    [GeneratedRegex(@"^\[[^\]]{3,300}\]$")]
    private static partial Regex BracketedLink();

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000\f\v]+")]
    private static partial Regex Spaces();

    public static string Clean(string raw, ExtractionVocabulary vocabulary)
    {
        var text = raw.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);

        var kept = new List<string>();
        var contentChars = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = Spaces().Replace(StripControls(rawLine), " ").Trim();
            if (line.Length == 0) continue;

            if (contentChars > 200 && IsBoilerplateStart(line, vocabulary)) break;
            if (IsNoise(line, vocabulary)) continue;

            line = StripCredit(line, vocabulary);
            if (line.Length == 0) continue;
            if (kept.Count > 0 && kept[^1] == line) continue; // a caption printed twice
            kept.Add(line);
            contentChars += line.Length;
        }
        while (kept.Count > 1 && IsByline(kept[^1])) kept.RemoveAt(kept.Count - 1);
        return string.Join("\n", kept);
    }

    private static string StripControls(string line)
    {
        if (!line.Any(c => char.IsControl(c) && c != '\t')) return line;
        return new string(line.Where(c => !char.IsControl(c) || c == '\t').ToArray());
    }

    private static bool IsBoilerplateStart(string line, ExtractionVocabulary vocabulary)
    {
        foreach (var prefix in vocabulary.Data.BoilerplateLinePrefixes)
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return true;
        if (line.Length > 60) return false;
        var key = string.Join(' ', ToneKey.OfPhrase(line.TrimEnd(':', '.', ' ')));
        return vocabulary.BoilerplateHeadingKeys.Contains(key);
    }

    private static bool IsNoise(string line, ExtractionVocabulary vocabulary)
    {
        if (MediaTime().IsMatch(line) || BracketedLink().IsMatch(line) || ImageAltSuffix().IsMatch(line)) return true;
        if (line.Length < 100)
            foreach (var noise in vocabulary.Data.NoiseLinePatterns)
                if (line.StartsWith(noise, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"… Ảnh: Trịnh Dũng" / "(Ảnh: Văn Điệp/TTXVN)": the credit names a photographer, not an actor.</summary>
    private static string StripCredit(string line, ExtractionVocabulary vocabulary)
    {
        foreach (var marker in vocabulary.Data.CreditMarkers)
        {
            var at = line.LastIndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at < 0 || line.Length - at > 80) continue;
            var cut = at;
            if (cut > 0 && line[cut - 1] == '(') cut--;
            var tail = line[at..];
            if (line[cut] == '(' && !tail.Contains(')')) continue;
            if (line[cut] != '(' && tail.Contains('.') && tail.TrimEnd('.').Contains('.')) continue;
            return line[..cut].TrimEnd(' ', '.', ',', '-', '–') + (line[..cut].TrimEnd().EndsWith('.') ? "." : "");
        }
        return line;
    }

    /// <summary>A closing line of two to five capitalised words with no sentence punctuation: the author.</summary>
    private static bool IsByline(string line)
    {
        if (line.Length > 50 || line.Any(char.IsDigit)) return false;
        var words = line.Trim('(', ')', '.', ' ').Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 6) return false;
        if (line.TrimEnd().EndsWith('.') && words.Length > 4) return false;
        return words.All(w => char.IsUpper(w[0]) || w is "và" or "theo");
    }
}
