using Twinning.Features.Organisations;
using Twinning.Features.Activities;
using Twinning.Features.People;
using Twinning.Features.Visits;

namespace Twinning.Features.Charts;

/// <summary>The level of a delegation, read from the post its leader held on the day it set out.</summary>
public static class VisitLevel
{
    /// <summary>Who led the delegation: its recorded leader, else the first participant in the leader's role.</summary>
    public static Person? Leader(Visit v) => v.Leader ?? v.Participants.FirstOrDefault(p => p.Role == ParticipantRole.Leader)?.Person;

    /// <summary>
    /// The post held on the day if the record shows one, else the post attested closest to it; a post's
    /// body gives the level. Null when the leader or their body is not on record.
    /// </summary>
    public static Position? LeaderPost(Person? leader, DateOnly? day)
    {
        var posts = leader?.Positions.Where(p => p.Organisation is not null).ToList() ?? [];
        if (posts.Count == 0) return null;
        if (day is { } d && posts.FirstOrDefault(p => p.HeldOn(d)) is { } held) return held;
        var reference = day ?? DateOnly.MaxValue;
        return posts.OrderBy(p => Math.Abs((p.AttestedOn ?? p.From ?? p.To ?? reference).DayNumber - (long)reference.DayNumber)).First();
    }

    public static OrganisationKind? Of(Person? leader, DateOnly? day) => LeaderPost(leader, day)?.Organisation?.Kind;
}
