using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;

namespace Twinning.Features.Import;

/// <summary>
/// Which imports of a partnership a user sees: all of them for its Editors and Administrators, their own for
/// Contributors (an import is its author's until approved, like a draft).
/// </summary>
public sealed class ImportHistory(TwinningDb db, PartnershipAccess access, RecordPermissions permissions)
{
    public async Task<bool> SeesAllAsync(int partnershipId, CancellationToken ct) =>
        await permissions.SavesAreApprovedAsync(new Visits.Visit { PartnershipId = partnershipId }, ct);

    public async Task<IQueryable<ImportRun>> VisibleAsync(int partnershipId, CancellationToken ct)
    {
        var runs = db.ImportRuns.AsNoTracking().Where(r => r.PartnershipId == partnershipId);
        var userId = access.UserId;
        return await SeesAllAsync(partnershipId, ct) ? runs : runs.Where(r => r.AcceptedById == userId);
    }
}
