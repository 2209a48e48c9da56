using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Agreements;

/// <summary>
/// Create or edit an agreement together with its parties, signatories and commitments, one form and
/// one save. A new agreement names its partnership in the address, and an agency-level one the
/// city-level agreement it implements. A commitment removed from the form is deleted for good, unless
/// activities carry it out. When someone else saved the agreement meanwhile, both versions are shown
/// side by side and nothing typed is lost.
/// </summary>
public sealed class EditAgreementModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, IStringLocalizer t) : PageModel
{
    [BindProperty] public AgreementInput Input { get; set; } = new();

    /// <summary>Replace this field of the form with the other person's saved value (conflict view, no script needed).</summary>
    [BindProperty] public string? Take { get; set; }

    /// <summary>Pressed "add a commitment": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddCommitment { get; set; }

    /// <summary>Pressed "add a signatory": show the form again with one more empty row, saving nothing.</summary>
    [BindProperty] public bool AddSignatory { get; set; }

    public bool IsNew { get; private set; }
    public int? AgreementId { get; private set; }
    public EditConflict? Conflict { get; private set; }
    public AgreementChoices Choices { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? id, int? partnership, int? parent, CancellationToken ct)
    {
        var agreement = await FindOrStartAsync(id, partnership, parent, ct);
        if (agreement is null) return NotFound();
        if (!await permissions.CanEditAsync(agreement, ct)) return Forbid();
        Input = AgreementInput.From(agreement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? partnership, int? parent, CancellationToken ct)
    {
        var agreement = await FindOrStartAsync(id, partnership, parent, ct);
        if (agreement is null) return NotFound();
        if (!await permissions.CanEditAsync(agreement, ct)) return Forbid();

        if (AddCommitment || AddSignatory)
        {
            Input.Commitments.RemoveAll(c => c.Remove && c.Id == 0);
            Input.Signatories.RemoveAll(s => s.Remove && s.Id == 0);
            if (AddCommitment) Input.Commitments.Add(new CommitmentInput());
            if (AddSignatory) Input.Signatories.Add(new SignatoryInput());
            ModelState.Clear();
            return Page();
        }
        // A "take theirs" button, or a save based on an older version: show (again) both versions side by side.
        if (!IsNew && (Take is not null || agreement.Version != Input.Version))
            return ShowConflict(agreement);
        await ValidateAsync(agreement, ct);
        if (!ModelState.IsValid) return Page();

        await ApplyAsync(agreement, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our check and our write: show their version next to ours.
            db.ChangeTracker.Clear();
            return ShowConflict((await LoadAsync(agreement.Id, ct))!);
        }
        return Redirect($"/agreements/{agreement.Id}");
    }

    /// <summary>
    /// The agreement to edit, or a new one of the partnership named in the address (under the city-level
    /// agreement named as its parent, if any); null when any of them is unknown or the parent does not fit.
    /// </summary>
    private async Task<Agreement?> FindOrStartAsync(int? id, int? partnershipId, int? parentId, CancellationToken ct)
    {
        IsNew = id is null;
        AgreementId = id;
        Agreement? agreement;
        if (IsNew)
        {
            agreement = new Agreement { PartnershipId = partnershipId ?? 0 };
            if (parentId is not null)
            {
                var parentIsCityLevel = await db.Agreements.AnyAsync(a => a.Id == parentId && a.PartnershipId == agreement.PartnershipId && a.ParentId == null, ct);
                if (!parentIsCityLevel) return null;
                agreement.ParentId = parentId;
                agreement.Kind = AgreementKind.MemorandumOfUnderstanding;
            }
            else agreement.Kind = AgreementKind.CooperationAgreement;
            agreement.Status = AgreementStatus.InForce;
        }
        else agreement = await LoadAsync(id!.Value, ct);
        if (agreement is null) return null;
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == agreement.PartnershipId, ct);
        if (partnership is null) return null;
        Choices = await ChoicesAsync(partnership, agreement, ct);
        return agreement;
    }

