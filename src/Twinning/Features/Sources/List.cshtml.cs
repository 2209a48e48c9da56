using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Sources;

/// <summary>All sources, articles first, newest first.</summary>
public sealed class ListSourcesModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public sealed record Row(int Id, string Title, string? Outlet, DateOnly? PublishedOn, SourceKind Kind, int Citations);

    public List<Row> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        Sources = await (await permissions.ReadableSourcesAsync(db.Sources.AsNoTracking(), ct))
            .OrderBy(s => s.Kind).ThenByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new Row(s.Id, s.Title, s.Outlet, s.PublishedOn, s.Kind, s.Citations.Count))
            .ToListAsync(ct);
        return Page();
    }
}
