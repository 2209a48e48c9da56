using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Web.Localization;

namespace Twinning.Features.Import;

/// <summary>
/// What one article proposes, each proposal matched against the record: the same person through any
/// alias, the same meeting by date and participants, the same agreement by period, the same project by
/// name — and, first of all, whatever this article is already cited for, so importing it twice proposes
/// nothing new.
/// </summary>
public sealed class ArticleProposals
{
    public required ArticleExtraction Extraction { get; init; }
    public required IReadOnlyList<PersonProposal> People { get; init; }
    public required IReadOnlyList<OrganisationProposal> Organisations { get; init; }
    public required IReadOnlyList<EventProposal> Events { get; init; }
    public required IReadOnlyList<AgreementProposal> Agreements { get; init; }
    public required IReadOnlyList<ProjectProposal> Projects { get; init; }

    /// <summary>The pair of places the article seems to be about when it is not the partnership's own, else null.</summary>
    public OtherPair? AboutOtherPair { get; init; }

    public IEnumerable<Proposal> All =>
        People.Cast<Proposal>().Concat(Organisations).Concat(Events).Concat(Agreements).Concat(Projects);

    public Proposal? Find(string key) => All.FirstOrDefault(p => p.Key == key);

    public bool HasAnythingNew => All.Any(p => p.IsNew || !p.AlreadyCited);

    /// <param name="people">Everyone the record holds, with aliases: the list the article was read against.</param>
    public static async Task<ArticleProposals> BuildAsync(TwinningDb db, Partnership partnership, int sourceId, ArticleExtraction x,
        IReadOnlyList<Person> people, UiTextCatalog catalog, CancellationToken ct)
    {
        var partnershipId = partnership.Id;
        var vocabulary = ExtractionVocabulary.Default;
        var cited = await db.Citations.AsNoTracking().Where(c => c.SourceId == sourceId).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants)
            .Where(a => a.PartnershipId == partnershipId && (a.Kind == ActivityKind.Visit || a.Kind == ActivityKind.Meeting || a.Kind == ActivityKind.Project
                || a.Kind == ActivityKind.Programme || a.Kind == ActivityKind.Donation))
            .ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToListAsync(ct);
        var kindOf = activities.ToDictionary(a => a.Id, a => a.Kind);
        // Every name and alias folded once, not once per proposal.
        var personByName = FoldedIndex(people.SelectMany(p => p.SearchNames().Select(n => (n, p.Id))));
        var organisationByName = FoldedIndex(organisations.SelectMany(o => o.Name.All().Append(o.Abbreviation).OfType<string>().Select(n => (n, o.Id))));
        // The same body however written: abbreviations out, places by their gazetteer name ("UBND tỉnh Sơn La" = "Ủy ban nhân dân Sơn La").
        var organisationByKey = new Dictionary<string, int>();
        foreach (var o in organisations)
            foreach (var n in o.Name.All()) organisationByKey.TryAdd(vocabulary.OrganisationKey(n), o.Id);

        // A proposal this article is already cited for is that record, whatever else would match.
        T Matched<T>(T proposal, Func<int?> match, Func<int, string?> label) where T : Proposal
        {
            var citation = cited.FirstOrDefault(c => c.RecordKind == proposal.CitedAs && proposal.Spans.Any(s => Overlaps(c, s))
                && (proposal is not ProjectProposal work || kindOf.GetValueOrDefault(c.RecordId) == work.ActivityKind)
                // A visit and a meeting told in one sentence share its span: each is the record of its own kind.
                && (proposal is not EventProposal ev || kindOf.TryGetValue(c.RecordId, out var kind) && kind == (ev.IsVisit ? ActivityKind.Visit : ActivityKind.Meeting)));
            var id = citation?.RecordId ?? match();
            return id is { } found ? proposal with { ExistingId = found, ExistingLabel = label(found), AlreadyCited = citation is not null } : proposal;
        }

