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
            SignedCooperation(sentence, signing, found);
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (!v.DocumentNouns.TryMatch(tokens, i, out var nounLen, out _)) continue;
                int? startYear = null, endYear = null;
                var end = i + nounLen;
                for (var j = i + nounLen; j + 2 < sentence.EndToken && j < i + 60; j++)
                {
                    if (j > i + nounLen && v.DocumentNouns.Matches(tokens, j) && char.IsUpper(tokens[j].Text[0])) break;
                    if (tokens[j].Text is ";") break;
                    if (IsYear(tokens[j]) && tokens[j + 1].Key == "-" && IsYear(tokens[j + 2]))
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
                    while (end < sentence.EndToken && tokens[end].Kind is TokenKind.Word or TokenKind.Number && !v.ProjectStopWords.Matches(tokens, end) && end < i + nounLen + 14) end++;
                    if (i > 0 && v.GenericQuantifiers.Matches(tokens, i - 1)) i--;
                }
                var agreement = new ExtractedAgreement(doc.Slice(i, end), startYear, endYear, signedHere ? signing!.Date : null, doc.SpanOf(i, end));
                var same = found.FindIndex(f => Same(f, agreement));
                if (same < 0) found.Add(agreement);
                // The headline names it, the body tells its signing: keep the mention that carries the date.
                else if (found[same].Signed is null && agreement.Signed is not null) found[same] = agreement;
                i = end - 1;
            }
        }
        return found;
    }

    /// <summary>"ký Biên bản …", "trao Thỏa thuận …", or after it: "Biên bản hội đàm ký ngày …", "Bản ghi nhớ … giai đoạn 2021 - 2025 được ký ngày …".</summary>
    private bool SignedInSentence(int nounToken, Sentence sentence)
    {
        for (var k = Math.Max(sentence.FirstToken, nounToken - 4); k < Math.Min(sentence.EndToken, nounToken + 14); k++)
            if (doc.Tokens[k].Key == Sign || (k < nounToken && doc.Tokens[k].Key == Hand)) return true;
        return false;
    }

    private static readonly string Hand = ToneKey.Of("trao");
    private static readonly string Sign = ToneKey.Of("ký"), Cooperate = ToneKey.Of("hợp"), Period = ToneKey.Of("giai");

    /// <summary>
    /// "đã ký kết hợp tác giai đoạn 2021 - 2025": signing cooperation for a period is an agreement even
    /// when no document noun is written. The title runs from the verb to the end of the period.
    /// </summary>
    private void SignedCooperation(Sentence sentence, EventFound? signing, List<ExtractedAgreement> found)
    {
        var v = doc.Vocabulary;
        var tokens = doc.Tokens;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            if (tokens[i].Key != Sign || i + 1 >= sentence.EndToken || tokens[i + 1].Key != Cooperate && !(tokens[i + 1].Key == ToneKey.Of("kết") && i + 2 < sentence.EndToken && tokens[i + 2].Key == Cooperate)) continue;
            for (var j = i + 1; j + 3 < sentence.EndToken && j < i + 16; j++)
            {
                if (tokens[j].Key != Period || !IsYear(tokens[j + 1 + (tokens[j + 1].Key == ToneKey.Of("đoạn") ? 1 : 0)])) continue;
                var y = j + (tokens[j + 1].Key == ToneKey.Of("đoạn") ? 2 : 1);
                if (y + 2 >= sentence.EndToken || tokens[y + 1].Key != "-" || !IsYear(tokens[y + 2])) break;
                var purpose = false;
                for (var p = Math.Max(sentence.FirstToken, i - 5); p < i; p++) purpose |= v.PurposeMarkers.Matches(tokens, p);
                var agreement = new ExtractedAgreement(doc.Slice(i, y + 3), int.Parse(tokens[y].Text), int.Parse(tokens[y + 2].Text),
                    !purpose && signing is not null ? signing.Date : null, doc.SpanOf(i, y + 3));
                if (!found.Any(f => Same(f, agreement))) found.Add(agreement);
                break;
            }
        }
    }

    private static bool IsYear(Token t) => t.Kind == TokenKind.Number && t.Length == 4 && t.Text[0] is '1' or '2';

    private static bool Same(ExtractedAgreement a, ExtractedAgreement b) =>
        a.StartYear is not null ? a.StartYear == b.StartYear && a.EndYear == b.EndYear
        : b.StartYear is null && a.Signed?.Date == b.Signed?.Date;
}
