using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Extraction.Text;
using Twinning.Features.Activities;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Features.Visits;

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

    public IEnumerable<Proposal> All =>
        People.Cast<Proposal>().Concat(Organisations).Concat(Events).Concat(Agreements).Concat(Projects);

    public Proposal? Find(string key) => All.FirstOrDefault(p => p.Key == key);

    public bool HasAnythingNew => All.Any(p => p.IsNew || !p.AlreadyCited);

    /// <param name="people">Everyone the record holds, with aliases: the list the article was read against.</param>
    public static async Task<ArticleProposals> BuildAsync(TwinningDb db, int partnershipId, int sourceId, ArticleExtraction x,
        IReadOnlyList<Person> people, CancellationToken ct)
    {
        var cited = await db.Citations.AsNoTracking().Where(c => c.SourceId == sourceId).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants)
            .Where(a => a.PartnershipId == partnershipId && (a.Kind == ActivityKind.Visit || a.Kind == ActivityKind.Meeting || a.Kind == ActivityKind.Project))
            .ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToListAsync(ct);
        var kindOf = activities.ToDictionary(a => a.Id, a => a.Kind);
        // Every name and alias folded once, not once per proposal.
        var personByName = FoldedIndex(people.SelectMany(p => p.SearchNames().Select(n => (n, p.Id))));
        var organisationByName = FoldedIndex(organisations.SelectMany(o => o.Name.All().Append(o.Abbreviation).OfType<string>().Select(n => (n, o.Id))));

        // A proposal this article is already cited for is that record, whatever else would match.
        T Matched<T>(T proposal, Func<int?> match, Func<int, string?> label) where T : Proposal
        {
            var citation = cited.FirstOrDefault(c => c.RecordKind == proposal.CitedAs && proposal.Spans.Any(s => Overlaps(c, s))
                && (proposal is not ProjectProposal || kindOf.GetValueOrDefault(c.RecordId) == ActivityKind.Project)
                && (proposal is not EventProposal || kindOf.TryGetValue(c.RecordId, out var kind) && kind != ActivityKind.Project));
            var id = citation?.RecordId ?? match();
            return id is { } found ? proposal with { ExistingId = found, ExistingLabel = label(found), AlreadyCited = citation is not null } : proposal;
        }

        var personProposals = x.People.Select((p, i) => Matched(new PersonProposal($"person-{i}", p),
            () => MatchPerson(p, people, personByName), id => people.FirstOrDefault(q => q.Id == id)?.Name.ToString())).ToList();
        var participantIds = personProposals.ToDictionary(p => p.Fact.Name, p => p.ExistingId);
        var organisationProposals = x.Organisations.Select((o, i) => Matched(new OrganisationProposal($"organisation-{i}", o),
            () => Find(organisationByName, o.Name),
            id => organisations.FirstOrDefault(q => q.Id == id)?.Name.ToString())).ToList();
        var eventProposals = x.Events.Select((e, i) =>
        {
            var keys = e.Participants.Select(n => personProposals.FirstOrDefault(p => p.Fact.Name == n)?.Key).OfType<string>().ToList();
            var known = e.Participants.Select(n => participantIds.GetValueOrDefault(n)).OfType<int>().ToHashSet();
            return Matched(new EventProposal($"event-{i}", e, TitleFrom(x.Text, e.Span), keys),
                () => MatchEvent(e, known, activities), id => activities.FirstOrDefault(a => a.Id == id)?.Title.ToString());
        }).ToList();
        var agreementProposals = x.Agreements.Select((a, i) => Matched(new AgreementProposal($"agreement-{i}", a),
            () => agreements.FirstOrDefault(g => a.StartYear is not null && a.EndYear is not null
                ? g.StartYear == a.StartYear && g.EndYear == a.EndYear
                : a.Signed is not null && g.SignedOn == a.Signed.Date)?.Id,
            id => agreements.FirstOrDefault(g => g.Id == id)?.Title.ToString())).ToList();
        var projectProposals = x.Projects.Select((p, i) => Matched(new ProjectProposal($"project-{i}", p),
            () => activities.Where(a => a.Kind == ActivityKind.Project).FirstOrDefault(a => a.Title.All().Any(t => WordOverlap(t, p.Name) >= 0.5))?.Id,
            id => activities.FirstOrDefault(a => a.Id == id)?.Title.ToString())).ToList();

        return new ArticleProposals
        {
            Extraction = x, People = personProposals, Organisations = organisationProposals, Events = eventProposals,
            Agreements = agreementProposals, Projects = projectProposals,
        };
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
        var kind = ImportMapping.MeetingKindOf(e.Kind);
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

    /// <summary>A working title for an event: its sentence, shortened; the reviewer edits it.</summary>
    private static string TitleFrom(string text, TextSpan span) => Shorten(text.Substring(span.Start, span.Length).Trim(), 160);

    /// <summary>Text cut at a word boundary near <paramref name="max"/> characters, marked with "…" when cut.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max);
        return text[..(cut > max / 2 ? cut : max)] + "…";
    }
}
