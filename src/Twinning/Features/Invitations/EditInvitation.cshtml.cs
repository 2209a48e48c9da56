using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Features.Invitations;

/// <summary>Record an invitation to visit, and later its answer and the visit that fulfilled it.</summary>
public sealed class EditInvitationModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t)
    : RecordEditPage<Invitation, InvitationInput>(db, permissions, workflow, t)
{
    /// <summary>The people the user may read, and the invitation's inviter and invitee (<see cref="RecordOptions"/>), by Vietnamese name.</summary>
    public List<RecordOption> People { get; private set; } = [];
    /// <summary>
    /// The partnership's visits the user may read (<see cref="ReadFilter.Apply{T}"/>), newest first, plus the
    /// visit the invitation already names as fulfilling it even if the user may not read it: shown selected,
    /// as <see cref="RecordOptions"/> keeps stored links, so a save of the unchanged form keeps it.
    /// </summary>
    public List<Visit> Visits { get; private set; } = [];

    protected override async Task<Invitation?> FindOrStartAsync(int? id, int? partnership, CancellationToken ct)
    {
        var invitation = IsNew ? new Invitation { PartnershipId = partnership ?? 0 } : await Db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (invitation is null || !await Db.Partnerships.AnyAsync(p => p.Id == invitation.PartnershipId, ct)) return null;
        var readable = await Permissions.ReadFilterAsync(ct);
        People = (await RecordOptions.PeopleAsync(Db, readable,
            IsNew ? [] : [invitation.InviterId, invitation.InviteeId], ct)).ByVietnameseName();
        Visits = await VisitsAsync(invitation, readable, ct);
        return invitation;
    }

    private async Task<List<Visit>> VisitsAsync(Invitation invitation, ReadFilter readable, CancellationToken ct)
    {
        var ofPartnership = Db.Visits.AsNoTracking().Where(v => v.PartnershipId == invitation.PartnershipId);
        var visits = await readable.Apply(ofPartnership).ToListAsync(ct);
        // Only the stored link is exempt; an id merely posted is not, so the form cannot link or name an unreadable draft.
        if (!IsNew && invitation.FulfilledById is { } stored && visits.All(v => v.Id != stored))
            visits.AddRange(await ofPartnership.Where(v => v.Id == stored).ToListAsync(ct));
        return visits.OrderByDescending(v => v.StartDate).ThenByDescending(v => v.Id).ToList();
    }

    protected override InvitationInput InputFrom(Invitation invitation) => InvitationInput.From(invitation);
    protected override string SavedUrl(Invitation invitation) => $"/people/{invitation.InviteeId}";

    /// <summary>A person's page offers "record an invitation from them" with the inviter already chosen.</summary>
    protected override void PrefillNew()
    {
        if (Request.Query.TryGetValue("inviter", out var inviter) && int.TryParse(inviter, out var inviterId)) Input.InviterId = inviterId;
    }

    protected override void Validate(Invitation invitation)
    {
        if (Input.InviterId is { } a && People.All(p => p.Id != a)) ModelState.AddModelError("Input.InviterId", T["Validation.Unknown"]);
        if (Input.InviteeId is { } b && People.All(p => p.Id != b)) ModelState.AddModelError("Input.InviteeId", T["Validation.Unknown"]);
        if (Input.FulfilledById is { } v && Visits.All(x => x.Id != v)) ModelState.AddModelError("Input.FulfilledById", T["Validation.Unknown"]);
    }
}
