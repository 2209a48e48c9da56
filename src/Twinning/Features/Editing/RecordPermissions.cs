using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Editing;

/// <summary>
/// The one rule of who may read and change which record, for every page handler, endpoint and verb.
/// It first resolves the partnership the record belongs to (<see cref="PartnershipOf"/>: an activity's,
/// a partnership itself, the partnership an article was imported into), then checks the caller's role
/// there. Administrators: everything. Editors: anything of their partnership, and the shared records
/// (people, organisations, sources of no partnership); they approve or return submissions from their own
/// side. Contributors: the activities of their organisation, and new people and organisations; what they
/// enter waits for an Editor. Viewers: nothing. A partnership itself is edited by its Editors, but only
/// Administrators delete or restore it. Drafts are read by their author, the partnership's Editors (of the
/// side it came from) and Administrators; Contributors also read their own organisation's activities.
/// </summary>
public sealed class RecordPermissions(PartnershipAccess access, TwinningDb db)
{
    public async Task<bool> CanReadAsync(Record record, CancellationToken ct = default)
    {
        var partnershipId = RecordScope.PartnershipOf(record);
        if (!(partnershipId is { } id ? await access.CanReadAsync(id, ct) : await access.CanReadSharedAsync(ct))) return false;
        if (record.State == RecordState.Approved || access.IsAdministrator || record.CreatedById == access.UserId && access.UserId is not null) return true;
        var memberships = await access.MembershipsAsync(ct);
        return memberships.Any(m => (partnershipId is null || m.PartnershipId == partnershipId) && m.Role switch
        {
            PartnershipRole.Editor => record.SubmittedBySide is null || m.Side is null || m.Side == record.SubmittedBySide,
            PartnershipRole.Contributor => record is Activity activity && activity.OwnerOrganisationId is not null && activity.OwnerOrganisationId == m.OrganisationId,
            _ => false,
        });
    }

    /// <summary>
    /// Why a page must not show the record, or null when it may: 403 for a partnership the caller is not a
    /// member of, 404 for a draft they may not see (it does not exist for them).
    /// </summary>
    public async Task<IActionResult?> RefuseReadAsync(Record record, CancellationToken ct = default)
    {
        if (await CanReadAsync(record, ct)) return null;
        var partnershipId = RecordScope.PartnershipOf(record);
        var member = partnershipId is { } id ? await access.CanReadAsync(id, ct) : await access.CanReadSharedAsync(ct);
        return member ? new NotFoundResult() : new ForbidResult();
    }

    /// <summary>The read rule as a query filter, for pages that list records of partnerships.</summary>
    public Task<ReadFilter> ReadFilterAsync(CancellationToken ct = default) => ReadFilter.OfAsync(access, ct);

    /// <summary>The sources this user may see, as a query (the same rule as <see cref="CanReadAsync"/>).</summary>
    public async Task<IQueryable<Source>> ReadableSourcesAsync(IQueryable<Source> sources, CancellationToken ct = default)
    {
        if (access.IsAdministrator) return sources;
        var memberships = await access.MembershipsAsync(ct);
        if (memberships.Count == 0) return sources.Where(_ => false);
        var readable = memberships.Select(m => m.PartnershipId).Distinct().ToList();
        var editing = memberships.Where(m => m.Role == PartnershipRole.Editor).Select(m => m.PartnershipId).Distinct().ToList();
        var editorAnywhere = editing.Count > 0;
        var userId = access.UserId;
        return sources.Where(s => (s.PartnershipId == null || readable.Contains(s.PartnershipId.Value))
            && (s.State == RecordState.Approved || s.CreatedById == userId
                || (s.PartnershipId == null ? editorAnywhere : editing.Contains(s.PartnershipId.Value))));
    }

    public async Task<bool> CanEditAsync(Record record, CancellationToken ct = default)
    {
        if (access.IsAdministrator) return true;
        var memberships = await access.MembershipsAsync(ct);
        if (RecordScope.PartnershipOf(record) is { } partnershipId)
            return memberships.Any(m => m.PartnershipId == partnershipId && m.Role switch
            {
                PartnershipRole.Editor => true,
                PartnershipRole.Contributor => record switch
                {
                    Activity activity => activity.Id == 0 || activity.OwnerOrganisationId == m.OrganisationId,
                    // An article a Contributor imported stays theirs until it is accepted.
                    Source source => source.Id == 0 || source.CreatedById == access.UserId && source.State != RecordState.Approved,
                    _ => false,
                },
                _ => false,
            });
        // Shared records: every Editor; Contributors for what they add themselves until it is approved.
        return memberships.Any(m => m.Role == PartnershipRole.Editor)
            || (memberships.Any(m => m.Role == PartnershipRole.Contributor)
                && (record.Id == 0 || (record.CreatedById == access.UserId && record.State != RecordState.Approved)));
    }

    /// <summary>Deleting to the bin: whoever may edit it and whose saves are approved; a whole partnership, Administrators only.</summary>
    public async Task<bool> CanDeleteAsync(Record record, CancellationToken ct = default) =>
        record is Partnership ? access.IsAdministrator : await SavesAreApprovedAsync(record, ct) && await CanEditAsync(record, ct);

    /// <summary>Restoring from the bin: the same people as deleting.</summary>
    public Task<bool> CanRestoreAsync(Record record, CancellationToken ct = default) => CanDeleteAsync(record, ct);

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
        var partnershipId = RecordScope.PartnershipOf(record);
        var relevant = memberships.Where(m => partnershipId is null || m.PartnershipId == partnershipId).ToList();
        if (relevant.FirstOrDefault(m => m.Role == PartnershipRole.Editor)?.Side is { } side) return side;
        var organisationId = relevant.FirstOrDefault(m => m.Role == PartnershipRole.Contributor)?.OrganisationId;
        return organisationId is null ? null
            : await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Country).FirstOrDefaultAsync(ct);
    }

    private async Task<IEnumerable<Membership>> EditorMembershipsAsync(Record record, CancellationToken ct)
    {
        var memberships = await access.MembershipsAsync(ct);
        var partnershipId = RecordScope.PartnershipOf(record);
        return memberships.Where(m => m.Role == PartnershipRole.Editor && (partnershipId is null || m.PartnershipId == partnershipId));
    }
}
