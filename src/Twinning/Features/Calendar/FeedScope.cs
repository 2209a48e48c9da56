using Twinning.Features.Accounts;
using Twinning.Features.Workflow;

namespace Twinning.Features.Calendar;

/// <summary>
/// What a user may see in a partnership, by the timeline's rule: Approved records for every member;
/// drafts and submissions for those who act on them (the partnership's Editors and Administrators, and
/// Contributors for their own organisation's activities).
/// </summary>
public sealed record FeedScope(IReadOnlyList<int> Readable, IReadOnlyList<int> SeesDrafts, IReadOnlyList<(int Partnership, int Organisation)> OwnOrganisations)
{
    public static async Task<FeedScope> OfAsync(PartnershipAccess access, CancellationToken ct)
    {
        var memberships = await access.MembershipsAsync(ct);
        return new FeedScope(
            await access.ReadablePartnershipIdsAsync(ct),
            await access.DraftReadablePartnershipIdsAsync(ct),
            memberships.Where(m => m.Role == PartnershipRole.Contributor && m.OrganisationId is not null)
                .Select(m => (m.PartnershipId, m.OrganisationId!.Value)).ToList());
    }

    public bool Shows(int partnershipId, RecordState state, int? ownerOrganisationId) =>
        Readable.Contains(partnershipId)
        && (state == RecordState.Approved || SeesDrafts.Contains(partnershipId)
            || (ownerOrganisationId is { } owner && OwnOrganisations.Contains((partnershipId, owner))));
}
