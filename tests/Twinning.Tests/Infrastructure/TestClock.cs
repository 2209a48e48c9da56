using Microsoft.Extensions.Time.Testing;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// The app's clock in tests: a fixed day, so what "today" means (the coming anniversaries, the agreements
/// in force, a report's date, audit stamps) does not change when the calendar does. It advances a
/// millisecond per reading, so stamps stay in the order things happened.
/// </summary>
public static class TestClock
{
    /// <summary>4 December 2026, 09:00 in Hanoi.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 4, 2, 0, 0, TimeSpan.Zero);

    /// <summary>The day the app's pages call today (its clock's local zone is UTC, FakeTimeProvider's default).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(Start.UtcDateTime);

    public static FakeTimeProvider Create() => new(Start) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
}
