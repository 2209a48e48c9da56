using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Import;

/// <summary>The import history of a partnership: each accepted article, who accepted it when, what it created and whether it was undone.</summary>
public sealed class ImportsModel(TwinningDb db, RecordPermissions permissions, ImportHistory history) : PageModel
{
    public sealed record Row(int Id, DateTime AcceptedAt, string AcceptedBy, int? SourceId, string? Article, int Created, int Evidence, DateTime? UndoneAt);

    public Partnership Partnership { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await permissions.CanCreateActivityAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;
        Rows = await (await history.VisibleAsync(partnershipId, ct)).OrderByDescending(r => r.AcceptedAt).Take(500)
            .Select(r => new Row(r.Id, r.AcceptedAt, r.AcceptedByName, r.SourceId, r.Source != null ? r.Source.Title : null, r.Records.Count(x => x.Created), r.Records.Count(x => !x.Created), r.UndoneAt))
            .ToListAsync(ct);
        return Page();
    }
}
