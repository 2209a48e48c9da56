using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Rules;

internal sealed class TitleFound
{
    public required string Text { get; init; }
    public required TextSpan Span { get; init; }
    /// <summary>Head and first body, folded: two titles with the same key say the same post.</summary>
    public required string Key { get; init; }
    public required IReadOnlyList<string> Countries { get; init; }
}

internal sealed class PersonFound
{
    public required string FirstSpelling { get; init; }
    public Dictionary<string, int> Spellings { get; } = [];
    public List<TextSpan> Mentions { get; } = [];
    public List<TitleFound> Titles { get; } = [];
    public required bool VietnameseShape { get; init; }
    public LexiconPerson? Lexicon { get; set; }
    public string Name => Lexicon?.Name ?? Spellings.OrderByDescending(s => s.Value).ThenBy(s => FirstIndex(s.Key)).First().Key;
    public int FirstOffset => Mentions.Count == 0 ? int.MaxValue : Mentions.Min(m => m.Start);
    private int FirstIndex(string spelling) => spelling == FirstSpelling ? 0 : 1;
}

/// <summary>
/// Finds named actors: a name after an honorific ("đồng chí", "ông") or after a chain of titles
/// ("Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Nguyễn Duy Ngọc"), or followed by an appositive
/// chain ("Đinh Tiến Dũng, Ủy viên Bộ Chính trị, …"). "Các đồng chí Ủy viên Bộ Chính trị: A, B; …"
/// gives the group title to each name in the list. Names with no such context count only when the
/// same person was introduced elsewhere or is in the caller's lexicon — so bylines and photo
/// credits, which carry no title, are not taken for actors.
/// </summary>
internal sealed class PeopleFinder(ArticleDocument doc, IReadOnlyList<LexiconPerson> lexicon)
{
    private readonly ExtractionVocabulary v = doc.Vocabulary;
    private readonly List<Token> tokens = doc.Tokens;
    private readonly List<PersonFound> people = [];
    private readonly Dictionary<string, LexiconPerson> lexiconByKey = LexiconIndex(lexicon, TextFolding.Fold);
    private readonly Dictionary<string, LexiconPerson> lexiconByPhonetic = LexiconIndex(lexicon, JoinedPhonetic);

    private static Dictionary<string, LexiconPerson> LexiconIndex(IReadOnlyList<LexiconPerson> lexicon, Func<string, string> key)
    {
        var index = new Dictionary<string, LexiconPerson>();
        foreach (var entry in lexicon)
            foreach (var name in entry.Aliases.Append(entry.Name))
                if (key(name) is { Length: > 0 } k) index.TryAdd(k, entry);
        return index;
    }

    public List<PersonFound> Find()
    {
        var groupTitles = new List<TitleFound>();
        var listOpen = false; // "có các đồng chí: A - title; B - title": each item is introduced like an honorific
        var i = 0;
        while (i < tokens.Count)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.NewLine || (t.Kind == TokenKind.Punct && t.Text is ";" or "." or "!" or "?")) groupTitles.Clear();
            if (t.Kind == TokenKind.NewLine || (t.Kind == TokenKind.Punct && t.Text is "." or "!" or "?")) listOpen = false;

