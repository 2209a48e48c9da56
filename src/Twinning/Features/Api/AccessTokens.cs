using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Api;

/// <summary>Making, listing, revoking and checking personal access tokens.</summary>
public sealed class AccessTokens(TwinningDb db, TimeProvider clock)
{
    /// <summary>Tokens start with this, so a leaked one is recognisable (secret scanners, logs).</summary>
    public const string Marker = "twn_";

    public const int MaxLifetimeDays = 365;

    public Task<List<AccessToken>> OfUserAsync(string userId, CancellationToken ct) =>
        db.Set<AccessToken>().AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct);

    /// <summary>A new token; the returned text is the only time it exists outside its owner's hands.</summary>
    public async Task<string> CreateAsync(string userId, string name, AccessScope scope, int? partnershipId, int lifetimeDays, CancellationToken ct)
    {
        var secret = SecretToken.New();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new AccessToken
        {
            UserId = userId, Name = name.Trim(), Scope = scope, PartnershipId = partnershipId,
            TokenHash = SecretToken.Hash(secret), Prefix = secret[..8],
            CreatedAt = now, ExpiresAt = now.AddDays(Math.Clamp(lifetimeDays, 1, MaxLifetimeDays)),
        });
        await db.SaveChangesAsync(ct);
        return Marker + secret;
    }

    /// <summary>Revokes one of the user's own tokens; false when they hold no such token.</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Set<AccessToken>().Where(t => t.Id == tokenId && t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.RevokedAt, now), ct) == 1;
    }

    /// <summary>The active token a bearer value stands for, or null (unknown, revoked, expired and malformed look alike).</summary>
    public async Task<AccessToken?> FindActiveAsync(string? bearer, CancellationToken ct)
    {
        if (bearer is null || !bearer.StartsWith(Marker, StringComparison.Ordinal)) return null;
        var secret = bearer[Marker.Length..];
        if (!SecretToken.IsWellFormed(secret)) return null;
        var hash = SecretToken.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.Set<AccessToken>().FirstOrDefaultAsync(t => t.TokenHash == hash, ct);
        if (token is null || !token.IsActiveAt(now)) return null;
        // Noted at most once a minute: a busy script must not turn every read into a write.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
            await db.Set<AccessToken>().Where(t => t.Id == token.Id).ExecuteUpdateAsync(u => u.SetProperty(t => t.LastUsedAt, now), ct);
        return token;
    }
}
