using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;
using Twinning.Web;

namespace Twinning.Features.Visits;

/// <summary>
/// Create or edit a visit together with its meetings, one form and one save. A Contributor's visit
/// belongs to their organisation and waits for an Editor, its meetings with it. When someone else
/// saved the visit meanwhile, both versions are shown side by side and nothing typed is lost.
/// </summary>
public sealed class EditVisitModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t) : PageModel
{
    [BindProperty] public VisitInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    /// <summary>Pressed "add a meeting": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddMeeting { get; set; }

    public bool IsNew { get; private set; }
    public int? VisitId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public VisitChoices Choices { get; private set; } = null!;

    /// <summary>Whether the user's saves are approved at once, and so whether "public" is theirs to set.</summary>
    public bool MaySetPublic { get; private set; }

    /// <summary>The visit is approved and this user's save will need approving again (a Contributor's edit).</summary>
    public bool SaveNeedsReapproval { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, CancellationToken ct)
    {
        var visit = await FindOrStartAsync(id, partnership, ct);
        if (visit is null) return NotFound();
        if (!await MayEditAsync(visit, ct)) return Forbid();
        Input = VisitInput.From(visit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, CancellationToken ct)
    {
        var visit = await FindOrStartAsync(id, partnership, ct);
        if (visit is null) return NotFound();
        if (!await MayEditAsync(visit, ct)) return Forbid();

        if (AddMeeting)
        {
            Input.Meetings.RemoveAll(m => m.Remove && m.Id == 0);
            Input.Meetings.Add(new MeetingInput());
            ModelState.Clear();
            return Page();
        }
        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || visit.Version != Input.Version))
            return ShowConflict(visit);
        Validate();
        if (!ModelState.IsValid) return Page();

