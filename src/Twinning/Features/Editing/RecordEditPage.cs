using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Workflow;

namespace Twinning.Features.Editing;

/// <summary>A record's form fields: read from the record, written back, and compared with someone else's save.</summary>
public interface IRecordInput<in TRecord, TInput> where TRecord : Record
{
    /// <summary>The version the form was read at: a later one in the database means someone saved meanwhile.</summary>
    int Version { get; set; }

    void ApplyTo(TRecord record);

    IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(TInput theirs, IStringLocalizer t);

    /// <summary>Takes the other person's saved value of one field ("use the saved value" on the conflict table).</summary>
    void Replace(string field, TInput theirs);
}

/// <summary>
/// The create-or-edit flow of a record with a single form (organisations, partnerships, invitations,
/// anniversaries, sources): who may edit, validation, the workflow state, and the conflict view when
/// someone else saved meanwhile — both versions side by side, nothing typed lost. Each form says how
/// its record is found or started, what else it checks, and where a save leads.
/// (Activities have their own flow with commitments and owners: <see cref="Activities.ActivityEditPage{TActivity, TInput}"/>.)
/// </summary>
public abstract class RecordEditPage<TRecord, TInput>(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t) : PageModel
    where TRecord : Record
    where TInput : class, IRecordInput<TRecord, TInput>, new()
{
    [BindProperty] public TInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    public bool IsNew { get; private set; }
    public EditConflict? Conflict { get; private set; }

    protected TwinningDb Db => db;
    protected IStringLocalizer T => t;
    protected RecordPermissions Permissions => permissions;

    /// <summary>The stored record, tracked, or a new one (of the partnership named in the address); null when either is unknown.</summary>
    protected abstract Task<TRecord?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct);

    protected abstract TInput InputFrom(TRecord record);

    /// <summary>Where a save leads: the record's page, or the page it belongs to.</summary>
    protected abstract string SavedUrl(TRecord record);

    /// <summary>What DataAnnotations cannot say about the form (choices that exist, addresses that parse…).</summary>
    protected virtual void Validate(TRecord record) { }

    /// <summary>A new form's starting values, beyond the new record's (a link may name the inviter, say).</summary>
    protected virtual void PrefillNew() { }

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var record = await StartAsync(id, partnership, ct);
        if (record is null) return NotFound();
        if (!await permissions.CanEditAsync(record, ct)) return Forbid();
        Input = InputFrom(record);
        if (IsNew) PrefillNew();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var record = await StartAsync(id, partnership, ct);
        if (record is null) return NotFound();
        if (!await permissions.CanEditAsync(record, ct)) return Forbid();
        // "Use the saved value" always re-shows the conflict; it never saves.
        if (!IsNew && (record.Version != Input.Version || Take is not null)) return ShowConflict(record);
        Validate(record);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(record);
        await workflow.AfterEditAsync(record, ct);
        if (IsNew) db.Set<TRecord>().Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict(await db.Set<TRecord>().FirstAsync(r => r.Id == record.Id, ct));
        }
        return Redirect(SavedUrl(record));
    }

    private Task<TRecord?> StartAsync(int? id, int? partnership, CancellationToken ct)
    {
        IsNew = id is null;
        return FindOrStartAsync(id, partnership, ct);
    }

    private IActionResult ShowConflict(TRecord current)
    {
        var theirs = InputFrom(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }
}
