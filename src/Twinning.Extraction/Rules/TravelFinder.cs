using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Rules;

/// <summary>
/// Delegations travelling and the verbs of meetings. A sentence tells a trip when it names a delegation
/// ("đoàn đại biểu", "đoàn công tác") and a visit cue ("thăm", "sang thăm", "thăm và làm việc"): the place
/// closely after the delegation noun is where it comes from ("Đoàn đại biểu tỉnh Savannakhet"), the place
/// after the visit cue where it goes ("thăm và làm việc tại TP Cần Thơ"). A meeting's style is the first
/// style verb of its sentence ("tiếp xã giao" → courtesy call, "tiếp" → reception, "làm việc" → working session).
/// </summary>
internal sealed class TravelFinder(ArticleDocument doc)
{
    /// <summary>How far after the delegation noun its place may stand ("đoàn đại biểu cấp cao tỉnh Sơn La").</summary>
    private const int FromWindow = 8;

    /// <summary>How far after the visit cue the host may be named ("thăm và hội đàm thường niên lần thứ XI với … tỉnh Sơn La").</summary>
    private const int ToWindow = 20;

    private readonly ExtractionVocabulary v = doc.Vocabulary;
    private readonly List<Token> tokens = doc.Tokens;

    public List<ExtractedTrip> Trips()
    {
        var trips = new List<ExtractedTrip>();
        foreach (var s in doc.Sentences)
        {
            int? delegation = null, visit = null;
            for (var k = s.FirstToken; k < s.EndToken; k++)
            {
                if (v.NotEventCues.TryMatch(tokens, k, out var skip, out _)) { k += skip - 1; continue; }
                if (delegation is null && v.DelegationNouns.TryMatch(tokens, k, out var dl, out _)) { delegation = k + dl; k += dl - 1; continue; }
                if (visit is null && v.EventCues.TryMatch(tokens, k, out var vl, out var kind) && kind == EventKind.Visit) { visit = k + vl; k += vl - 1; }
            }
            if (delegation is not { } d || visit is not { } t) continue;
            var from = PlaceAfter(d, Math.Min(s.EndToken, d + FromWindow), stopAtCue: true);
            var to = PlaceAfter(t, Math.Min(s.EndToken, t + ToWindow), stopAtCue: false);
            if (from is null && to is null) continue;
            if (from is not null && to is not null && from.Country == to.Country) to = null; // a province and its own city: no journey read
            trips.Add(new ExtractedTrip(from, to, TextSpan.FromBounds(s.Start, s.End)));
        }
        return trips;
    }

    /// <summary>The first province or city in [from, to), before the clause ends (and, for a delegation, before its verb).</summary>
    private PlaceEntry? PlaceAfter(int from, int to, bool stopAtCue)
    {
        PlaceEntry? country = null;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Text is "." or ";") break;
            if (stopAtCue && v.EventCues.Matches(tokens, k) && !v.NotEventCues.Matches(tokens, k)) break;
            if (!v.Places.TryMatch(tokens, k, out var len, out var place)) continue;
            if (!place.IsCountry) return place;
            country ??= place;
            k += len - 1;
        }
        return country;
    }

    /// <summary>The first meeting-style verb of a sentence, or null.</summary>
    public string? StyleIn(TextSpan sentence)
    {
        for (var k = doc.TokenAt(sentence.Start); k < tokens.Count && tokens[k].Start < sentence.End; k++)
        {
            if (v.NotEventCues.TryMatch(tokens, k, out var skip, out _)) { k += skip - 1; continue; }
            if (v.MeetingStyles.TryMatch(tokens, k, out _, out var style)) return style;
        }
        return null;
    }

    /// <summary>The provinces and cities named, most named first (countries are no pair).</summary>
    public List<PlaceMention> Places()
    {
        var counts = new Dictionary<PlaceEntry, int>();
        for (var k = 0; k < tokens.Count; k++)
            if (v.Places.TryMatch(tokens, k, out var len, out var place))
            {
                if (!place.IsCountry) counts[place] = counts.GetValueOrDefault(place) + 1;
                k += len - 1;
            }
        return counts.OrderByDescending(c => c.Value).Select(c => new PlaceMention(c.Key, c.Value)).ToList();
    }
}