    /// <summary>What DataAnnotations cannot say: a period given whole and in order, choices that exist, commitments free to delete.</summary>
    private async Task ValidateAsync(Agreement agreement, CancellationToken ct)
    {
        // Rows to be removed, and rows added and left empty, are not checked: they will not be saved.
        for (var i = 0; i < Input.Commitments.Count; i++)
            if (Input.Commitments[i] is { Remove: true } or { IsBlank: true })
                ForgetRow($"Input.Commitments[{i}].");
        for (var i = 0; i < Input.Signatories.Count; i++)
            if (Input.Signatories[i] is { Remove: true } or { IsBlank: true })
                ForgetRow($"Input.Signatories[{i}].");

        if (Input.StartYear is null != Input.EndYear is null)
            ModelState.AddModelError(Input.StartYear is null ? "Input.StartYear" : "Input.EndYear", t["Validation.PeriodBoth"]);
        else if (Input.StartYear is { } start && Input.EndYear is { } end && end < start)
            ModelState.AddModelError("Input.EndYear", t["Validation.PeriodOrder"]);

        if (Input.PredecessorId is { } predecessor)
        {
            if (Choices.Predecessors.All(a => a.Id != predecessor))
                ModelState.AddModelError("Input.PredecessorId", t["Validation.Unknown"]);
            else if (!IsNew && LeadsBackTo(predecessor, agreement.Id))
                ModelState.AddModelError("Input.PredecessorId", t["AgreementEdit.PredecessorCycle"]);
        }
        if (Input.PartyIds.Any(UnknownOrganisation))
            ModelState.AddModelError("Input.PartyIds", t["Validation.Unknown"]);

        for (var i = 0; i < Input.Signatories.Count; i++)
        {
            var row = Input.Signatories[i];
            if (row.Remove || row.IsBlank) continue;
            if (row.PersonId is not { } person)
                ModelState.AddModelError($"Input.Signatories[{i}].PersonId", t["Validation.Required", t["AgreementEdit.SignatoryPerson"]]);
            else if (Choices.People.All(p => p.Id != person))
                ModelState.AddModelError($"Input.Signatories[{i}].PersonId", t["Validation.Unknown"]);
        }

        for (var i = 0; i < Input.Commitments.Count; i++)
        {
            var row = Input.Commitments[i];
            if (row.Remove)
            {
                // Deleting a commitment is for good: refused while activities say they carry it out.
                if (row.Id != 0 && agreement.Commitments.Any(c => c.Id == row.Id))
                {
                    var carriedOutBy = await db.Activities.CountAsync(a => a.Commitments.Any(c => c.Id == row.Id), ct);
                    if (carriedOutBy > 0)
                        ModelState.AddModelError($"Input.Commitments[{i}].Remove", t["AgreementEdit.CommitmentInUse", carriedOutBy]);
                }
                continue;
            }
            if (row.IsBlank) continue;
            if (row.ResponsibleIds.Any(UnknownOrganisation))
                ModelState.AddModelError($"Input.Commitments[{i}].ResponsibleIds", t["Validation.Unknown"]);
        }
    }

    private void ForgetRow(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
            ModelState.Remove(key);
    }

    private bool UnknownOrganisation(int id) => Choices.Organisations.All(o => o.Id != id);

    /// <summary>Whether following predecessors from <paramref name="start"/> comes back to the agreement itself.</summary>
    private bool LeadsBackTo(int start, int self)
    {
        var predecessorOf = Choices.Agreements.ToDictionary(a => a.Id, a => a.PredecessorId);
        var seen = new HashSet<int>();
        for (int? at = start; at is { } current && seen.Add(current); at = predecessorOf.GetValueOrDefault(current))
            if (current == self) return true;
        return false;
    }

    /// <summary>Puts the form onto the agreement, its signatories and commitments; nothing is written until the one SaveChanges.</summary>
    private async Task ApplyAsync(Agreement agreement, CancellationToken ct)
    {
        var kept = Input.KeptCommitments().ToList();
        var organisationIds = Input.PartyIds.Concat(kept.SelectMany(c => c.ResponsibleIds)).Distinct().ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).ToListAsync(ct);
        Input.ApplyTo(agreement, organisations.Where(o => Input.PartyIds.Contains(o.Id)));
        await workflow.AfterEditAsync(agreement, ct);
        if (IsNew) db.Agreements.Add(agreement);

