using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;

namespace Twinning.Features.Events;

/// <summary>
/// Create or edit an event (conference, fair, forum…) and its organisers. A Contributor's event belongs
/// to their organisation and waits for an Editor. When someone else saved the event meanwhile, both
/// versions are shown side by side and nothing typed is lost.
/// </summary>
public sealed class EditEventModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : PageModel, IActivityForm
{
    [BindProperty] public EventInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    public bool IsNew { get; private set; }
    public int? EventId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public ActivityChoices Choices { get; private set; } = null!;
    public ActivityCommonInput Common => Input;

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var promotionEvent = await FindOrStartAsync(id, partnership, ct);
        if (promotionEvent is null) return NotFound();
        if (!await MayEditAsync(promotionEvent, ct)) return Forbid();
        Input = EventInput.From(promotionEvent);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var promotionEvent = await FindOrStartAsync(id, partnership, ct);
        if (promotionEvent is null) return NotFound();
        if (!await MayEditAsync(promotionEvent, ct)) return Forbid();

        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || promotionEvent.Version != Input.Version))
            return ShowConflict(promotionEvent);
        Input.ValidateCommon(ModelState, Choices, t);
        if (Input.OrganiserIds.Any(o => !Choices.HasOrganisation(o)))
            ModelState.AddModelError("Input.OrganiserIds", t["Validation.Unknown"]);
        if (!ModelState.IsValid) return Page();

        await SaveAsync(promotionEvent, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(promotionEvent.Id, ct))!);
        }
        return Redirect($"/activities/{promotionEvent.Id}");
    }

    /// <summary>The event to edit, or a new one of the partnership named in the address; null when either is unknown.</summary>
    private async Task<PromotionEvent?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        EventId = id;
        var promotionEvent = IsNew ? new PromotionEvent { PartnershipId = partnershipId ?? 0, Status = ActivityStatus.Planned } : await LoadAsync(id!.Value, ct);
        if (promotionEvent is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == promotionEvent.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ActivityChoices.LoadAsync(db, access, partnership, ct);
        // A Contributor's new event is their organisation's from the start, so the Contributor rule applies to it.
        if (IsNew && Choices.OwnerOrganisationIds is { Count: > 0 } own) promotionEvent.OwnerOrganisationId = own[0];
        return promotionEvent;
    }

    private async Task<bool> MayEditAsync(PromotionEvent promotionEvent, CancellationToken ct)
    {
        if (!Choices.Allows(await permissions.CanEditAsync(promotionEvent, ct))) return false;
        Choices.MaySetPublic = await permissions.SavesAreApprovedAsync(promotionEvent, ct);
        return true;
    }

    /// <summary>Puts the form onto the event and its organisers; nothing is written until the one SaveChanges.</summary>
    private async Task SaveAsync(PromotionEvent promotionEvent, CancellationToken ct)
    {
        Input.ApplyCommonTo(promotionEvent, await Choices.ChosenCommitmentsAsync(db, Input.CommitmentIds, ct), Choices);
        Input.ApplyTo(promotionEvent);
        await workflow.AfterEditAsync(promotionEvent, ct);
        if (IsNew) db.Events.Add(promotionEvent);

        var wanted = Input.OrganiserIds.Distinct().ToList();
        var organisers = await db.Organisations.Where(o => wanted.Contains(o.Id)).ToListAsync(ct);
        promotionEvent.Organisers.RemoveAll(o => !wanted.Contains(o.Id));
        promotionEvent.Organisers.AddRange(organisers.Where(o => promotionEvent.Organisers.All(x => x.Id != o.Id)));

        // Its organisers are part of the event: changing only them still raises the event's version,
        // so someone editing the same event meanwhile meets the conflict check.
        db.ChangeTracker.DetectChanges();
        if (!IsNew && db.Entry(promotionEvent).State == EntityState.Unchanged && db.ChangeTracker.HasChanges())
            db.Entry(promotionEvent).Property(e => e.Version).IsModified = true;
    }

    private IActionResult ShowConflict(PromotionEvent current)
    {
        var theirs = EventInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, Choices, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<PromotionEvent?> LoadAsync(int id, CancellationToken ct) =>
        db.Events.AsSplitQuery().Include(e => e.Commitments).Include(e => e.Organisers).FirstOrDefaultAsync(e => e.Id == id, ct);
}
