using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Workflow;

namespace Twinning.Tests.Features.Exports;

/// <summary>
/// The ids each export sheet should hold for a reader of a partnership, read straight from the database
/// with queries of the test's own (Approved records; the partnership's own, or the shared ones).
/// </summary>
public static class ExpectedRecords
{
    private const RecordState Approved = RecordState.Approved;

    public static async Task<Dictionary<string, HashSet<int>>> IdsAsync(TwinningDb db, int partnershipId)
    {
        async Task<HashSet<int>> Ids(IQueryable<int> ids) => (await ids.ToListAsync()).ToHashSet();
        var activities = db.Activities.Where(a => a.PartnershipId == partnershipId && a.State == Approved);
        return new Dictionary<string, HashSet<int>>
        {
            ["agreements"] = await Ids(db.Agreements.Where(a => a.PartnershipId == partnershipId && a.State == Approved).Select(a => a.Id)),
            ["commitments"] = await Ids(db.Commitments.Where(c => c.Agreement!.PartnershipId == partnershipId && c.Agreement.State == Approved).Select(c => c.Id)),
            ["visits"] = await Ids(activities.OfType<Twinning.Features.Visits.Visit>().Select(a => a.Id)),
            ["meetings"] = await Ids(activities.OfType<Twinning.Features.Visits.Meeting>().Select(a => a.Id)),
            ["projects"] = await Ids(activities.OfType<Twinning.Features.Projects.Project>().Select(a => a.Id)),
            ["programmes"] = await Ids(activities.OfType<Twinning.Features.Programmes.Programme>().Select(a => a.Id)),
            ["events"] = await Ids(activities.OfType<Twinning.Features.Events.PromotionEvent>().Select(a => a.Id)),
            ["donations"] = await Ids(activities.OfType<Twinning.Features.Donations.Donation>().Select(a => a.Id)),
            ["invitations"] = await Ids(db.Invitations.Where(i => i.PartnershipId == partnershipId && i.State == Approved).Select(i => i.Id)),
            ["anniversaries"] = await Ids(db.Anniversaries.Where(a => a.PartnershipId == partnershipId && a.State == Approved).Select(a => a.Id)),
            // People, organisations and sources: those the partnership's records name (SharedRecordsExportTests checks which).
            ["people"] = await Ids(db.People.Where(p => p.State == Approved && Twinning.Features.Exports.SharedRecordLinks.PersonIds(db, partnershipId).Contains(p.Id)).Select(p => p.Id)),
            ["organisations"] = (await Twinning.Features.Exports.SharedRecordLinks.OrganisationIdsAsync(db, partnershipId, default))
                .Intersect(await db.Organisations.Where(o => o.State == Approved).Select(o => o.Id).ToListAsync()).ToHashSet(),
            ["sources"] = await Ids(db.Sources.Where(s => s.State == Approved && Twinning.Features.Exports.SharedRecordLinks.SourceIds(db, partnershipId).Contains(s.Id)).Select(s => s.Id)),
        };
    }
}
