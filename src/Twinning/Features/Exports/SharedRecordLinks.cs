using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Exports;

/// <summary>
/// Which shared records (people, organisations, sources) a partnership's export carries: those its own
/// exported (approved) records name, and nothing else. At national scale the shared tables hold every
/// partnership's people and sources; one partnership's workbook carrying them all was most of its size and
/// time. Every row a re-import of the workbook references by id (a leader, a funder, a parent) stays in it.
/// The id sets are SQL subqueries; only the organisation parent chain is walked in steps (see there).
/// </summary>
internal static class SharedRecordLinks
{
    private const RecordState Approved = RecordState.Approved;

    public static IQueryable<int> PersonIds(TwinningDb db, int partnershipId)
    {
        var activities = db.Activities.Where(a => a.PartnershipId == partnershipId && a.State == Approved);
        var agreements = db.Agreements.Where(a => a.PartnershipId == partnershipId && a.State == Approved);
        var invitations = db.Invitations.Where(i => i.PartnershipId == partnershipId && i.State == Approved);
        var visits = db.Visits.Where(v => v.PartnershipId == partnershipId && v.State == Approved);
        return activities.SelectMany(a => a.Participants.Select(p => p.PersonId))
            .Union(visits.Where(v => v.LeaderId != null).Select(v => v.LeaderId!.Value))
            .Union(visits.Where(v => v.InvitedById != null).Select(v => v.InvitedById!.Value))
            .Union(agreements.SelectMany(a => a.Signatories.Select(s => s.PersonId)))
            .Union(invitations.Select(i => i.InviterId))
            .Union(invitations.Select(i => i.InviteeId));
    }

    /// <summary>The organisations the partnership's records name directly, and those of the included people's posts.</summary>
    public static IQueryable<int> NamedOrganisationIds(TwinningDb db, int partnershipId)
    {
        var activities = db.Activities.Where(a => a.PartnershipId == partnershipId && a.State == Approved);
        var agreements = db.Agreements.Where(a => a.PartnershipId == partnershipId && a.State == Approved);
        var projects = db.Projects.Where(p => p.PartnershipId == partnershipId && p.State == Approved);
        var programmes = db.Programmes.Where(p => p.PartnershipId == partnershipId && p.State == Approved);
        var donations = db.Donations.Where(d => d.PartnershipId == partnershipId && d.State == Approved);
        var events = db.Events.Where(e => e.PartnershipId == partnershipId && e.State == Approved);
        var people = PersonIds(db, partnershipId);
        return agreements.SelectMany(a => a.Parties.Select(o => o.Id))
            .Union(agreements.SelectMany(a => a.Commitments.SelectMany(c => c.Responsible.Select(o => o.Id))))
            .Union(events.SelectMany(e => e.Organisers.Select(o => o.Id)))
            .Union(projects.Where(p => p.FunderId != null).Select(p => p.FunderId!.Value))
            .Union(projects.Where(p => p.RecipientId != null).Select(p => p.RecipientId!.Value))
            .Union(programmes.Where(p => p.ProviderId != null).Select(p => p.ProviderId!.Value))
            .Union(programmes.Where(p => p.BeneficiaryId != null).Select(p => p.BeneficiaryId!.Value))
            .Union(donations.Where(d => d.DonorId != null).Select(d => d.DonorId!.Value))
            .Union(donations.Where(d => d.RecipientId != null).Select(d => d.RecipientId!.Value))
            .Union(activities.Where(a => a.OwnerOrganisationId != null).Select(a => a.OwnerOrganisationId!.Value))
            .Union(db.Positions.Where(p => people.Contains(p.PersonId) && p.OrganisationId != null).Select(p => p.OrganisationId!.Value));
    }

    /// <summary>
    /// The named organisations with their whole parent chain, since the organisations sheet names each row's
    /// parent by id. The chain has no fixed depth (and the editor does not rule out cycles), which LINQ cannot
    /// say in one query; so the ids (one partnership's, a few hundred at most) are read and each step up asks
    /// only for the parents of the previous step's new ids, until none are new.
    /// </summary>
    public static async Task<HashSet<int>> OrganisationIdsAsync(TwinningDb db, int partnershipId, CancellationToken ct)
    {
        var ids = (await NamedOrganisationIds(db, partnershipId).ToListAsync(ct)).ToHashSet();
        var step = ids.ToList();
        while (step.Count > 0)
        {
            var parents = await db.Organisations
                .Where(o => step.Contains(o.Id) && o.ParentId != null).Select(o => o.ParentId!.Value).Distinct().ToListAsync(ct);
            step = parents.Where(ids.Add).ToList();
        }
        return ids;
    }

    /// <summary>
    /// Sources cited by the partnership's records or by their parts (commitments, milestones, intakes), and the
    /// partnership's own sources (articles imported into it), cited yet or not: they are its record too.
    /// </summary>
    public static IQueryable<int> SourceIds(TwinningDb db, int partnershipId)
    {
        var activities = db.Activities.Where(a => a.PartnershipId == partnershipId && a.State == Approved).Select(a => a.Id);
        var agreements = db.Agreements.Where(a => a.PartnershipId == partnershipId && a.State == Approved);
        var commitments = agreements.SelectMany(a => a.Commitments.Select(c => c.Id));
        var milestones = db.Projects.Where(p => p.PartnershipId == partnershipId && p.State == Approved).SelectMany(p => p.Milestones.Select(m => m.Id));
        var intakes = db.Programmes.Where(p => p.PartnershipId == partnershipId && p.State == Approved).SelectMany(p => p.Intakes.Select(i => i.Id));
        var invitations = db.Invitations.Where(i => i.PartnershipId == partnershipId && i.State == Approved).Select(i => i.Id);
        var anniversaries = db.Anniversaries.Where(a => a.PartnershipId == partnershipId && a.State == Approved).Select(a => a.Id);
        var agreementIds = agreements.Select(a => a.Id);
        return db.Citations.Where(c =>
                (c.RecordKind == RecordKind.Activity && activities.Contains(c.RecordId))
                || (c.RecordKind == RecordKind.Agreement && agreementIds.Contains(c.RecordId))
                || (c.RecordKind == RecordKind.Commitment && commitments.Contains(c.RecordId))
                || (c.RecordKind == RecordKind.Milestone && milestones.Contains(c.RecordId))
                || (c.RecordKind == RecordKind.Intake && intakes.Contains(c.RecordId))
                || (c.RecordKind == RecordKind.Invitation && invitations.Contains(c.RecordId))
                || (c.RecordKind == RecordKind.Anniversary && anniversaries.Contains(c.RecordId)))
            .Select(c => c.SourceId)
            .Union(db.Sources.Where(s => s.PartnershipId == partnershipId).Select(s => s.Id));
    }
}
