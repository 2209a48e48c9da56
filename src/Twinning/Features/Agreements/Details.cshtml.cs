using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Features.Agreements;

/// <summary>
/// One agreement and what came of it: its commitments by area with the activities that carry each
/// out, the agency-level agreements under it, and its place in the chain of agreements.
/// </summary>
public sealed class AgreementDetailsModel(TwinningDb db, CitationLookup citations, Editing.RecordPermissions permissions) : PageModel
{
    public Agreement Agreement { get; private set; } = null!;
    public Partnership Partnership { get; private set; } = null!;
    public Agreement? Successor { get; private set; }
    public List<IGrouping<CommitmentArea, Commitment>> CommitmentsByArea { get; private set; } = [];
    public Dictionary<int, List<Activity>> ActivitiesByCommitment { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().AsSplitQuery()
            .Include(a => a.Parties).Include(a => a.Signatories).ThenInclude(s => s.Person)
            .Include(a => a.Commitments).ThenInclude(c => c.Responsible)
            .Include(a => a.AgencyAgreements).ThenInclude(c => c.Parties)
            .Include(a => a.Predecessor).Include(a => a.Parent)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agreement is null) return NotFound();
        if (await permissions.RefuseReadAsync(agreement, ct) is { } refused) return refused;
        Agreement = agreement;
        Partnership = await db.Partnerships.AsNoTracking().FirstAsync(p => p.Id == agreement.PartnershipId, ct);
        var readable = await permissions.ReadFilterAsync(ct);
        Successor = await readable.Apply(db.Agreements.AsNoTracking()).FirstOrDefaultAsync(a => a.PredecessorId == id, ct);
        var shows = readable.Predicate<Agreement>().Compile();
        agreement.AgencyAgreements.RemoveAll(a => !shows(a));
        if (agreement.Predecessor is { } predecessor && !shows(predecessor)) agreement.Predecessor = null;
        CommitmentsByArea = agreement.Commitments.OrderBy(c => c.Area).ThenBy(c => c.Id).GroupBy(c => c.Area).ToList();

        var commitmentIds = agreement.Commitments.Select(c => c.Id).ToList();
        var evidence = await readable.Apply(db.Activities.AsNoTracking()).Include(a => a.Commitments)
            // The partnership first: an agreement's commitments are carried out by its own partnership's activities,
            // and the index on it keeps this to one partnership's rows rather than every activity held.
            .Where(a => a.PartnershipId == agreement.PartnershipId && a.Commitments.Any(c => commitmentIds.Contains(c.Id)))
            .OrderBy(a => a.StartDate).ToListAsync(ct);
        ActivitiesByCommitment = commitmentIds.ToDictionary(
            cid => cid, cid => evidence.Where(a => a.Commitments.Any(c => c.Id == cid)).ToList());

        Citations = await citations.ForAsync(RecordKind.Agreement, id, ct);
        return Page();
    }
}
