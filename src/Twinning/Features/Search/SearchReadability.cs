using System.Linq.Expressions;
using Twinning.Features.Accounts;
using Twinning.Features.Shared;

namespace Twinning.Features.Search;

/// <summary>
/// The read rule of <see cref="Editing.RecordPermissions.CanReadAsync"/> as a filter on index entries, so counts
/// and pages are computed in the database over what the user may read: records of their partnerships and
/// shared ones; drafts only for their author, the partnership's Editors (of the side it came from) and, for
/// an organisation's activities, its Contributors; everything for Administrators. The page still checks each
/// shown record with RecordPermissions itself (<see cref="SearchService"/>).
/// </summary>
public static class SearchReadability
{
    public static async Task<Expression<Func<SearchEntry, bool>>> FilterAsync(PartnershipAccess access, CancellationToken ct)
    {
        if (access.IsAdministrator) return e => true;
        // Shared records as partnership 0, so that one "= ANY" on COALESCE(PartnershipId, 0) restricts the
        // matches inside PostgreSQL's trigram index (its third column) instead of after reading them.
        var readable = (await access.ReadablePartnershipIdsAsync(ct)).Append(SearchEntry.Shared).ToList();
        Expression<Func<SearchEntry, bool>> inScope = e => readable.Contains(e.PartnershipId ?? SearchEntry.Shared);

        var userId = access.UserId;
        var drafts = new List<Expression<Func<SearchEntry, bool>>> { e => e.Approved };
        if (userId is not null) drafts.Add(e => e.CreatedById == userId);
        foreach (var m in await access.MembershipsAsync(ct))
        {
            var partnershipId = m.PartnershipId;
            var side = m.Side;
            var organisationId = m.OrganisationId;
            if (m.Role == PartnershipRole.Editor)
                drafts.Add(side is null
                    ? e => e.PartnershipId == null || e.PartnershipId == partnershipId
                    : e => (e.PartnershipId == null || e.PartnershipId == partnershipId) && (e.SubmittedBySide == null || e.SubmittedBySide == side));
            else if (m.Role == PartnershipRole.Contributor && organisationId is not null)
                drafts.Add(e => e.Kind == SearchHitKind.Activity && e.PartnershipId == partnershipId && e.OwnerOrganisationId == organisationId);
        }
        return inScope.And(Predicates.Any(drafts));
    }
}
