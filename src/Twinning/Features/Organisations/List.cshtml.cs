using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Organisations;

/// <summary>All organisations, grouped by side.</summary>
public sealed class ListOrganisationsModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public List<IGrouping<string, Organisation>> BySide { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        // Drafts only for those the record page admits (the same rule, as a query).
        var all = await (await permissions.ReadFilterAsync(ct)).ApplyShared(db.Organisations.AsNoTracking()).ToListAsync(ct);
        var order = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true);
        BySide = all.OrderBy(o => o.Name.ToString(), order).GroupBy(o => o.Country).OrderBy(g => g.Key).ToList();
        return Page();
    }
}
