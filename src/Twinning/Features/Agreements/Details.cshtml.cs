using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Features.Agreements;

/// <summary>
/// One agreement and what came of it: its commitments by area with the activities that carry each
/// out, the agency-level agreements under it, and its place in the chain of agreements (read by
/// <see cref="AgreementPageQuery"/>).
/// </summary>
public sealed class AgreementDetailsModel(AgreementPageQuery query, Editing.RecordPermissions permissions) : PageModel
{
    public Agreement Agreement { get; private set; } = null!;
    public Partnership Partnership { get; private set; } = null!;
    public Agreement? Successor { get; private set; }
    public List<IGrouping<CommitmentArea, Commitment>> CommitmentsByArea { get; private set; } = [];
    public Dictionary<int, CommitmentEvidence> ActivitiesByCommitment { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var agreement = await query.FindAsync(id, ct);
        if (agreement is null) return NotFound();
        if (await permissions.RefuseReadAsync(agreement, ct) is { } refused) return refused;
        var data = await query.LoadAsync(agreement, await permissions.ReadFilterAsync(ct), ct);
        (Agreement, Partnership, Successor, ActivitiesByCommitment, Citations) = data;
        CommitmentsByArea = agreement.Commitments.OrderBy(c => c.Area).ThenBy(c => c.Id).GroupBy(c => c.Area).ToList();
        return Page();
    }
}
