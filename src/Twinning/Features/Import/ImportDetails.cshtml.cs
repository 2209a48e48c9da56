using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Features.Import;

/// <summary>
/// One import: what it created and what it cited as evidence, each with a link — the page an acceptance
/// lands on — and the undo button while nobody has changed what it created.
/// </summary>
public sealed class ImportDetailsModel(TwinningDb db, RecordPermissions permissions, ImportHistory history, ImportUndo undo, RecordLinks links) : PageModel
{
    public sealed record Line(ImportedRecord Record, RecordLinks.Link? Link);

    public Partnership Partnership { get; private set; } = null!;
    public ImportRun Run { get; private set; } = null!;
    public List<Line> Created { get; private set; } = [];
    public List<Line> Evidence { get; private set; } = [];
    public UndoRefusal UndoRefusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int partnershipId, int runId, CancellationToken ct) =>
        await LoadAsync(partnershipId, runId, ct) ?? Page();

    public async Task<IActionResult> OnPostUndoAsync(int partnershipId, int runId, CancellationToken ct)
    {
        if (await LoadAsync(partnershipId, runId, ct) is { } refused) return refused;
        var tracked = await db.ImportRuns.Include(r => r.Records).FirstAsync(r => r.Id == runId, ct);
        try
        {
            var refusal = await undo.UndoAsync(tracked, ct);
            TempData["Notice"] = refusal == UndoRefusal.None ? "Import.Undo.Done" : $"Enum.UndoRefusal.{refusal}";
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = $"Enum.UndoRefusal.{UndoRefusal.ChangedSince}";
        }
        return Redirect($"/partnerships/{partnershipId}/imports/{runId}");
    }

    private async Task<IActionResult?> LoadAsync(int partnershipId, int runId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await permissions.CanCreateActivityAsync(partnershipId, ct)) return Forbid();
        // Another partnership's import, or someone else's that this user may not see, does not exist here.
        var run = await (await history.VisibleAsync(partnershipId, ct)).Include(r => r.Records).Include(r => r.Source).FirstOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null) return NotFound();
        (Partnership, Run) = (partnership, run);
        var found = await links.ForAsync(run.Records.Select(r => (r.Kind, r.RecordId)), ct);
        Created = run.Records.Where(r => r.Created).Select(r => new Line(r, found.GetValueOrDefault((r.Kind, r.RecordId)))).ToList();
        Evidence = run.Records.Where(r => !r.Created).Select(r => new Line(r, found.GetValueOrDefault((r.Kind, r.RecordId)))).ToList();
        UndoRefusal = await undo.CheckAsync(run, ct);
        return null;
    }
}
