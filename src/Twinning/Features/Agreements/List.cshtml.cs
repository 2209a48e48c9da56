using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Agreements;

/// <summary>A partnership's city-level agreements, newest first, each with its agency-level memoranda.</summary>
public sealed class ListAgreementsModel(TwinningDb db, PartnershipAccess access) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public List<Agreement> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        var seesDrafts = (await access.DraftReadablePartnershipIdsAsync(ct)).Contains(partnershipId);
        Partnership = partnership;
        Agreements = await db.Agreements.AsNoTracking().Include(a => a.AgencyAgreements)
            .Where(a => a.PartnershipId == partnershipId && a.ParentId == null)
            .Where(a => a.State == Workflow.RecordState.Approved || access.IsAdministrator || seesDrafts)
            .OrderByDescending(a => a.StartYear).ThenByDescending(a => a.SignedOn)
            .ToListAsync(ct);
        return Page();
    }
}