        // Signatories: a row of this agreement is updated, any other is a new signatory; the rest go.
        var existingSignatories = agreement.Signatories.ToList();
        var keptSignatories = new HashSet<int>();
        foreach (var row in Input.KeptSignatories())
        {
            var signatory = existingSignatories.FirstOrDefault(s => s.Id == row.Id && row.Id != 0 && !keptSignatories.Contains(s.Id));
            if (signatory is null)
            {
                signatory = new AgreementSignatory();
                agreement.Signatories.Add(signatory);
            }
            else keptSignatories.Add(signatory.Id);
            row.ApplyTo(signatory);
        }
        foreach (var gone in existingSignatories.Where(s => !keptSignatories.Contains(s.Id)))
        {
            agreement.Signatories.Remove(gone);
            db.Remove(gone);
        }

        // Commitments: only this agreement's can be edited through its form; an unknown id is a new commitment.
        var existingCommitments = agreement.Commitments.ToList();
        var keptCommitments = new HashSet<int>();
        foreach (var row in kept)
        {
            var commitment = existingCommitments.FirstOrDefault(c => c.Id == row.Id && row.Id != 0 && !keptCommitments.Contains(c.Id));
            if (commitment is null)
            {
                commitment = new Commitment();
                agreement.Commitments.Add(commitment);
            }
            else keptCommitments.Add(commitment.Id);
            row.ApplyTo(commitment, organisations.Where(o => row.ResponsibleIds.Contains(o.Id)));
        }
        var removed = existingCommitments.Where(c => !keptCommitments.Contains(c.Id)).ToList();
        foreach (var gone in removed)
        {
            // Commitments are parts of the agreement, not records: deleting one is for good, its sources' citations of it too.
            agreement.Commitments.Remove(gone);
            db.Remove(gone);
        }
        if (removed.Count > 0)
        {
            var removedIds = removed.Select(c => c.Id).ToList();
            db.Citations.RemoveRange(await db.Citations.Where(c => c.RecordKind == RecordKind.Commitment && removedIds.Contains(c.RecordId)).ToListAsync(ct));
        }

        // Its parts belong to the agreement: changing only them still raises the agreement's version,
        // so someone editing the same agreement meanwhile meets the conflict check.
        db.ChangeTracker.DetectChanges();
        if (!IsNew && db.Entry(agreement).State == EntityState.Unchanged && db.ChangeTracker.HasChanges())
            db.Entry(agreement).Property(a => a.Version).IsModified = true;
    }

    private IActionResult ShowConflict(Agreement current)
    {
        var theirs = AgreementInput.From(current);
        if (Take is not null) Input.Replace(Take, theirs);
        Conflict = EditConflict.Between(Input.Compare(theirs, Choices, t), current.UpdatedById, current.UpdatedAt);
        // The next save is a merge of what the user sees now, made against the current version.
        Input.Version = current.Version;
        ModelState.Clear();
        return Page();
    }

    private Task<Agreement?> LoadAsync(int id, CancellationToken ct) =>
        db.Agreements.AsSplitQuery()
            .Include(a => a.Parties)
            .Include(a => a.Signatories)
            .Include(a => a.Commitments).ThenInclude(c => c.Responsible)
            .FirstOrDefaultAsync(a => a.Id == id, ct);

    private async Task<AgreementChoices> ChoicesAsync(Partnerships.Partnership partnership, Agreement agreement, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.PartnershipId == partnership.Id).ToListAsync(ct);
        // The people and bodies the user may read, and those the agreement already links (kept on save).
        var readable = await permissions.ReadFilterAsync(ct);
        var people = await RecordOptions.PeopleAsync(db, readable, agreement.Signatories.Select(s => (int?)s.PersonId), ct);
        var organisations = await RecordOptions.OrganisationsAsync(db, readable,
            agreement.Parties.Concat(agreement.Commitments.SelectMany(c => c.Responsible)).Select(o => (int?)o.Id), ct);
        return new AgreementChoices
        {
            Partnership = partnership,
            Parent = agreements.FirstOrDefault(a => a.Id == agreement.ParentId),
            Agreements = agreements,
            // The newest first: an agreement usually follows the one before it.
            Predecessors = agreements.Where(a => a.ParentId == null && a.Id != agreement.Id)
                .OrderByDescending(a => a.StartYear ?? a.SignedOn?.Year).ThenBy(a => a.Id).ToList(),
            Organisations = organisations.SideFirst(partnership.CityACountry),
            People = people.ByName(),
        };
    }
}
