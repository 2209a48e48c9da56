using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Partnerships;

namespace Twinning.Web;

/// <summary>
/// The partnership the reader is looking at: the one in the route (partnershipId), else the first.
/// Pages of people and organisations belong to no single partnership, so the header still needs this.
/// </summary>
public sealed class CurrentPartnership(TwinningDb db, IHttpContextAccessor http, Features.Accounts.PartnershipAccess access)
{
    private Partnership? _partnership;
    private bool _loaded;

    public async Task<Partnership?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded) return _partnership;
        _loaded = true;
        var readable = await access.ReadablePartnershipIdsAsync(cancellationToken);
        var routeValue = http.HttpContext?.GetRouteValue("partnershipId") as string;
        if (int.TryParse(routeValue, out var id) && readable.Contains(id))
            _partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        _partnership ??= await db.Partnerships.AsNoTracking().Where(p => readable.Contains(p.Id)).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        return _partnership;
    }
}
