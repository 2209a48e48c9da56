using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Features.Agreements;

/// <summary>
/// What an agreement's page shows: the agreement with its parties, signatories and commitments, and for
/// each commitment the count of the activities carrying it out with the latest
/// <see cref="ActivitiesShown"/> of them. An agreement carried out by thousands of activities costs what
/// the page shows, not every activity. Lists go through <see cref="ReadFilter"/>. The page (and the load
/// benchmark's bare endpoint) call <see cref="LoadAsync"/>.
/// </summary>
public sealed class AgreementPageQuery(TwinningDb db, CitationLookup citations)
{
    public const int ActivitiesShown = 20;

    /// <summary>The agreement alone (null if there is none), for the caller to decide whether it may be read.</summary>
    public Task<Agreement?> FindAsync(int id, CancellationToken ct) =>
        db.Agreements.AsNoTracking().AsSplitQuery()
            .Include(a => a.Parties).Include(a => a.Signatories).ThenInclude(s => s.Person)
            .Include(a => a.Commitments).ThenInclude(c => c.Responsible)
            .Include(a => a.AgencyAgreements).ThenInclude(c => c.Parties)
            .Include(a => a.Predecessor).Include(a => a.Parent)
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>Everything around <paramref name="agreement"/> that the page shows, as <paramref name="readable"/> allows.</summary>
    public async Task<AgreementPageData> LoadAsync(Agreement agreement, ReadFilter readable, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstAsync(p => p.Id == agreement.PartnershipId, ct);
        var successor = await readable.Apply(db.Agreements.AsNoTracking()).FirstOrDefaultAsync(a => a.PredecessorId == agreement.Id, ct);
        var shows = readable.Predicate<Agreement>().Compile();
        agreement.AgencyAgreements.RemoveAll(a => !shows(a));
        if (agreement.Predecessor is { } predecessor && !shows(predecessor)) agreement.Predecessor = null;

        var commitmentIds = agreement.Commitments.Select(c => c.Id).ToList();
        // The partnership first: an agreement's commitments are carried out by its own partnership's activities,
        // and the index on it keeps this to one partnership's rows rather than every activity held.
        var links = from a in readable.Apply(db.Activities.AsNoTracking()).Where(a => a.PartnershipId == agreement.PartnershipId)
                    from c in a.Commitments
                    where commitmentIds.Contains(c.Id)
                    select new { CommitmentId = c.Id, Activity = a };
        var counts = await links.GroupBy(l => l.CommitmentId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        // The latest few of each commitment in one query (the database numbers each commitment's rows,
        // ROW_NUMBER() OVER (PARTITION BY …), over ids only so the numbering sorts narrow rows), then
        // those few activities; shown oldest first as the full list was.
        var latestIds = await db.Commitments.AsNoTracking().Where(c => commitmentIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                Shown = links.Where(l => l.CommitmentId == c.Id)
                    .OrderByDescending(l => l.Activity.StartDate).ThenByDescending(l => l.Activity.Id)
                    .Take(ActivitiesShown).Select(l => l.Activity.Id).ToList(),
            })
            .ToListAsync(ct);
        var shownIds = latestIds.SelectMany(c => c.Shown).Distinct().ToList();
        var shown = await db.Activities.AsNoTracking().Where(a => shownIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var latest = latestIds.ToDictionary(c => c.Id, c => c.Shown.Where(shown.ContainsKey).Select(id => shown[id]).ToList());
        var evidence = commitmentIds.ToDictionary(id => id, id => new CommitmentEvidence(
            latest.GetValueOrDefault(id, []).OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToList(),
            counts.GetValueOrDefault(id)));

        return new AgreementPageData(agreement, partnership, successor, evidence,
            await citations.ForAsync(RecordKind.Agreement, agreement.Id, ct));
    }
}

/// <summary>The activities shown for a commitment (the latest few) and how many there are in all.</summary>
public sealed record CommitmentEvidence(List<Activity> Shown, int Count)
{
    public int NotShown => Count - Shown.Count;
}

public sealed record AgreementPageData(
    Agreement Agreement,
    Partnership Partnership,
    Agreement? Successor,
    Dictionary<int, CommitmentEvidence> Evidence,
    List<Citation> Citations);