        var personProposals = x.People.Select((p, i) => Matched(new PersonProposal($"person-{i}", p),
            () => MatchPerson(p, people, personByName), id => people.FirstOrDefault(q => q.Id == id)?.Name.ToString())).ToList();
        var participantIds = personProposals.ToDictionary(p => p.Fact.Name, p => p.ExistingId);
        // A body is proposed when it is one already held, or names its place ("Thành ủy Viêng Chăn"): a bare word
        // ("Thành ủy", "UBND") says no more than a title's body and is never created as an organisation.
        var organisationProposals = x.Organisations.Select((o, i) => Matched(new OrganisationProposal($"organisation-{i}", o),
            () => Find(organisationByName, o.Name) ?? (organisationByKey.TryGetValue(vocabulary.OrganisationKey(o.Name), out var id) ? id : null),
            id => organisations.FirstOrDefault(q => q.Id == id)?.Name.ToString()))
            .Where(o => !o.IsNew || o.Fact.Side is not null).ToList();
        EventProposal EventOf(string key, ExtractedEvent e, bool fromTrip)
        {
            var keys = e.Participants.Select(n => personProposals.FirstOrDefault(p => p.Fact.Name == n)?.Key).OfType<string>().ToList();
            var known = e.Participants.Select(n => participantIds.GetValueOrDefault(n)).OfType<int>().ToHashSet();
            var kind = ImportMapping.MeetingKindOf(e);
            var direction = ImportMapping.DirectionOf(e, partnership);
            // "X tiếp (xã giao) Y" with no delegation or place told: the host speaks first, so the guest's side travelled.
            if (direction == Direction.Joint && kind is MeetingKind.Reception or MeetingKind.CourtesyCall
                && e.Participants.Select(n => x.People.FirstOrDefault(p => p.Name == n)?.Side).OfType<string>().ToList() is [var host, ..] sides
                && sides.FirstOrDefault(side => side != host) is { } guestSide)
                direction = guestSide == partnership.CityACountry ? Direction.AToB : guestSide == partnership.CityBCountry ? Direction.BToA : Direction.Joint;
            var titles = EventTitles.For(catalog, e.Kind == EventKind.Visit, kind, direction, partnership, GuestOf(e, direction, partnership, x.People));
            return Matched(new EventProposal(key, e, titles, keys) { MeetingKind = kind, Direction = direction, FromTrip = fromTrip },
                () => MatchEvent(e, known, activities), id => activities.FirstOrDefault(a => a.Id == id)?.Title.ToString());
        }
        var eventProposals = x.Events.Select((e, i) => EventOf($"event-{i}", e, false)).ToList();
        if (TripVisit(x) is { } trip) eventProposals.Insert(0, EventOf("event-trip", trip, true));
        // An agency's memorandum hangs under the city agreement in force (the latest, if several), and matches only
        // agency agreements; the cities' own agreement matches only theirs.
        var cityAgreement = agreements.Where(g => g.ParentId is null && g.Status == AgreementStatus.InForce)
            .OrderByDescending(g => g.StartYear ?? g.SignedOn?.Year).FirstOrDefault();
        var agreementProposals = x.Agreements.Select((a, i) => Matched(new AgreementProposal($"agreement-{i}", a)
            {
                ParentId = a.Agency is not null ? cityAgreement?.Id : null, ParentLabel = a.Agency is not null ? cityAgreement?.Title.ToString() : null,
            },
            () => agreements.Where(g => (g.ParentId is not null) == (a.Agency is not null)).FirstOrDefault(g => a.StartYear is not null && a.EndYear is not null
                ? g.StartYear == a.StartYear && g.EndYear == a.EndYear
                : a.Signed is not null && g.SignedOn == a.Signed.Date)?.Id,
            id => agreements.FirstOrDefault(g => g.Id == id)?.Title.ToString())).ToList();
        // Works, and the programmes and gifts the article tells: each matches a record of its own kind by name.
        var projectProposals = x.Projects.Select((p, i) => new ProjectProposal($"project-{i}", p))
            .Concat(x.Programmes.Select((p, i) => new ProjectProposal($"programme-{i}", p)))
            .Select(proposal => Matched(proposal,
            () => activities.Where(a => a.Kind == proposal.ActivityKind).FirstOrDefault(a => a.Title.All().Any(t => WordOverlap(t, proposal.Fact.Name) >= 0.5))?.Id,
            id => activities.FirstOrDefault(a => a.Id == id)?.Title.ToString())).ToList();