            var start = i;
            var honorific = v.Honorifics.TryMatch(tokens, i, out var hLen, out _);
            if (honorific && i + hLen < tokens.Count && tokens[i + hLen].Text == ":")
            {
                listOpen = true;
                i += hLen + 1;
                continue;
            }
            if (!honorific && listOpen && i > 0 && tokens[i - 1].Text is ":" or ";") honorific = true;
            if (honorific) i += hLen;
            // "Phủ Chủ tịch" (a building), "Văn phòng Chủ tịch nước": a title word inside a proper noun is no title.
            else if (i > 0 && tokens[i - 1].IsCapitalised && !v.Honorifics.Matches(tokens, i - 1) && tokens[i - 1].End + 1 >= tokens[i].Start)
            {
                i++;
                continue;
            }
            var chain = ParseChain(i, out var afterChain);
            if (afterChain < tokens.Count && tokens[afterChain].Text == ":" && chain.Count > 0)
            {
                groupTitles = chain;
                i = afterChain + 1;
                continue;
            }
            // "Phó Tỉnh trưởng tỉnh Xayaboury, ông Phetphixay Sounvilay": the title, then the person it belongs to.
            if (chain.Count > 0 && afterChain + 2 < tokens.Count && tokens[afterChain].Text == ","
                && v.Honorifics.TryMatch(tokens, afterChain + 1, out var h2, out _) && TryName(afterChain + 1 + h2, out var end2, out var vn2, strong: true))
            {
                Add(afterChain + 1 + h2, end2, vn2).Titles.AddRange(chain);
                i = end2;
                continue;
            }
            var strong = honorific || chain.Count > 0 || groupTitles.Count > 0;
            if (strong && TryName(afterChain, out var nameEnd, out var vietnamese, strong: true))
            {
                var person = Add(afterChain, nameEnd, vietnamese);
                person.Titles.AddRange(chain);
                person.Titles.AddRange(groupTitles);
                i = nameEnd;
                // Appositive: "Name, title, title" or "Name - title, title" — unless those titles lead to the next name.
                if (i + 1 < tokens.Count && tokens[i].Key is "," or "-")
                {
                    var appositive = ParseChain(i + 1, out var appositiveEnd);
                    if (appositive.Count > 0 && !TryName(appositiveEnd, out _, out _, strong: true))
                    {
                        person.Titles.AddRange(appositive);
                        i = appositiveEnd;
                    }
                }
                continue;
            }
            i = afterChain > start ? afterChain : start + 1;
        }
        AddMentionsWithoutContext();
        return Merge();
    }

    /// <summary>Titles separated by commas starting at <paramref name="i"/>; <paramref name="end"/> is where they stop.</summary>
    private static readonly List<TitleFound> NoTitles = [];

    private List<TitleFound> ParseChain(int i, out int end)
    {
        end = i;
        if (i >= tokens.Count || tokens[i].Kind != TokenKind.Word) return NoTitles; // most tokens start no title: no allocation
        if (!v.TitleHeads.Matches(tokens, i) && !v.TitlePrefixes.Matches(tokens, i)) return NoTitles;
        var chain = new List<TitleFound>();
        while (true)
        {
            var title = ParseTitle(end, out var titleEnd);
            if (title is null) break;
            chain.Add(title);
            end = titleEnd;
            if (end + 1 < tokens.Count && tokens[end].Key is "," or "và" or "-" && (v.TitleHeads.Matches(tokens, end + 1) || v.TitlePrefixes.Matches(tokens, end + 1)))
            {
                end++;
                continue;
            }
            break;
        }
        return chain;
    }

    private TitleFound? ParseTitle(int i, out int end)
    {
        end = i;
        // "nguyên Phó Thủ tướng" (former), "Quyền Bộ trưởng" (acting): the prefix is part of the title as written.
        var start = i;
        if (v.TitlePrefixes.TryMatch(tokens, i, out var prefixLen, out _) && v.TitleHeads.Matches(tokens, i + prefixLen)) i += prefixLen;
        if (!v.TitleHeads.TryMatch(tokens, i, out var headLen, out _)) return null;
        // A title head starts with a capital or after a lowercase honorific; "ủy viên" mid-sentence as a common noun still counts.
        var j = i + headLen;
        string? bodyKey = null;
        var countries = new List<string>();
        while (j < tokens.Count)
        {
            if (v.TitleBodies.TryMatch(tokens, j, out var len, out _) ||
                (v.OrganisationPrefixes.TryMatch(tokens, j, out var pLen, out _) && v.OrganisationDomains.TryMatch(tokens, j + pLen, out var dLen, out _) && (len = pLen + dLen) > 0))
            {
                bodyKey ??= v.ExpandAbbreviations(TextFolding.Fold(doc.Slice(j, j + len))); // "ĐBQH" and "đại biểu Quốc hội" name one body
                CollectCountries(j, j + len, countries);
                j += len;
            }
            else if (v.Places.TryMatch(tokens, j, out len, out var place))
            {
                if (place.Country.Length > 0) countries.Add(place.Country);
                j += len;
            }
            else if (v.PlaceConnectors.TryMatch(tokens, j, out var cLen, out _) && v.Places.TryMatch(tokens, j + cLen, out len, out place))
            {
                if (place.Country.Length > 0) countries.Add(place.Country);
                j += cLen + len;
            }
            else if (tokens[j].Text == "(" && v.Places.TryMatch(tokens, j + 1, out len, out place) && j + 1 + len < tokens.Count && tokens[j + 1 + len].Text == ")")
            {
                if (place.Country.Length > 0) countries.Add(place.Country);
                j += len + 2;
            }
            else if (tokens[j].Text == "(" && v.TitleBodies.TryMatch(tokens, j + 1, out len, out _) && j + 1 + len < tokens.Count && tokens[j + 1 + len].Text == ")")
            {
                j += len + 2; // "đại biểu Quốc hội (ĐBQH) tỉnh"
            }
            else if (v.TitleQualifiers.TryMatch(tokens, j, out len, out _) && !v.TitleHeads.Matches(tokens, j))
            {
                j += len;
            }
            else break;
        }
        end = j;
        // "làm Trưởng đoàn": some heads name an office only with their body ("Trưởng đoàn Đại biểu Quốc hội").
        if (bodyKey is null && v.HeadsNeedingBody.TryMatch(tokens, i, out var nbLen, out _) && nbLen == headLen) return null;
        var text = doc.Slice(start, end);
        return new TitleFound
        {
            Text = text,
            Span = doc.SpanOf(start, end),
            Key = TextFolding.Fold(doc.Slice(i, i + headLen)) + "|" + bodyKey,
            Countries = countries,
        };
    }

    private void CollectCountries(int from, int to, List<string> countries)
    {
        for (var k = from; k < to; k++)
            if (v.Places.TryMatch(tokens, k, out var len, out var place) && k + len <= to && place.Country.Length > 0)
            {
                countries.Add(place.Country);
                k += len - 1;
            }
    }

    /// <summary>A name word: a capitalised word, or hyphen-joined capitalised syllables ("Xổm-xạ-vạt").</summary>
    private bool NameWord(int k, out int end, out bool ascii, out bool hyphenated)
    {
        end = k;
        ascii = false;
        hyphenated = false;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalised || tokens[k].IsAllCaps) return false;
        ascii = tokens[k].IsAsciiWord;
        end = k + 1;
        while (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.Word
               && (GluedJoin(end) || SpacedSyllableJoin(end)))
        {
            hyphenated = tokens[end].Key == "-" || hyphenated;
            ascii &= tokens[end + 1].IsAsciiWord;
            end += 2;
        }
        return true;
    }

    /// <summary>"Xổm-xạ-vạt", "H’Bút": a hyphen or apostrophe glued on both sides joins syllables, unless a title follows ("Tuấn-Phó Bí thư").</summary>
    private bool GluedJoin(int at) =>
        tokens[at].Key is "-" or "'" && tokens[at].Start == tokens[at - 1].End && tokens[at + 1].Start == tokens[at].End
        && !(tokens[at + 1].IsCapitalised && v.TitleHeads.Matches(tokens, at + 1));

    /// <summary>"Sủ - phăn Hả - đao - hương": a spaced dash before a lowercase syllable still joins the word's syllables.</summary>
    private bool SpacedSyllableJoin(int at) =>
        tokens[at].Key == "-" && tokens[at].Start > tokens[at - 1].End && !tokens[at + 1].IsCapitalised
        && tokens[at + 1].Length <= 6 && at + 2 < tokens.Count
        && (tokens[at + 2].IsCapitalised || tokens[at + 2].Key is "-" or "," or "." or ";" or ")")
        && !v.EventCues.Matches(tokens, at + 1) && !v.TitleQualifiers.Matches(tokens, at + 1) && !v.TitleHeads.Matches(tokens, at + 1);

    /// <summary>
    /// A Vietnamese name (surname + 1–3 capitalised syllables) or a romanised foreign one (2–3 words).
    /// Where the context already says a name comes (<paramref name="strong"/>: after a title or an
    /// honorific), a Lao name written in Vietnamese-style syllables is taken too: 2–6 capitalised
    /// syllables, perhaps hyphenated or split by a spaced dash ("Su Căn - Bun Nhông", "Kong Kẹo Sổng Kham").
    /// </summary>
    private bool TryName(int k, out int end, out bool vietnamese, bool strong = false)
    {
        end = k;
        vietnamese = false;
        if (k + 1 >= tokens.Count || !tokens[k].IsCapitalised || tokens[k + 1].Kind is not (TokenKind.Word or TokenKind.Punct)) return false;
        if (v.Places.Matches(tokens, k)) return false;
        if (v.TitleHeads.Matches(tokens, k) || v.TitleBodies.Matches(tokens, k)) return false;

        var words = new List<(int Start, int End, bool Ascii, bool Hyphen)>();
        var at = k;
        var spacedDash = false;
        while (words.Count < (strong ? 7 : 4))
        {
            // "Su Căn - Bun Nhông": a spaced dash between capitalised syllables (not before a title) continues the name.
            if (strong && words.Count > 0 && at + 1 < tokens.Count && tokens[at].Key == "-" && tokens[at].Start > tokens[at - 1].End
                && tokens[at + 1].IsCapitalised && !v.TitleHeads.Matches(tokens, at + 1) && !v.SurnameKeys.Contains(tokens[words[0].Start].Key))
            {
                at++;
                spacedDash = true;
            }
            if (!NameWord(at, out var wEnd, out var ascii, out var hyphen)) break;
            if (words.Count > 0 && (v.TitleHeads.Matches(tokens, at) || v.Places.Matches(tokens, at) || v.TitleBodies.Matches(tokens, at))) break;
            words.Add((at, wEnd, ascii, hyphen));
            at = wEnd;
        }
        if (spacedDash && words.Count > 0 && tokens[words[^1].End - 1].Key == "-") words.RemoveAt(words.Count - 1);
        if (words.Count < 2) return false;

        var first = tokens[words[0].Start];
        if (!spacedDash && !words.Any(w => w.Hyphen) && v.SurnameKeys.Contains(first.Key) && words.Any(w => !w.Ascii))
        {
            vietnamese = true;
            end = words[Math.Min(words.Count, 4) - 1].End;
            return true;
        }
        // Romanised (Lao etc.) names: plain-Latin or hyphenated words that are not vocabulary.
        var foreign = words.TakeWhile(w => (w.Ascii || w.Hyphen) && !v.NonNameKeys.Contains(tokens[w.Start].Key) && tokens[w.Start].Length >= 2).Take(3).ToList();
        if (!strong || foreign.Count == words.Count && !spacedDash)
        {
            if (foreign.Count < 2) return false;
            end = foreign[^1].End;
            return true;
        }
        // Vietnamese-style syllables of a Lao name, after a title or honorific.
        var syllables = words.TakeWhile(w => !v.NonNameKeys.Contains(tokens[w.Start].Key) || w.Hyphen).ToList();
        if (syllables.Count < 2) return false;
        end = syllables[^1].End;
        return true;
    }

    private PersonFound Add(int start, int end, bool vietnamese)
    {
        var spelling = doc.Slice(start, end);
        var span = doc.SpanOf(start, end);
        var person = new PersonFound { FirstSpelling = spelling, VietnameseShape = vietnamese };
        person.Spellings[spelling] = 1;
        person.Mentions.Add(span);
        people.Add(person);
        return person;
    }

    /// <summary>Later bare mentions ("Đồng chí … Thongloun Sisoulith nhấn mạnh") of people already introduced, or in the lexicon.</summary>
    private void AddMentionsWithoutContext()
    {
        var known = people.Select(p => TextFolding.Fold(p.FirstSpelling)).ToHashSet();
        var lexiconKeys = lexiconByKey.Keys.Where(k => k.Contains(' ')).ToHashSet();
        var seen = people.SelectMany(p => p.Mentions).Select(m => m.Start).ToHashSet();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!tokens[k].IsCapitalised || seen.Contains(tokens[k].Start)) continue;
            if (!TryName(k, out var end, out var vietnamese)) continue;
            var key = TextFolding.Fold(doc.Slice(k, end));
            if (known.Contains(key) || lexiconKeys.Contains(key)) Add(k, end, vietnamese);
            k = end - 1;
        }
    }

    /// <summary>One person per individual: same folded spelling, a lexicon entry, or (romanised names) the same consonant skeleton.</summary>
    private List<PersonFound> Merge()
    {
        var merged = new List<PersonFound>();
        var byKey = new Dictionary<string, PersonFound>();
        var byPhonetic = new Dictionary<string, PersonFound>();
        var byLexicon = new Dictionary<LexiconPerson, PersonFound>();
        foreach (var p in people.OrderBy(p => p.FirstOffset))
        {
            var key = TextFolding.Fold(p.FirstSpelling);
            var phonetic = p.VietnameseShape ? null : JoinedPhonetic(p.FirstSpelling);
            p.Lexicon = MatchLexicon(key, phonetic);
            var into = (p.Lexicon is not null ? byLexicon.GetValueOrDefault(p.Lexicon) : null)
                ?? byKey.GetValueOrDefault(key)
                ?? (phonetic is not null ? byPhonetic.GetValueOrDefault(phonetic) : null);
            if (into is null)
            {
                merged.Add(into = p);
            }
            else
            {
                foreach (var (s, n) in p.Spellings) into.Spellings[s] = into.Spellings.GetValueOrDefault(s) + n;
                into.Mentions.AddRange(p.Mentions);
                into.Titles.AddRange(p.Titles);
                into.Lexicon ??= p.Lexicon;
            }
            byKey.TryAdd(key, into);
            if (phonetic is not null && !into.VietnameseShape) byPhonetic.TryAdd(phonetic, into);
            if (into.Lexicon is not null) byLexicon.TryAdd(into.Lexicon, into);
        }
        return merged;
    }

    /// <summary>
    /// The consonant skeleton of the whole name with word breaks removed, so the syllables of a Vietnamese
    /// transcription ("Thoong-lun Xỉ-xu-lít", "Khăm Pheng - Xay Sổm Pheng") meet the usual romanisation
    /// ("Thongloun Sisoulith", "Khampheng Xaysompheng").
    /// </summary>
    internal static string JoinedPhonetic(string name) => TextFolding.Phonetic(TextFolding.Fold(name).Replace(" ", ""));

    private LexiconPerson? MatchLexicon(string key, string? phonetic) =>
        lexiconByKey.GetValueOrDefault(key) ?? (phonetic is not null ? lexiconByPhonetic.GetValueOrDefault(phonetic) : null);
}
