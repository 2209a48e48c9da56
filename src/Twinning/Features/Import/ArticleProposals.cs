using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Extraction.Text;
using Twinning.Features.Activities;
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

    public static async Task<ArticleProposals> BuildAsync(TwinningDb db, int partnershipId, int sourceId, ArticleExtraction x, CancellationToken ct)
    {
        var cited = await db.Citations.AsNoTracking().Where(c => c.SourceId == sourceId).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Include(p => p.Aliases).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Include(a => a.Participants)
            .Where(a => a.PartnershipId == partnershipId && (a.Kind == ActivityKind.Visit || a.Kind == ActivityKind.Meeting || a.Kind == ActivityKind.Project))
            .ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.PartnershipId == partnershipId).ToListAsync(ct);

        // A proposal this article is already cited for is that record, whatever else would match.
        T Matched<T>(T proposal, Func<int?> match, Func<int, string?> label) where T : Proposal
        {
            var citation = cited.FirstOrDefault(c => c.RecordKind == proposal.CitedAs && proposal.Spans.Any(s => Overlaps(c, s))
                && (proposal is not ProjectProposal || activities.Any(a => a.Id == c.RecordId && a.Kind == ActivityKind.Project))
                && (proposal is not EventProposal || activities.Any(a => a.Id == c.RecordId && a.Kind != ActivityKind.Project)));
            var id = citation?.RecordId ?? match();
            return id is { } found ? proposal with { ExistingId = found, ExistingLabel = label(found), AlreadyCited = citation is not null } : proposal;
        }

        var personProposals = x.People.Select((p, i) => Matched(new PersonProposal($"person-{i}", p),
            () => MatchPerson(p, people), id => people.FirstOrDefault(q => q.Id == id)?.Name.ToString())).ToList();
        var participantIds = personProposals.ToDictionary(p => p.Fact.Name, p => p.ExistingId);
        var organisationProposals = x.Organisations.Select((o, i) => Matched(new OrganisationProposal($"organisation-{i}", o),
            () => organisations.FirstOrDefault(q => SameName(o.Name, q.Name.All().Append(q.Abbreviation)))?.Id,
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

    private static int? MatchPerson(ExtractedPerson p, IEnumerable<People.Person> people) =>
        int.TryParse(p.LexiconId, out var id) && people.Any(q => q.Id == id) ? id
        : people.FirstOrDefault(q => SameName(p.Name, q.SearchNames()) || p.Aliases.Any(a => SameName(a, q.SearchNames())))?.Id;

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

    private static bool SameName(string name, IEnumerable<string?> names)
    {
        var folded = TextFolding.Fold(name);
        return folded.Length > 0 && names.Any(n => n is not null && TextFolding.Fold(n) == folded);
    }

    /// <summary>Share of words two names have in common (Jaccard over folded words), as the scorer judges projects.</summary>
    public static double WordOverlap(string a, string b)
    {
        var x = TextFolding.Fold(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var y = TextFolding.Fold(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (x.Count == 0 || y.Count == 0) return 0;
        return (double)x.Intersect(y).Count() / x.Union(y).Count();
    }

    /// <summary>A working title for an event: its sentence, cut at a word near 160 characters; the reviewer edits it.</summary>
    private static string TitleFrom(string text, TextSpan span)
    {
        var sentence = text.Substring(span.Start, span.Length).Trim();
        if (sentence.Length <= 160) return sentence;
        var cut = sentence.LastIndexOf(' ', 160);
        return sentence[..(cut > 80 ? cut : 160)] + "…";
    }
}
