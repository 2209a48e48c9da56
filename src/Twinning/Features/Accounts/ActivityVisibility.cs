using Twinning.Features.Activities;
using Twinning.Features.Workflow;

namespace Twinning.Features.Accounts;

/// <summary>
/// Which activities a user sees, the one rule the timeline and the calendar feed share: Approved records
/// for every member of a partnership; drafts and submissions, marked, for those who act on them (the
/// partnership's Editors and Administrators, and Contributors for their own organisation's activities).
/// </summary>
public sealed record ActivityVisibility(IReadOnlyList<int> Readable, IReadOnlyList<int> SeesDrafts, IReadOnlyList<(int Partnership, int Organisation)> OwnOrganisations)
{
    public static async Task<ActivityVisibility> OfAsync(PartnershipAccess access, CancellationToken ct)
    {
        var memberships = await access.MembershipsAsync(ct);
        return new ActivityVisibility(
            await access.ReadablePartnershipIdsAsync(ct),
            await access.DraftReadablePartnershipIdsAsync(ct),
            memberships.Where(m => m.Role == PartnershipRole.Contributor && m.OrganisationId is not null)
                .Select(m => (m.PartnershipId, m.OrganisationId!.Value)).ToList());
    }

    public bool Shows(int partnershipId, RecordState state, int? ownerOrganisationId) =>
        Readable.Contains(partnershipId)
        && (state == RecordState.Approved || SeesDrafts.Contains(partnershipId)
            || (ownerOrganisationId is { } owner && OwnOrganisations.Contains((partnershipId, owner))));

    /// <summary>The activities of one partnership this user sees, as a query (the same rule as <see cref="Shows"/>).</summary>
    public IQueryable<Activity> Of(IQueryable<Activity> activities, int partnershipId)
    {
        if (!Readable.Contains(partnershipId)) return activities.Where(_ => false);
        if (SeesDrafts.Contains(partnershipId)) return activities.Where(a => a.PartnershipId == partnershipId);
        var own = OwnOrganisations.Where(o => o.Partnership == partnershipId).Select(o => (int?)o.Organisation).ToList();
        return activities.Where(a => a.PartnershipId == partnershipId && (a.State == RecordState.Approved || own.Contains(a.OwnerOrganisationId)));
    }
}
