using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;
using Twinning.Features.Workflow;

namespace Twinning.Features.Reports;

/// <summary>Where an officer chooses what to report on (an agreement or a date range), the language and the header details.</summary>
public sealed class ReportsIndexModel(TwinningDb db, PartnershipAccess access) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public List<Agreement> Agreements { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public ReportRequest Choice { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;
        // Only approved agreements can be reported on: a report draws on the approved record only.
        Agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved)
            .OrderBy(a => a.ParentId != null).ThenByDescending(a => a.SignedOn).ToListAsync(ct);
        return Page();
    }
}
