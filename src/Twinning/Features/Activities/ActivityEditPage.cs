using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Activities;

/// <summary>
/// The create-or-edit flow every activity form page shares (projects, programmes, events, donations).
/// A Contributor's activity belongs to their organisation and waits for an Editor. When someone else
/// saved the activity meanwhile, both versions are shown side by side and nothing typed is lost.
/// Each kind says how it is loaded, how its form reads and writes it, and what else it checks and saves.
/// </summary>
public abstract class ActivityEditPage<TActivity, TInput>(
    TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : PageModel, IActivityForm
    where TActivity : Activity, new()
    where TInput : ActivityCommonInput, new()
{
    [BindProperty] public TInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    public bool IsNew { get; private set; }
    public int? ActivityId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public ActivityChoices Choices { get; private set; } = null!;
    public ActivityCommonInput Common => Input;

    /// <summary>The activity is approved and this user's save will need approving again (a Contributor's edit).</summary>
    public bool SaveNeedsReapproval { get; private set; }

    protected TwinningDb Db => db;
    protected IStringLocalizer T => t;

    /// <summary>The stored activity with whatever its form shows (commitments and its own parts), tracked; null when unknown.</summary>
    protected abstract Task<TActivity?> LoadAsync(int id, CancellationToken ct);

    protected abstract TInput InputFrom(TActivity activity);

    /// <summary>Puts the kind's own fields of the form onto the activity (the shared ones are already there).</summary>
    protected abstract void ApplyInputTo(TActivity activity);

    protected abstract IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(TInput theirs);

    protected abstract void Replace(string field, TInput theirs);

    /// <summary>What DataAnnotations and the shared checks cannot say about this kind's fields.</summary>
    protected virtual void Validate() { }

    /// <summary>A pressed "add a row" button: true once the row is added, so the form is shown again without saving.</summary>
    protected virtual bool AddRow() => false;

    /// <summary>Puts the form onto the activity's own parts; nothing is written until the one SaveChanges.</summary>
    protected virtual Task SavePartsAsync(TActivity activity, CancellationToken ct) => Task.CompletedTask;

    /// <summary>What else the kind's form offers to choose from (the meeting form's people), read once the partnership is known.</summary>
    protected virtual Task LoadChoicesAsync(TActivity activity, CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// The bodies the stored activity names in its kind's own fields (funder, organisers…): offered even when the
    /// user may not read them, so a save of the form keeps them (<see cref="RecordOptions"/>).
    /// </summary>
    protected virtual IEnumerable<int?> LinkedOrganisations(TActivity activity) => [];

    /// <summary>The read rule of this request, for the kind's own lists.</summary>
    protected Task<ReadFilter> ReadFilterAsync(CancellationToken ct) => permissions.ReadFilterAsync(ct);

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var activity = await FindOrStartAsync(id, partnership, ct);
        if (activity is null) return NotFound();
        if (!await MayEditAsync(activity, ct)) return Forbid();
        Input = InputFrom(activity);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var activity = await FindOrStartAsync(id, partnership, ct);
        if (activity is null) return NotFound();
        if (!await MayEditAsync(activity, ct)) return Forbid();

        if (AddRow())
        {
            ModelState.Clear();
            return Page();
        }
        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || activity.Version != Input.Version))
            return ShowConflict(activity);
        Input.ValidateCommon(ModelState, Choices, t);
        Validate();
        if (!ModelState.IsValid) return Page();

        await SaveAsync(activity, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(activity.Id, ct))!);
        }
        return Redirect($"/activities/{activity.Id}");
    }

    /// <summary>The activity to edit, or a new one of the partnership named in the address; null when either is unknown.</summary>
    private async Task<TActivity?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        ActivityId = id;
        var activity = IsNew ? new TActivity { PartnershipId = partnershipId ?? 0, Status = ActivityStatus.Planned } : await LoadAsync(id!.Value, ct);
        if (activity is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == activity.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ActivityChoices.LoadAsync(db, access, partnership, LinkedOrganisations(activity).Append(activity.OwnerOrganisationId), ct);
        await LoadChoicesAsync(activity, ct);
        // A Contributor's new activity is their organisation's from the start, so the Contributor rule applies to it.
        if (IsNew && Choices.OwnerOrganisationIds is { Count: > 0 } own) activity.OwnerOrganisationId = own[0];
        return activity;
    }

    private async Task<bool> MayEditAsync(TActivity activity, CancellationToken ct)
    {
        if (!Choices.Allows(await permissions.CanEditAsync(activity, ct))) return false;
        Choices.MaySetPublic = await permissions.SavesAreApprovedAsync(activity, ct);
        SaveNeedsReapproval = activity.State == RecordState.Approved && !Choices.MaySetPublic;
        return true;
    }

    /// <summary>Puts the form onto the activity and its parts; nothing is written until the one SaveChanges.</summary>
    private async Task SaveAsync(TActivity activity, CancellationToken ct)
    {
        Input.ApplyCommonTo(activity, await Choices.ChosenCommitmentsAsync(db, Input.CommitmentIds, ct), Choices);
        ApplyInputTo(activity);
        await workflow.AfterEditAsync(activity, ct);
        if (IsNew) db.Set<TActivity>().Add(activity);
        await SavePartsAsync(activity, ct);
    }

    private IActionResult ShowConflict(TActivity current)
    {
        var theirs = InputFrom(current);
        if (Take is not null) Replace(Take, theirs);
        Conflict = EditConflict.Between(Compare(theirs), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }
}
