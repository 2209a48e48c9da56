using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Agreements;

/// <summary>A partnership's city-level agreements, newest first, each with its agency-level memoranda.</summary>
public sealed class ListAgreementsModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public List<Agreement> Agreements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        var readable = await permissions.ReadFilterAsync(ct);
        Partnership = partnership;
        Agreements = await readable.Apply(db.Agreements.AsNoTracking()).Include(a => a.AgencyAgreements)
            .Where(a => a.PartnershipId == partnershipId && a.ParentId == null)
            .OrderByDescending(a => a.StartYear).ThenByDescending(a => a.SignedOn)
            .ToListAsync(ct);
        var shows = readable.Predicate<Agreement>().Compile();
        foreach (var agreement in Agreements) agreement.AgencyAgreements.RemoveAll(a => !shows(a));
        return Page();
    }
}
