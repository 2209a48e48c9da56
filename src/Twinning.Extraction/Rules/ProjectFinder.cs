using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Rules;

/// <summary>
/// Concrete works and programmes: a project noun with a specific name ("dự án trụ sở Sở Tư pháp …",
/// not "nhiều dự án hiệu quả"), the items listed after "như" once the sentence has spoken of works,
/// the object of an inauguration or ground-breaking, and donations with a quantity ("tặng … 20 bộ
/// máy tính"). "X của A tại B và của B tại A" names two works.
/// </summary>
internal sealed class ProjectFinder(ArticleDocument doc)
{
    private readonly ExtractionVocabulary v = doc.Vocabulary;
    private readonly List<Token> tokens = doc.Tokens;
    private static readonly string And = ToneKey.Of("và"), Of = ToneKey.Of("của"), Too = ToneKey.Of("cũng"),
        Inaugurate = ToneKey.Of("khánh"), Break = ToneKey.Of("khởi"), House = ToneKey.Of("nhà"),
        Hand = ToneKey.Of("bàn"), One = ToneKey.Of("một");

    public List<ExtractedProject> Find()
    {
        var found = new List<(int Start, int End, string? Name)>();
        foreach (var s in doc.Sentences)
        {
            for (var i = s.FirstToken; i < s.EndToken; i++)
            {
                if (v.NamedProjectNouns.TryMatch(tokens, i, out var len, out _) && QuotedNameEnd(i + len, s.EndToken) is { } quotedEnd)
                {
                    found.Add((i, quotedEnd, null)); // Chương trình “Ánh sáng hữu nghị”
                }
                else if (v.NamedProjectNouns.TryMatch(tokens, i, out len, out _) && !Generic(i, len) && !v.EventCues.Matches(tokens, i)
                         && !v.DocumentNouns.Matches(tokens, i)) // "chương trình hợp tác giai đoạn …" is a document, not a work
                {
                    var end = PhraseEnd(i + len, s.EndToken);
                    if (end - i - len >= 2) found.AddRange(SplitPairs(i, end));
                }
                else if (v.DonationVerbs.TryMatch(tokens, i, out len, out _))
                {
                    var end = PhraseEnd(i + len, s.EndToken, stopAtComma: false);
                    if (HasQuantity(i + len, end)) found.Add((i, end, null));
                }
                else if (v.SupportVerbs.TryMatch(tokens, i, out len, out _) && i + len < s.EndToken
                         && tokens[i + len].IsCapitalised && StartsWork(i + len) && !v.Places.Matches(tokens, i + len)
                         && !v.NamedProjectNouns.AnyIn(tokens, i - 3, i)) // "dự án xây dựng Trung tâm …" is read from its noun
                {
                    // "hỗ trợ xây dựng Trường Phổ thông dân tộc nội trú huyện …": a capitalised work the support built.
                    var end = PhraseEnd(i + len, s.EndToken);
                    if (end - i - len >= 2) found.Add((i + len, end, null));
                }
                else if ((tokens[i].Key == Inaugurate || tokens[i].Key == Break || tokens[i].Key == Hand) && i + 1 < s.EndToken && v.EventCues.TryMatch(tokens, i, out len, out _))
                {
                    // The object of an inauguration, ground-breaking or handover ("bàn giao một trường trung học … cho …").
                    var from = i + len < s.EndToken && tokens[i + len].Key == One ? i + len + 1 : i + len;
                    var end = PhraseEnd(from, s.EndToken);
                    if (end - from >= 2 && !Generic(from, 0) && !v.DocumentNouns.Matches(tokens, from) && !v.ProjectStopWords.Matches(tokens, from)) found.Add((from, end, null));
                }
            }
            found.AddRange(Enumerated(s).Select(e => (e.Item1, e.Item2, (string?)null)));
        }

        var projects = new List<ExtractedProject>();
        var keys = new List<string>(); // folded names of projects, in step: each name is folded once
        foreach (var (start, end, composed) in found.OrderBy(f => f.Start))
        {
            var name = (composed ?? doc.Slice(start, end)).Trim('…', '.', ' ', ',');
            if (name.Length < 4) continue;
            var key = TextFolding.Fold(name);
            if (keys.Any(k => k == key || (composed is null && (k.Contains(key) || key.Contains(k))))) continue;
            keys.Add(key);
            var sentence = doc.SentenceOf(tokens[start].Start);
            projects.Add(new ExtractedProject(name, Funder(sentence, start, end), Status(sentence, start, end), doc.SpanOf(start, end)));
        }
        return projects;
    }

    /// <summary>A name in quotes right after the noun: the end just past the closing quote.</summary>
    private int? QuotedNameEnd(int k, int limit)
    {
        if (k >= limit || tokens[k].Key != "\"") return null;
        for (var j = k + 2; j < Math.Min(limit, k + 20); j++)
            if (tokens[j].Key == "\"") return j + 1;
        return null;
    }

