using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Partnerships;

namespace Twinning.Features;

/// <summary>The front door: straight to the dashboard when the deployment holds one partnership, else a list.</summary>
public sealed class HomeModel(TwinningDb db, Accounts.PartnershipAccess access) : PageModel
{
    public List<Partnership> Partnerships { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var readable = await access.ReadablePartnershipIdsAsync(cancellationToken);
        Partnerships = await db.Partnerships.AsNoTracking().Where(p => readable.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        // Administrators always get the list: it is where they add partnerships.
        return Partnerships.Count == 1 && !access.IsAdministrator ? Redirect($"/partnerships/{Partnerships[0].Id}") : Page();
    }
}
