using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Rules;

internal sealed record EventFound(EventKind Kind, ExtractedDate Date, ExtractedDate? EndDate, string? Place, Sentence Sentence)
{
    /// <summary>Told with "cũng trong ngày"/"cùng ngày": another event of that day, not the same one again.</summary>
    public bool SameDayAnother { get; init; }
}

/// <summary>
/// An event is a dated mention whose stretch of sentence carries a cue word ("hội đàm" → talks, "chào
/// xã giao" → meeting, …); when several cues share it, the most specific wins (vocabulary order).
/// A date range is a visit when the stretch speaks of a trip. "Cùng ngày" reuses the last date, and a
/// completed signing ("đã ký" + a document) in an undated sentence happened on the day being told.
/// </summary>
internal sealed class EventFinder(ArticleDocument doc, IReadOnlyList<DateMention> dates, YearResolver years, TextSpan? header)
{
    private readonly ExtractionVocabulary v = doc.Vocabulary;
    private readonly List<Token> tokens = doc.Tokens;
    private static readonly string Sign = ToneKey.Of("ký"), Already = ToneKey.Of("đã"), Rite = ToneKey.Of("lễ"), At = ToneKey.Of("tại"), Hand = ToneKey.Of("trao"), And = ToneKey.Of("và"),
        Day = ToneKey.Of("ngày"), Into = ToneKey.Of("vào"), Concluded = ToneKey.Of("kết");

