using Twinning.Data;

namespace Twinning.Features.Anniversaries;

/// <summary>
/// A date the two sides celebrate in round numbers (diplomatic relations 1962-09-05, the Treaty
/// 1977-07-18). Milestones are computed, never stored, so they cannot drift from the base date.
/// </summary>
public sealed class Anniversary : Record, IPartnershipScoped
{
    public int PartnershipId { get; set; }
    public LocalizedText Name { get; set; } = new();
    public DateOnly BaseDate { get; set; }

    /// <summary>Round anniversaries (every five years) falling on or after <paramref name="from"/>.</summary>
    public IEnumerable<AnniversaryMilestone> MilestonesFrom(DateOnly from, int count)
    {
        var years = from.Year - BaseDate.Year;
        var first = Math.Max(5, (years + 4) / 5 * 5);
        for (var n = first; count > 0; n += 5)
        {
            var date = BaseDate.AddYears(n);
            if (date < from) continue;
            count--;
            yield return new AnniversaryMilestone(this, n, date);
        }
    }
}

public sealed record AnniversaryMilestone(Anniversary Anniversary, int Years, DateOnly Date);
