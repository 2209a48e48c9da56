using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Exports;

/// <summary>The downloads of a partnership, with how many Approved records each holds.</summary>
public sealed class ExportsModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public List<(IExportSheet Sheet, int Rows)> Sheets { get; private set; } = [];

    /// <summary>Whether the reader may bring activities back in from a spreadsheet (no link is shown to those who would be refused).</summary>
    public bool CanImport { get; private set; }

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;
        CanImport = await permissions.CanCreateActivityAsync(partnershipId, ct);
        foreach (var sheet in ExportSheets.All)
            Sheets.Add((sheet, await sheet.CountAsync(db, partnershipId, ct)));
        return Page();
    }

    public string FileUrl(string file) => $"/partnerships/{Partnership.Id}/exports/{file}";
}