    public List<EventFound> Find()
    {
        var events = new List<EventFound>();
        DateOnly? context = null;
        var dateIndex = 0;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.EndToken <= sentence.FirstToken) continue;
            var inSentence = new List<(int FirstToken, int EndToken, DateMention? Mention)>();
            while (dateIndex < dates.Count && dates[dateIndex].Start < sentence.End)
            {
                var d = dates[dateIndex++];
                if (d.Start < sentence.Start || d.Commemorative || (header is { } h && d.Start < h.End)) continue;
                // "Hiệp ước … (18/7/1977)": a bracketed date glosses the noun before it; it is not the clause's event.
                if (d.Year is not null && d.Start > 0 && doc.Text[d.Start - 1] == '(' && d.End < doc.Text.Length && doc.Text[d.End] == ')') continue;
                inSentence.Add((doc.TokenAt(d.Start), doc.TokenAt(d.End), d));
            }
            for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
                if (v.SameDayMarkers.TryMatch(tokens, k, out var len, out _))
                {
                    inSentence.Add((k, k + len, null));
                    k += len - 1;
                }
            inSentence.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));

            if (inSentence.Count == 0)
            {
                if (context is { } day && UndatedSigning(sentence, day))
                    events.Add(new EventFound(EventKind.Signing, new ExtractedDate(day, true, "", doc.SpanOf(sentence.FirstToken, sentence.EndToken)), null, PlaceOf(sentence, sentence.FirstToken, sentence.EndToken), sentence));
                continue;
            }

            for (var m = 0; m < inSentence.Count; m++)
            {
                var (first, end, mention) = inSentence[m];
                var from = m == 0 ? sentence.FirstToken : inSentence[m - 1].EndToken;
                var to = m + 1 < inSentence.Count ? inSentence[m + 1].FirstToken : sentence.EndToken;
                // "sẽ thăm … từ ngày 24 đến 26-11": a future word in the date's own clause makes it future.
                var clauseStart = first;
                while (clauseStart > from && tokens[clauseStart - 1].Text is not "," and not ";" and not ":") clauseStart--;
                var future = v.FutureMarkers.AnyIn(tokens, clauseStart, first);
                ExtractedDate date;
                ExtractedDate? endDate = null;
                if (mention is null)
                {
                    if (context is not { } same) continue;
                    date = new ExtractedDate(same, true, doc.Slice(first, end), doc.SpanOf(first, end));
                }
                else
                {
                    var resolved = years.Resolve(mention.Day, mention.Month, mention.Year, future);
                    if (resolved is not { } r) continue;
                    date = new ExtractedDate(r.Date, r.Inferred, mention.Written, new TextSpan(mention.Start, mention.End - mention.Start));
                    if (mention.IsRange)
                    {
                        var endResolved = mention.EndYear is { } ey
                            ? years.Resolve(mention.EndDay!.Value, mention.EndMonth!.Value, ey, false)
                            : years.Resolve(mention.EndDay!.Value, mention.EndMonth!.Value, r.Date.Year, false);
                        if (endResolved is { } er)
                        {
                            var endValue = er.Date < r.Date ? er.Date.AddYears(1) : er.Date;
                            endDate = date with { Date = endValue, YearInferred = r.Inferred };
                        }
                    }
                }
                // "được ký ngày 15/4/2021": the verb governs the date, which is that signing's day (often background).
                var signedOn = mention is not null && SignVerbGoverns(first);
                // A trip's range frames the story; the day being told is the last single date.
                if ((mention?.IsRange != true && !signedOn) || context is null) context = date.Date;
                foreach (var kind in signedOn ? [EventKind.Signing] : KindsIn(from, to, mention?.IsRange == true))
                    events.Add(new EventFound(kind, date, endDate, PlaceOf(sentence, from, to), sentence) { SameDayAnother = mention is null });
            }
        }
        return Deduplicate(events);
    }

    /// <summary>
    /// The events a dated stretch tells. One main kind (the most specific cue: talks, conference, ceremony,
    /// meeting), plus a signing when a document is really signed there ("hội đàm và ký kết"), plus the
    /// visit when the travelling side is the subject of a dated trip: "đã đến thăm và hội đàm/làm việc",
    /// or a range ("từ ngày 26 - 29/6") that a delegation spends. A visit cue after a host's reception
    /// ("tiếp đoàn … sang thăm") is the reason for the meeting, not a separate event. A signing that is
    /// only a purpose ("để thảo luận, ký kết") is no event.
    /// </summary>
    private List<EventKind> KindsIn(int from, int to, bool range)
    {
        var kinds = new HashSet<EventKind>();
        var visitJoined = false;
        var hostReception = false;
        var delegation = false;
        for (var k = from; k < to; k++)
        {
            if (v.NotEventCues.TryMatch(tokens, k, out var skip, out _)) { k += skip - 1; continue; }
            // "Biên bản hội đàm": a cue inside a document's name is not the event told.
            if (v.DocumentNouns.TryMatch(tokens, k, out var docLen, out _))
            {
                if (k + docLen < to && tokens[k + docLen].Key == Sign) kinds.Add(EventKind.Signing); // "Biên bản hội đàm ký ngày 19/6/2022"
                k += docLen - 1;
                continue;
            }
            if (v.HostReceptionCues.Matches(tokens, k)) hostReception = true;
            if (v.DelegationNouns.Matches(tokens, k)) delegation = true;
            if (!v.EventCues.TryMatch(tokens, k, out var len, out var kind)) continue;
            // A bare "ký"/"đã ký"/"trao" must sign a document; "ký kết" and "lễ ký" are explicit.
            var last = tokens[k + len - 1].Key;
            var bare = (last == Sign || last == Hand) && tokens[k].Key != Rite;
            if (kind == EventKind.Signing && bare && !DocumentFollows(k + len)) continue; // "đã ký kết": the next word may start "ký kết"
            if (kind == EventKind.Signing && PurposeBefore(k, from)) { k += len - 1; continue; }
            if (kind == EventKind.Visit && k + len + 1 < to && tokens[k + len].Key is var joiner && (joiner == And || joiner == ",")
                && v.EventCues.TryMatch(tokens, k + len + 1, out _, out var joined) && joined is EventKind.Talks or EventKind.Meeting)
                visitJoined = !hostReception;
            kinds.Add(kind);
            k += len - 1;
        }
        var result = new List<EventKind>();
        if (range && (kinds.Contains(EventKind.Visit) || delegation)) return [EventKind.Visit];
        foreach (var kind in v.EventPriority)
            if (kind is not EventKind.Signing and not EventKind.Visit && kinds.Contains(kind)) { result.Add(kind); break; }
        if (kinds.Contains(EventKind.Signing)) result.Add(EventKind.Signing);
        if (kinds.Contains(EventKind.Visit) && (visitJoined || result.Count == 0) && !(hostReception && result.Count > 0)) result.Add(EventKind.Visit);
        return result;
    }

    private bool SignVerbGoverns(int dateToken)
    {
        var j = dateToken - 1;
        while (j >= 0 && j >= dateToken - 2 && (tokens[j].Key == Day || tokens[j].Key == Into)) j--;
        if (j < 0) return false;
        return tokens[j].Key == Sign || (tokens[j].Key == Concluded && j > 0 && tokens[j - 1].Key == Sign);
    }

    /// <summary>"để thảo luận, ký kết", "nhằm ký kết": a purpose marker a few words before the cue.</summary>
    private bool PurposeBefore(int k, int from)
    {
        for (var j = Math.Max(from, k - 5); j < k; j++)
            if (v.PurposeMarkers.Matches(tokens, j)) return true;
        return false;
    }

    /// <summary>"Ký" signs something: a document noun follows closely ("ký Biên bản ghi nhớ", "ký kết các biên bản").</summary>
    private bool DocumentFollows(int k)
    {
        for (var j = k; j < Math.Min(tokens.Count, k + 6); j++)
            if (v.DocumentNouns.Matches(tokens, j)) return true;
        return false;
    }

    private bool UndatedSigning(Sentence s, DateOnly day)
    {
        if (v.BackgroundMarkers.AnyIn(tokens, s.FirstToken, s.EndToken)) return false;
        // "năm 2022, … đã ký kết Bản ghi nhớ": a sentence that names another year tells the past.
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (tokens[k].Kind == TokenKind.Number && tokens[k].Length == 4 && int.TryParse(tokens[k].Text, out var y) && y is > 1900 and < 2100 && y != day.Year
                && !(k > 0 && tokens[k - 1].Key == "-") && !(k + 1 < tokens.Count && tokens[k + 1].Key == "-")) return false; // a period "2017-2020" is no date
        for (var k = s.FirstToken; k + 1 < s.EndToken; k++)
            if (tokens[k].Key == Already && tokens[k + 1].Key == Sign && DocumentFollows(k + 2)) return true;
        return false;
    }

    /// <summary>"tại Thủ đô Viêng Chăn" in the stretch; a country ("tại Lào") means the city of that country the article is about.</summary>
    private string? PlaceOf(Sentence s, int from, int to)
    {
        foreach (var (a, b) in new[] { (from, to), (s.FirstToken, s.EndToken) })
            for (var k = a; k + 1 < b; k++)
            {
                if (tokens[k].Key != At) continue;
                // "tại Thủ đô Viêng Chăn", "tại trụ sở Thành ủy Viêng Chăn": the first place before the clause ends.
                // "tại thành phố Khanthabouly, tỉnh Xa-vẳn-na-khệt": a comma followed by a qualifier names the same place.
                for (var j = k + 1; j < Math.Min(b, k + 10) && tokens[j].Text is not "." and not ";"
                     && (tokens[j].Text != "," || v.TitleQualifiers.Matches(tokens, j + 1)); j++)
                    if (v.Places.TryMatch(tokens, j, out _, out var place)) return place.IsCountry ? CityOf(place.Country) : place.English;
            }
        return null;
    }

    private Dictionary<string, string?>? cityOfCountry;

    private string? CityOf(string country)
    {
        cityOfCountry ??= [];
        if (!cityOfCountry.TryGetValue(country, out var city)) cityOfCountry[country] = city = CountCityOf(country);
        return city;
    }

    private string? CountCityOf(string country)
    {
        var counts = new Dictionary<string, int>();
        for (var k = 0; k < tokens.Count; k++)
            if (v.Places.TryMatch(tokens, k, out var len, out var place))
            {
                if (!place.IsCountry && place.Country == country) counts[place.English] = counts.GetValueOrDefault(place.English) + 1;
                k += len - 1;
            }
        return counts.Count > 0 ? counts.MaxBy(c => c.Value).Key : v.CapitalOf(country)?.English;
    }

    /// <summary>
    /// One event per kind and day (a headline and its body tell the same talks), except an event told as
    /// "cùng ngày …" / "cũng trong sáng cùng ngày …": that is another event of the day, kept once per sentence.
    /// </summary>
    private static List<EventFound> Deduplicate(List<EventFound> events)
    {
        var result = new List<EventFound>();
        var index = new Dictionary<(EventKind, DateOnly, int), int>();
        foreach (var e in events)
        {
            var key = (e.Kind, e.Date.Date, e.SameDayAnother ? e.Sentence.Start : -1);
            if (!index.TryGetValue(key, out var same))
            {
                index[key] = result.Count;
                result.Add(e);
            }
            else if (result[same].Place is null && e.Place is not null) result[same] = result[same] with { Place = e.Place };
        }
        return result;
    }
}
