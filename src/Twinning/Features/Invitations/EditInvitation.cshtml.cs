using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Features.Invitations;

/// <summary>Record an invitation to visit, and later its answer and the visit that fulfilled it.</summary>
public sealed class EditInvitationModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t) : PageModel
{
    [BindProperty] public InvitationInput Input { get; set; } = new();
    [BindProperty] public string? Take { get; set; }
    public bool IsNew { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public List<Person> People { get; private set; } = [];
    public List<Visit> Visits { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var invitation = await FindOrStartAsync(id, partnership, ct);
        if (invitation is null) return NotFound();
        if (!await permissions.CanEditAsync(invitation, ct)) return Forbid();
        Input = InvitationInput.From(invitation);
        if (IsNew && Request.Query.TryGetValue("inviter", out var inviter) && int.TryParse(inviter, out var inviterId)) Input.InviterId = inviterId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var invitation = await FindOrStartAsync(id, partnership, ct);
        if (invitation is null) return NotFound();
        if (!await permissions.CanEditAsync(invitation, ct)) return Forbid();
        // "Use the saved value" always re-shows the conflict; it never saves.
        if (!IsNew && (invitation.Version != Input.Version || Take is not null)) return ShowConflict(invitation);
        if (Input.InviterId is { } a && People.All(p => p.Id != a)) ModelState.AddModelError("Input.InviterId", t["Validation.Unknown"]);
        if (Input.InviteeId is { } b && People.All(p => p.Id != b)) ModelState.AddModelError("Input.InviteeId", t["Validation.Unknown"]);
        if (Input.FulfilledById is { } v && Visits.All(x => x.Id != v)) ModelState.AddModelError("Input.FulfilledById", t["Validation.Unknown"]);
        if (!ModelState.IsValid) return Page();

        Input.ApplyTo(invitation);
        await workflow.AfterEditAsync(invitation, ct);
        if (IsNew) db.Invitations.Add(invitation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ShowConflict(await db.Invitations.FirstAsync(i => i.Id == invitation.Id, ct));
        }
        return Redirect($"/people/{invitation.InviteeId}");
    }

    private async Task<Invitation?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        var invitation = IsNew ? new Invitation { PartnershipId = partnershipId ?? 0 } : await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || !await db.Partnerships.AnyAsync(p => p.Id == invitation.PartnershipId, ct)) return null;
        People = await db.People.AsNoTracking().OrderBy(p => p.Name.Vi).ToListAsync(ct);
        Visits = await db.Visits.AsNoTracking().Where(v => v.PartnershipId == invitation.PartnershipId).OrderByDescending(v => v.StartDate).ToListAsync(ct);
        return invitation;
    }

    private IActionResult ShowConflict(Invitation current)
    {
        var theirs = InvitationInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, t), current.UpdatedById, current.UpdatedAt);
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }
}
