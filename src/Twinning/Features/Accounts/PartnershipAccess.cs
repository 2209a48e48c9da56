using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Accounts;

/// <summary>
/// What the signed-in user may do in which partnership, read from their memberships once per request
/// (not from claims, which would keep old rights until the next sign-in).
/// </summary>
public sealed class PartnershipAccess(TwinningDb db, IHttpContextAccessor http)
{
    private List<Membership>? _memberships;

    public ClaimsPrincipal User => http.HttpContext?.User ?? new ClaimsPrincipal();
    public bool IsSignedIn => User.Identity?.IsAuthenticated == true;
    /// <summary>An Administrator, unless acting through an API token narrowed to one partnership.</summary>
    public bool IsAdministrator => User.IsInRole(GlobalRoles.Administrator) && TokenPartnershipId is null;

    /// <summary>The one partnership an API token reaches (null: a browser session, or a token for all the owner's partnerships).</summary>
    public int? TokenPartnershipId =>
        int.TryParse(User.FindFirstValue(Api.BearerTokenAuthentication.PartnershipClaim), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task<IReadOnlyList<Membership>> MembershipsAsync(CancellationToken ct = default)
    {
        if (_memberships is not null) return _memberships;
        var userId = UserId;
        // Memberships of partnerships in the bin give no rights: their records are as gone as the partnership.
        _memberships = userId is null ? [] : await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && db.Partnerships.Any(p => p.Id == m.PartnershipId)).ToListAsync(ct);
        if (TokenPartnershipId is { } only)
        {
            // A token narrowed to one partnership: the owner's rights there and nowhere else. An Administrator's
            // token for one partnership acts as an Editor of it (of both sides).
            _memberships = _memberships.Where(m => m.PartnershipId == only).ToList();
            if (User.IsInRole(GlobalRoles.Administrator) && await db.Partnerships.AnyAsync(p => p.Id == only, ct))
                _memberships.Add(new Membership { UserId = userId!, PartnershipId = only, Role = PartnershipRole.Editor });
        }
        return _memberships;
    }

    /// <summary>Reads anything of the partnership: Administrators and every member of it, while it is not in the bin.</summary>
    public async Task<bool> CanReadAsync(int partnershipId, CancellationToken ct = default) =>
        IsAdministrator ? await db.Partnerships.AnyAsync(p => p.Id == partnershipId, ct) : (await MembershipsAsync(ct)).Any(m => m.PartnershipId == partnershipId);

    /// <summary>Reads records shared by all partnerships (people, organisations, sources): anyone with some membership.</summary>
    public async Task<bool> CanReadSharedAsync(CancellationToken ct = default) =>
        IsAdministrator || (await MembershipsAsync(ct)).Count > 0;

    /// <summary>Read once per request: a page may build the read rule several times (its lists, its forms' options).</summary>
    public async Task<IReadOnlyList<int>> ReadablePartnershipIdsAsync(CancellationToken ct = default) =>
        _readable ??= IsAdministrator
            ? await db.Partnerships.Select(p => p.Id).ToListAsync(ct)
            : (await MembershipsAsync(ct)).Select(m => m.PartnershipId).Distinct().ToList();

    private IReadOnlyList<int>? _readable;
}