        return new ArticleProposals
        {
            Extraction = x, People = personProposals, Organisations = organisationProposals, Events = eventProposals,
            Agreements = agreementProposals, Projects = projectProposals,
            AboutOtherPair = await OtherPairAsync(db, partnership, x, ct),
        };
    }

    /// <summary>
    /// The visit a delegation's trip makes when the article tells the trip only through its meetings ("tiếp Đoàn
    /// đại biểu … sang thăm", "đã đến thăm và làm việc"): from the first of them to the last, with everyone in them.
    /// </summary>
    private static ExtractedEvent? TripVisit(ArticleExtraction x)
    {
        if (x.Events.Any(e => e.Kind == EventKind.Visit)) return null;
        var travelling = x.Events.Where(e => e.Trip is not null).ToList();
        if (travelling.Count == 0) return null;
        var first = travelling.MinBy(e => e.Date.Date)!;
        var last = travelling.Select(e => e.EndDate ?? e.Date).MaxBy(d => d.Date)!;
        var trip = first.Trip!;
        return new ExtractedEvent(EventKind.Visit, first.Date, last.Date > first.Date.Date ? last : null,
            trip.To?.English ?? first.Place, travelling.SelectMany(e => e.Participants).Distinct().ToList(), first.Span) { Trip = trip };
    }

    /// <summary>The visiting side's first participant, with the first title the article gives them.</summary>
    private static (string? Title, string Name)? GuestOf(ExtractedEvent e, Direction direction, Partnership partnership, IReadOnlyList<ExtractedPerson> people)
    {
        var side = direction switch { Direction.AToB => partnership.CityACountry, Direction.BToA => partnership.CityBCountry, _ => null };
        if (side is null) return null;
        var guest = e.Participants.Select(n => people.FirstOrDefault(p => p.Name == n)).FirstOrDefault(p => p?.Side == side);
        return guest is null ? null : (guest.Titles.FirstOrDefault()?.Text, guest.Name);
    }

    /// <summary>
    /// The pair of places the article is about, when it is not this partnership's: one of its cities is not named,
    /// or is named far less than another place of its side. The matching partnership is offered where one exists.
    /// </summary>
    private static async Task<OtherPair?> OtherPairAsync(TwinningDb db, Partnership partnership, ArticleExtraction x, CancellationToken ct)
    {
        PlaceMention? Top(string country) => x.Places.FirstOrDefault(m => m.Place.Country == country);
        int Count(LocalizedText city) => x.Places.Where(m => ImportMapping.IsCity(m.Place, city)).Sum(m => m.Count);
        if (partnership.CityACountry == partnership.CityBCountry) return null;
        var (a, b) = (Top(partnership.CityACountry), Top(partnership.CityBCountry));
        if (a is null || b is null) return null;
        bool Elsewhere(PlaceMention top, LocalizedText city) => !ImportMapping.IsCity(top.Place, city) && top.Count >= 2 * Count(city) + 1;
        if (!Elsewhere(a, partnership.CityAName) && !Elsewhere(b, partnership.CityBName)) return null;
        var others = await db.Partnerships.AsNoTracking().Where(p => p.Id != partnership.Id).ToListAsync(ct);
        var match = others.FirstOrDefault(p => ImportMapping.IsCity(a.Place, p.CityAName) && ImportMapping.IsCity(b.Place, p.CityBName)
            || ImportMapping.IsCity(a.Place, p.CityBName) && ImportMapping.IsCity(b.Place, p.CityAName));
        return new OtherPair(ImportMapping.PlaceText(a.Place.English, partnership)!, ImportMapping.PlaceText(b.Place.English, partnership)!, match);
    }

    private static bool Overlaps(Citation c, TextSpan s) => c.Start < s.End && s.Start < c.Start + c.Length;

    private static int? MatchPerson(ExtractedPerson p, IReadOnlyList<Person> people, Dictionary<string, int> byName) =>
        int.TryParse(p.LexiconId, out var id) && people.Any(q => q.Id == id) ? id
        : p.Aliases.Prepend(p.Name).Select(n => Find(byName, n)).FirstOrDefault(found => found is not null);

    private static int? Find(Dictionary<string, int> index, string name) =>
        index.TryGetValue(TextFolding.Fold(name), out var id) ? id : null;

    /// <summary>Folded name → the first record bearing it (empty names are not names).</summary>
    private static Dictionary<string, int> FoldedIndex(IEnumerable<(string Name, int Id)> names)
    {
        var index = new Dictionary<string, int>();
        foreach (var (name, id) in names)
            if (TextFolding.Fold(name) is { Length: > 0 } folded) index.TryAdd(folded, id);
        return index;
    }

    /// <summary>
    /// A visit matches one that starts the same day; a meeting matches one on the same day with one of
    /// the same participants (or, when neither names anyone, of the same kind).
    /// </summary>
    private static int? MatchEvent(ExtractedEvent e, HashSet<int> participants, IEnumerable<Activity> activities)
    {
        var date = e.Date.Date;
        if (e.Kind == EventKind.Visit)
            return activities.OfType<Visit>().FirstOrDefault(v => v.StartDate == date)?.Id;
        var kind = ImportMapping.MeetingKindOf(e);
        return activities.OfType<Meeting>().Where(m => m.StartDate == date)
            .OrderByDescending(m => m.Participants.Count(p => participants.Contains(p.PersonId)))
            .FirstOrDefault(m => m.Participants.Any(p => participants.Contains(p.PersonId))
                || (participants.Count == 0 || m.Participants.Count == 0) && m.MeetingKind == kind)?.Id;
    }

    /// <summary>Share of words two names have in common (Jaccard over folded words), as the scorer judges projects.</summary>
    public static double WordOverlap(string a, string b)
    {
        var x = TextFolding.Fold(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var y = TextFolding.Fold(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (x.Count == 0 || y.Count == 0) return 0;
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    /// <summary>Text cut at a word boundary near <paramref name="max"/> characters, marked with "…" when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)] + "…";
    }
}

/// <summary>The two places an article seems to be about, and the partnership between them if Twinning holds one.</summary>
public sealed record OtherPair(LocalizedText A, LocalizedText B, Partnership? Partnership);