        await SaveAsync(visit, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(visit.Id, ct))!);
        }
        return Redirect($"/activities/{visit.Id}");
    }

    /// <summary>The visit to edit, or a new one of the partnership named in the address; null when either is unknown.</summary>
    private async Task<Visit?> FindOrStartAsync(int? id, int? partnershipId, CancellationToken ct)
    {
        IsNew = id is null;
        VisitId = id;
        var visit = IsNew ? new Visit { PartnershipId = partnershipId ?? 0, Status = Activities.ActivityStatus.Planned } : await LoadAsync(id!.Value, ct);
        if (visit is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == visit.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ChoicesAsync(partnership, visit, ct);
        // A Contributor's new visit is their organisation's from the start, so the Contributor rule applies to it.
        if (IsNew && Choices.OwnerOrganisationIds is { Count: > 0 } own) visit.OwnerOrganisationId = own[0];
        return visit;
    }

    private async Task<bool> MayEditAsync(Visit visit, CancellationToken ct)
    {
        if (!await permissions.CanEditAsync(visit, ct)) return false;
        // A Contributor without an organisation could make a visit nobody may edit afterwards.
        if (Choices.OwnerOrganisationIds is { Count: 0 }) return false;
        MaySetPublic = await permissions.SavesAreApprovedAsync(visit, ct);
        SaveNeedsReapproval = visit.State == RecordState.Approved && !MaySetPublic;
        return true;
    }

    /// <summary>What DataAnnotations cannot say: dates in order, meetings within the visit, choices that exist.</summary>
    private void Validate()
    {
        for (var i = 0; i < Input.Meetings.Count; i++)
        {
            // Rows to be removed, and rows added and left empty, are not checked: they will not be saved.
            if (Input.Meetings[i] is { Remove: true } or { IsBlank: true })
                foreach (var key in ModelState.Keys.Where(k => k.StartsWith($"Input.Meetings[{i}].", StringComparison.Ordinal)).ToList())
                    ModelState.Remove(key);
        }
        if (Input.StartDate is { } start && Input.EndDate is { } end && end < start)
            ModelState.AddModelError("Input.EndDate", t["Validation.EndBeforeStart", t["Field.To"], t["Field.From"]]);
        if (Input.LeaderId is { } leader && Choices.People.All(p => p.Id != leader))
            ModelState.AddModelError("Input.LeaderId", t["Validation.Unknown"]);
        if (!Choices.OwnerIsFixed && Input.OwnerOrganisationId is { } owner && Choices.Organisations.All(o => o.Id != owner))
            ModelState.AddModelError("Input.OwnerOrganisationId", t["Validation.Unknown"]);

        var first = Input.StartDate;
        var last = Input.EndDate is { } e && e >= first ? e : first;
        for (var i = 0; i < Input.Meetings.Count; i++)
        {
            var row = Input.Meetings[i];
            if (row.Remove || row.IsBlank) continue;
            if (first is not null && row.Date is { } day && (day < first || day > last))
                ModelState.AddModelError($"Input.Meetings[{i}].Date", t["Validation.MeetingOutsideVisit", t.Date(first), t.Date(last)]);
            if (row.ParticipantIds.Any(id => Choices.People.All(p => p.Id != id)))
                ModelState.AddModelError($"Input.Meetings[{i}].ParticipantIds", t["Validation.Unknown"]);
        }
    }

    /// <summary>Puts the form onto the visit and its meetings; nothing is written until the one SaveChanges.</summary>
    private async Task SaveAsync(Visit visit, CancellationToken ct)
    {
        var wantedCommitments = Input.CommitmentIds.Where(id => Choices.Commitments.Any(c => c.Id == id)).Distinct().ToList();
        var commitments = await db.Commitments.Where(c => wantedCommitments.Contains(c.Id)).ToListAsync(ct);
        Input.ApplyTo(visit, commitments);

        // The owner: an Editor's choice; for a Contributor one of their own organisations, whatever was posted.
        if (Choices.OwnerOrganisationIds is { } own)
            visit.OwnerOrganisationId = own.Contains(Input.OwnerOrganisationId ?? 0) ? Input.OwnerOrganisationId
                : own.Contains(visit.OwnerOrganisationId ?? 0) ? visit.OwnerOrganisationId : own[0];
        else
            visit.OwnerOrganisationId = Input.OwnerOrganisationId;
        if (MaySetPublic) visit.IsPublic = Input.IsPublic;
        await workflow.AfterEditAsync(visit, ct);
        if (IsNew) db.Visits.Add(visit);

        var existing = visit.Meetings.ToList();
        var kept = new HashSet<int>();
        foreach (var row in Input.KeptMeetings())
        {
            // Only meetings of this visit can be edited through its form; an unknown id is a new meeting.
            var meeting = existing.FirstOrDefault(m => m.Id == row.Id && row.Id != 0 && !kept.Contains(m.Id));
            if (meeting is null)
            {
                meeting = new Meeting();
                visit.Meetings.Add(meeting);
            }
            else kept.Add(meeting.Id);
            row.ApplyTo(meeting, visit);
            await workflow.AfterEditAsync(meeting, ct);
        }
        foreach (var gone in existing.Where(m => !kept.Contains(m.Id)))
            db.Remove(gone); // soft: the save turns it into DeletedAt

        // Its meetings are part of the visit: changing only them still raises the visit's version,
        // so someone editing the same visit meanwhile meets the conflict check.
        db.ChangeTracker.DetectChanges();
        if (!IsNew && db.Entry(visit).State == EntityState.Unchanged && db.ChangeTracker.HasChanges())
            db.Entry(visit).Property(v => v.Version).IsModified = true;
    }

    private IActionResult ShowConflict(Visit current)
    {
        var theirs = VisitInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, Choices, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<Visit?> LoadAsync(int id, CancellationToken ct) =>
        db.Visits.AsSplitQuery()
            .Include(v => v.Commitments)
            .Include(v => v.Meetings).ThenInclude(m => m.Participants)
            .FirstOrDefaultAsync(v => v.Id == id, ct);

    /// <summary>What the form offers: the people and bodies the user may read, and those the visit already links (kept on save).</summary>
    private async Task<VisitChoices> ChoicesAsync(Partnerships.Partnership partnership, Visit visit, CancellationToken ct)
    {
        // A visit's bodies, agreements and owner rule are every activity form's; only its people are its own.
        var common = await Activities.ActivityChoices.LoadAsync(db, access, partnership, [visit.OwnerOrganisationId], ct);
        var people = await RecordOptions.PeopleAsync(db, await permissions.ReadFilterAsync(ct),
            visit.Meetings.SelectMany(m => m.Participants).Select(p => (int?)p.PersonId).Append(visit.LeaderId), ct);
        return new VisitChoices
        {
            Partnership = partnership,
            People = people.ByName(),
            Organisations = common.Organisations,
            Agreements = common.Agreements,
            OwnerOrganisationIds = common.OwnerOrganisationIds,
        };
    }
}