    /// <summary>"nhiều dự án", "các công trình", "dự án có ý nghĩa": a kind of thing, not a named work.</summary>
    private bool Generic(int i, int len)
    {
        for (var k = Math.Max(0, i - 2); k < i; k++)
            if (v.GenericQuantifiers.Matches(tokens, k)) return true;
        return i + len < tokens.Count && (v.GenericProjectWords.Matches(tokens, i + len) || tokens[i + len].Kind != TokenKind.Word);
    }

    private int PhraseEnd(int from, int limit, bool stopAtComma = true)
    {
        var j = from;
        while (j < limit && j < from + 22)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.NewLine) break;
            if (t.Kind == TokenKind.Punct && (t.Key is "(" or ")" or ";" or ":" or "." or "…" or "!" or "?" or "\"" || (stopAtComma && t.Key == ","))) break;
            if (j > from && v.ProjectStopWords.Matches(tokens, j)) break;
            j++;
        }
        return j;
    }

    private bool HasQuantity(int from, int end)
    {
        for (var k = from; k + 1 < end; k++)
            if (tokens[k].Kind == TokenKind.Number && v.DonationAmountWords.Matches(tokens, k + 1)) return true;
        return false;
    }

    /// <summary>"… của Hà Nội tại Vientiane và của Vientiane tại Hà Nội" → two works sharing the head.</summary>
    private IEnumerable<(int Start, int End, string? Name)> SplitPairs(int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (tokens[k].Key != And || tokens[k + 1].Key != Of) continue;
            var headEnd = start;
            for (var h = k - 1; h > start; h--)
                if (tokens[h].Key == Of) { headEnd = h; break; }
            if (headEnd == start) break;
            // The second work is the shared head plus its own "của … tại …": not contiguous, so its
            // span is its own part and its name is composed.
            return [(start, k, null), (k + 1, end, doc.Slice(start, headEnd) + " " + doc.Slice(k + 1, end))];
        }
        return [(start, end, null)];
    }

    private IEnumerable<(int, int)> Enumerated(Sentence s)
    {
        var sawWorks = false;
        for (var i = s.FirstToken; i < s.EndToken; i++)
        {
            if (v.NamedProjectNouns.TryMatch(tokens, i, out var len, out _)) { sawWorks = true; i += len - 1; continue; }
            if (!sawWorks || !v.ProjectEnumerationCues.TryMatch(tokens, i, out var cueLen, out _)) continue;
            if (i > 0 && tokens[i - 1].Key == Too) continue; // "cũng như" = "as well as"
            var j = i + cueLen;
            while (j < s.EndToken)
            {
                var itemEnd = j;
                while (itemEnd < s.EndToken && tokens[itemEnd].Text is not "," and not ";" and not "…" and not "." ) itemEnd++;
                var words = itemEnd - j;
                if (words >= 2 && words <= 14 && tokens[j].Kind == TokenKind.Word)
                {
                    var first = j;
                    while (first < itemEnd && !char.IsUpper(tokens[first].Text[0]) && !v.NamedProjectNouns.Matches(tokens, first) && first - j < 3 && !StartsWork(first)) first++;
                    if (first < itemEnd - 1) yield return (first, itemEnd);
                }
                if (itemEnd >= s.EndToken || tokens[itemEnd].Text != ",") break;
                j = itemEnd + 1;
            }
            yield break;
        }
    }

    private bool StartsWork(int k) => tokens[k].Kind == TokenKind.Word && (v.ProjectHeadsWhenCapitalised.Matches(tokens, k) || tokens[k].Key == House);

    private string? Funder(Sentence s, int start, int end)
    {
        for (var k = start; k + 1 < end; k++)
            if (tokens[k].Key == Of && v.Places.TryMatch(tokens, k + 1, out _, out var own)) return own.English;
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (v.Places.TryMatch(tokens, k, out var len, out var place) && !place.IsCountry)
            {
                for (var j = k + len; j < Math.Min(s.EndToken, k + len + 6); j++)
                    if (v.SupportVerbs.Matches(tokens, j)) return place.English;
                k += len - 1;
            }
        return null;
    }

    private ProjectStatus Status(Sentence s, int start, int end)
    {
        var seen = new HashSet<ProjectStatus>();
        for (var k = Math.Max(s.FirstToken, start - 8); k < Math.Min(s.EndToken, end + 8); k++)
            if (v.ProjectStatusCues.TryMatch(tokens, k, out var len, out var status)) { seen.Add(status); k += len - 1; }
        foreach (var pick in new[] { ProjectStatus.Proposed, ProjectStatus.Completed, ProjectStatus.InProgress })
            if (seen.Contains(pick)) return pick;
        return ProjectStatus.Unknown;
    }
}
