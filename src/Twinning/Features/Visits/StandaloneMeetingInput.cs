using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Web;

namespace Twinning.Features.Visits;

/// <summary>
/// The form of a meeting held on its own, outside any visit (a leader receiving an ambassador, talks
/// reported by the press): the shared activity fields, its kind and who took part.
/// </summary>
public sealed class StandaloneMeetingInput : ActivityCommonInput
{
    [EnumDataType(typeof(MeetingKind), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Kind")]
    public MeetingKind Kind { get; set; } = MeetingKind.CourtesyCall;

    [Display(Name = "Activity.Participants")]
    public List<int> ParticipantIds { get; set; } = [];

    public static StandaloneMeetingInput From(Meeting m)
    {
        var input = new StandaloneMeetingInput { Kind = m.MeetingKind, ParticipantIds = m.Participants.Select(p => p.PersonId).Order().ToList() };
        input.CopyCommonFrom(m);
        return input;
    }

    public void ApplyTo(Meeting m) => m.MeetingKind = Kind;

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(StandaloneMeetingInput theirs, ActivityChoices choices, IReadOnlyList<RecordOption> people, IStringLocalizer t) =>
    [
        .. CompareCommon(theirs, choices, t),
        (nameof(Kind), t["Field.Kind"], t.Enum(Kind), t.Enum(theirs.Kind)),
        (nameof(ParticipantIds), t["Activity.Participants"], Names(ParticipantIds, people), Names(theirs.ParticipantIds, people)),
    ];

    public void Replace(string field, StandaloneMeetingInput theirs)
    {
        if (ReplaceCommon(field, theirs)) return;
        switch (field)
        {
            case nameof(Kind): Kind = theirs.Kind; break;
            case nameof(ParticipantIds): ParticipantIds = [.. theirs.ParticipantIds]; break;
        }
    }

    private static string? Names(IEnumerable<int> ids, IReadOnlyList<RecordOption> people) =>
        string.Join(", ", ids.Distinct().Select(id => people.FirstOrDefault(p => p.Id == id)?.Name.ToString()).OfType<string>().Order()) is { Length: > 0 } names ? names : null;
}
