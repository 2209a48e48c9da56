using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;
using Twinning.Features.Workflow;

namespace Twinning.Features.Editing;

/// <summary>
/// Who may change what. Administrators: everything. Editors: anything of their partnership, and the
/// shared records (people, organisations, sources); they approve or return submissions from their own
/// side. Contributors: the activities of their organisation, and new people and organisations; what
/// they enter waits for an Editor. Viewers: nothing.
/// </summary>
public sealed class RecordPermissions(PartnershipAccess access, TwinningDb db)
{
    public async Task<bool> CanEditAsync(Record record, CancellationToken ct = default)
    {
        if (access.IsAdministrator) return true;
        var memberships = await access.MembershipsAsync(ct);
        if (record is IPartnershipScoped scoped)
            return memberships.Any(m => m.PartnershipId == scoped.PartnershipId && m.Role switch
            {
                PartnershipRole.Editor => true,
                PartnershipRole.Contributor => record is Activity activity && (activity.Id == 0 || activity.OwnerOrganisationId == m.OrganisationId),
                _ => false,
            });
        // Shared records: every Editor; Contributors for what they add themselves until it is approved.
        return memberships.Any(m => m.Role == PartnershipRole.Editor)
            || (memberships.Any(m => m.Role == PartnershipRole.Contributor)
                && (record.Id == 0 || (record.CreatedById == access.UserId && record.State != RecordState.Approved)));
    }

    /// <summary>Adding an activity to a partnership: its Editors, its Contributors who keep an organisation's activities, Administrators.</summary>
    public async Task<bool> CanCreateActivityAsync(int partnershipId, CancellationToken ct = default) =>
        access.IsAdministrator || (await access.MembershipsAsync(ct)).Any(m => m.PartnershipId == partnershipId
            && (m.Role == PartnershipRole.Editor || m.Role == PartnershipRole.Contributor && m.OrganisationId is not null));

    /// <summary>Whether the user's own saves are approved at once (Editors, Administrators) or wait for one.</summary>
    public async Task<bool> SavesAreApprovedAsync(Record record, CancellationToken ct = default) =>
        access.IsAdministrator || (await EditorMembershipsAsync(record, ct)).Any();

    /// <summary>Approve or return: an Editor of the record's partnership whose side it was submitted from.</summary>
    public async Task<bool> CanApproveAsync(Record record, CancellationToken ct = default)
    {
        if (record.State != RecordState.Submitted) return false;
        if (access.IsAdministrator) return true;
        return (await EditorMembershipsAsync(record, ct)).Any(m => record.SubmittedBySide is null || m.Side == record.SubmittedBySide);
    }

    /// <summary>Submit for approval: whoever may edit it, while it is a draft or was returned.</summary>
    public async Task<bool> CanSubmitAsync(Record record, CancellationToken ct = default) =>
        record.State is RecordState.Draft or RecordState.Returned && await CanEditAsync(record, ct);

    /// <summary>The side (country code) the user acts for: an Editor's side, or their organisation's country.</summary>
    public async Task<string?> SideAsync(Record record, CancellationToken ct = default)
    {
        var memberships = await access.MembershipsAsync(ct);
        var partnershipId = (record as IPartnershipScoped)?.PartnershipId;
        var relevant = memberships.Where(m => partnershipId is null || m.PartnershipId == partnershipId).ToList();
        if (relevant.FirstOrDefault(m => m.Role == PartnershipRole.Editor)?.Side is { } side) return side;
        var organisationId = relevant.FirstOrDefault(m => m.Role == PartnershipRole.Contributor)?.OrganisationId;
        return organisationId is null ? null
            : await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Country).FirstOrDefaultAsync(ct);
    }

    private async Task<IEnumerable<Membership>> EditorMembershipsAsync(Record record, CancellationToken ct)
    {
        var memberships = await access.MembershipsAsync(ct);
        var partnershipId = (record as IPartnershipScoped)?.PartnershipId;
        return memberships.Where(m => m.Role == PartnershipRole.Editor && (partnershipId is null || m.PartnershipId == partnershipId));
    }
}
