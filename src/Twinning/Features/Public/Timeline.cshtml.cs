using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Workflow;

namespace Twinning.Features.Public;

/// <summary>The read-only timeline anyone may see: approved activities an Editor marked public, nothing else.</summary>
[AllowAnonymous]
public sealed class PublicTimelineModel(TwinningDb db) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public List<Activity> Activities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Id == partnershipId && p.State == RecordState.Approved, ct);
        if (partnership is null) return NotFound();
        Partnership = partnership;
        Activities = await db.Activities.AsNoTracking()
            .Where(a => a.PartnershipId == partnershipId && a.IsPublic && a.State == RecordState.Approved)
            .OrderBy(a => a.StartDate == null).ThenByDescending(a => a.StartDate).ThenByDescending(a => a.Id)
            .Take(500).ToListAsync(ct);
        return Page();
    }
}
