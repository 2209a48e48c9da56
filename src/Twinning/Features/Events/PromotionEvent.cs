using Twinning.Features.Activities;
using Twinning.Features.Organisations;

namespace Twinning.Features.Events;

/// <summary>
/// A public event: promotion conference, fair, forum, festival. Named PromotionEvent rather than
/// Event, which reads like the C# `event` keyword and clashes with framework types.
/// </summary>
public sealed class PromotionEvent : Activity
{
    public PromotionEvent() => Kind = ActivityKind.Event;

    public EventKind EventKind { get; set; }
    public List<Organisation> Organisers { get; set; } = [];
}

public enum EventKind
{
    PromotionConference,
    Fair,
    Forum,
    Festival,
    Seminar,
    Exhibition,
    Other,
}
