using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Organisations;

/// <summary>All organisations, grouped by side.</summary>
public sealed class ListOrganisationsModel(TwinningDb db) : PageModel
{
    public List<IGrouping<string, Organisation>> BySide { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await db.Organisations.AsNoTracking().ToListAsync(ct);
        var order = StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true);
        BySide = all.OrderBy(o => o.Name.ToString(), order).GroupBy(o => o.Country).OrderBy(g => g.Key).ToList();
    }
}
