using Twinning.Extraction.Text;

namespace Twinning.Extraction.Rules;

/// <summary>
/// A cooperation document ("Biên bản ghi nhớ…", "Thỏa thuận hợp tác…") with its period ("giai đoạn
/// 2022 - 2025") within the same sentence, or with no period but signed in a sentence that is a
/// signing event. The title is taken as written, from the document noun to the end of the period.
/// </summary>
internal sealed class AgreementFinder(ArticleDocument doc, IReadOnlyList<EventFound> events)
{
    public List<ExtractedAgreement> Find()
    {
        var v = doc.Vocabulary;
        var tokens = doc.Tokens;
        var found = new List<ExtractedAgreement>();
        var signings = new Dictionary<Sentence, EventFound>();
        foreach (var e in events)
            if (e.Kind == EventKind.Signing) signings.TryAdd(e.Sentence, e);
        foreach (var sentence in doc.Sentences)
        {
            var signing = signings.GetValueOrDefault(sentence);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!v.DocumentNouns.TryMatch(tokens, i, out var nounLen, out _)) continue;
                int? startYear = null, endYear = null;
                var end = i + nounLen;
                for (var j = i + nounLen; j + 2 < sentence.EndToken && j < i + 60; j++)
                {
                    if (j > i + nounLen && v.DocumentNouns.Matches(tokens, j) && char.IsUpper(tokens[j].Text[0])) break;
                    if (tokens[j].Text is ";") break;
                    if (IsYear(tokens[j]) && tokens[j + 1].Text is "-" or "–" or "—" && IsYear(tokens[j + 2]))
                    {
                        startYear = int.Parse(tokens[j].Text);
                        endYear = int.Parse(tokens[j + 2].Text);
                        end = j + 3;
                        break;
                    }
                }
                var signedHere = signing is not null && SignedInSentence(i, sentence);
                if (startYear is null && !signedHere) { i += nounLen - 1; continue; }
                if (startYear is null)
                {
                    // Without a period the title runs to the end of the noun phrase.
                    end = i + nounLen;
                    while (end < sentence.EndToken && tokens[end].Kind == TokenKind.Word && !v.ProjectStopWords.Matches(tokens, end) && end < i + nounLen + 3) end++;
                    if (i > 0 && v.GenericQuantifiers.Matches(tokens, i - 1)) i--;
                }
                var agreement = new ExtractedAgreement(doc.Slice(i, end), startYear, endYear, signedHere ? signing!.Date : null, doc.SpanOf(i, end));
                if (!found.Any(f => Same(f, agreement))) found.Add(agreement);
                i = end - 1;
            }
        }
        return found;
    }

    private bool SignedInSentence(int nounToken, Sentence sentence)
    {
        var sign = ToneKey.Of("ký");
        for (var k = Math.Max(sentence.FirstToken, nounToken - 4); k < nounToken; k++)
            if (doc.Tokens[k].Key == sign) return true;
        return false;
    }

    private static bool IsYear(Token t) => t.Kind == TokenKind.Number && t.Length == 4 && t.Text[0] is '1' or '2';

    private static bool Same(ExtractedAgreement a, ExtractedAgreement b) =>
        a.StartYear is not null ? a.StartYear == b.StartYear && a.EndYear == b.EndYear
        : b.StartYear is null && a.Signed?.Date == b.Signed?.Date;
}
