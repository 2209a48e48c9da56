using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;

namespace Twinning.Features.Workflow;

/// <summary>
/// The buttons of the record panel: submit, approve, return with a comment, delete and restore. Each
/// posts the version the user saw, so acting on a record someone changed meanwhile is refused.
/// </summary>
public sealed class WorkflowModel(TwinningDb db, RecordWorkflow workflow, RecordPermissions permissions) : PageModel
{
    [BindProperty, Range(0, int.MaxValue)] public int Version { get; set; }
    [BindProperty, StringLength(2000, ErrorMessage = "Validation.Length"), Display(Name = "Workflow.Comment")] public string? Comment { get; set; }

    public IActionResult OnGet() => NotFound();

    public Task<IActionResult> OnPostSubmitAsync(string type, int id, CancellationToken ct) =>
        ActAsync(type, id, record => workflow.SubmitAsync(record, ct), ct);

    public Task<IActionResult> OnPostApproveAsync(string type, int id, CancellationToken ct) =>
        ActAsync(type, id, record => workflow.ApproveAsync(record, ct), ct);

    public Task<IActionResult> OnPostReturnAsync(string type, int id, CancellationToken ct) =>
        ActAsync(type, id, record => workflow.ReturnAsync(record, Comment ?? "", ct), ct);

    public Task<IActionResult> OnPostDeleteAsync(string type, int id, CancellationToken ct) =>
        ActAsync(type, id, async record =>
        {
            if (!await permissions.CanDeleteAsync(record, ct)) return false;
            db.Remove(record); // soft: the save turns it into DeletedAt
            // A visit's meetings go with it (and come back with it).
            if (record is Visits.Visit visit) db.RemoveRange(await db.Meetings.Where(m => m.VisitId == visit.Id).ToListAsync(ct));
            return true;
        }, ct);

    public Task<IActionResult> OnPostRestoreAsync(string type, int id, CancellationToken ct) =>
        ActAsync(type, id, async record =>
        {
            if (record.DeletedAt is null || !await permissions.CanRestoreAsync(record, ct)) return false;
            record.DeletedAt = null;
            record.DeletedById = null;
            if (record is Visits.Visit visit)
                foreach (var meeting in await db.Meetings.IgnoreQueryFilters().Where(m => m.VisitId == visit.Id && m.DeletedAt != null).ToListAsync(ct))
                    (meeting.DeletedAt, meeting.DeletedById) = (null, null);
            return true;
        }, ct, includeDeleted: true);

    private async Task<IActionResult> ActAsync(string type, int id, Func<Record, Task<bool>> act, CancellationToken ct, bool includeDeleted = false)
    {
        var kind = RecordType.Named(type);
        if (kind is null || !ModelState.IsValid) return BadRequest();
        var record = await kind.FindAsync(db, id, includeDeleted, ct);
        if (record is null) return NotFound();
        if (record.Version != Version)
        {
            TempData["Notice"] = "Workflow.Stale";
            return Redirect(kind.DetailsUrl(id));
        }
        if (!await act(record)) return Forbid();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Notice"] = "Workflow.Stale";
        }
        return Redirect(record.DeletedAt is null ? kind.DetailsUrl(id) : "/");
    }
}
