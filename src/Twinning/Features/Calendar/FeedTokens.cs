using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Calendar;

/// <summary>Issuing, replacing, revoking and checking a user's calendar feed token.</summary>
public sealed class FeedTokens(TwinningDb db, TimeProvider clock)
{
    public Task<CalendarFeedToken?> OfUserAsync(string userId, CancellationToken ct) =>
        db.Set<CalendarFeedToken>().AsNoTracking().FirstOrDefaultAsync(t => t.UserId == userId, ct);

    /// <summary>A new token for the user, replacing any earlier one (whose address stops working at once).</summary>
    public async Task<string> IssueAsync(string userId, CancellationToken ct)
    {
        var token = SecretToken.New();
        var existing = await db.Set<CalendarFeedToken>().FirstOrDefaultAsync(t => t.UserId == userId, ct);
        if (existing is null) db.Add(existing = new CalendarFeedToken { UserId = userId });
        existing.TokenHash = SecretToken.Hash(token);
        existing.CreatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return token;
    }

    public Task RevokeAsync(string userId, CancellationToken ct) =>
        db.Set<CalendarFeedToken>().Where(t => t.UserId == userId).ExecuteDeleteAsync(ct);

    /// <summary>The account a token opens, or null for an unknown, revoked or malformed one.</summary>
    public async Task<TwinningUser?> UserOfAsync(string? token, CancellationToken ct)
    {
        if (!SecretToken.IsWellFormed(token)) return null;
        var hash = SecretToken.Hash(token);
        var userId = await db.Set<CalendarFeedToken>().Where(t => t.TokenHash == hash).Select(t => t.UserId).FirstOrDefaultAsync(ct);
        return userId is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == userId, ct);
    }
}
