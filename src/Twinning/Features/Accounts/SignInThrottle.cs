using System.Threading.RateLimiting;

namespace Twinning.Features.Accounts;

/// <summary>
/// Sign-in attempts per account, from any address: guessing one account's password from many addresses
/// meets this before Identity's lockout (which locks the account after repeated failures) has to.
/// </summary>
public sealed class SignInThrottle(int attemptsPerMinute) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(account =>
        RateLimitPartition.GetFixedWindowLimiter(account,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = attemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    /// <summary>Takes one attempt for the account; false when its attempts for this minute are spent.</summary>
    public bool TryAttempt(string email)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
