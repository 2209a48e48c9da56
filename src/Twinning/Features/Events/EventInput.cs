using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Web;

namespace Twinning.Features.Events;

/// <summary>The event form: the shared activity fields, the kind of event and its organisers.</summary>
public sealed class EventInput : ActivityCommonInput
{
    [EnumDataType(typeof(EventKind), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Kind")]
    public EventKind EventKind { get; set; } = EventKind.Other;

    [Display(Name = "Event.Organisers")]
    public List<int> OrganiserIds { get; set; } = [];

    public static EventInput From(PromotionEvent e)
    {
        var input = new EventInput { EventKind = e.EventKind, OrganiserIds = e.Organisers.Select(o => o.Id).Order().ToList() };
        input.CopyCommonFrom(e);
        return input;
    }

    public void ApplyTo(PromotionEvent e) => e.EventKind = EventKind;

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(EventInput theirs, ActivityChoices choices, IStringLocalizer t) =>
    [
        .. CompareCommon(theirs, choices, t),
        (nameof(EventKind), t["Field.Kind"], t.Enum(EventKind), t.Enum(theirs.EventKind)),
        (nameof(OrganiserIds), t["Event.Organisers"], choices.OrganisationNames(OrganiserIds), choices.OrganisationNames(theirs.OrganiserIds)),
    ];

    public void Replace(string field, EventInput theirs)
    {
        if (ReplaceCommon(field, theirs)) return;
        switch (field)
        {
            case nameof(EventKind): EventKind = theirs.EventKind; break;
            case nameof(OrganiserIds): OrganiserIds = [.. theirs.OrganiserIds]; break;
        }
    }
}
