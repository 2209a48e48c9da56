using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.People;
using Twinning.Features.Workflow;

namespace Twinning.Features.Visits;

/// <summary>Create or edit a meeting held outside any visit, with who took part.</summary>
public sealed class EditMeetingModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access, IStringLocalizer t)
    : ActivityEditPage<Meeting, StandaloneMeetingInput>(db, permissions, workflow, access, t)
{
    /// <summary>Everyone who may have taken part that the user may read, and those the meeting already names; by name.</summary>
    public List<RecordOption> People { get; private set; } = [];

    protected override async Task LoadChoicesAsync(Meeting meeting, CancellationToken ct) =>
        People = (await RecordOptions.PeopleAsync(Db, await ReadFilterAsync(ct), meeting.Participants.Select(p => (int?)p.PersonId), ct)).ByName();

    /// <summary>A meeting during a visit is the visit form's to edit: this page does not load it.</summary>
    protected override Task<Meeting?> LoadAsync(int id, CancellationToken ct) =>
        Db.Meetings.AsSplitQuery().Include(m => m.Commitments).Include(m => m.Participants)
            .FirstOrDefaultAsync(m => m.Id == id && m.VisitId == null, ct);

    protected override StandaloneMeetingInput InputFrom(Meeting meeting) => StandaloneMeetingInput.From(meeting);
    protected override void ApplyInputTo(Meeting meeting) => Input.ApplyTo(meeting);
    protected override IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(StandaloneMeetingInput theirs) => Input.Compare(theirs, Choices, People, T);
    protected override void Replace(string field, StandaloneMeetingInput theirs) => Input.Replace(field, theirs);

    protected override void Validate()
    {
        if (Input.StartDate is null)
            ModelState.AddModelError($"Input.{nameof(StandaloneMeetingInput.StartDate)}", T["Validation.Required", T["Field.From"]]);
        if (Input.ParticipantIds.Any(id => People.All(p => p.Id != id)))
            ModelState.AddModelError($"Input.{nameof(StandaloneMeetingInput.ParticipantIds)}", T["Validation.Unknown"]);
    }

    /// <summary>Participants are parts of the meeting: a change to them alone still raises its version (the audit interceptor sees to it).</summary>
    protected override Task SavePartsAsync(Meeting meeting, CancellationToken ct)
    {
        ActivityParticipant.Sync(meeting.Participants, Input.ParticipantIds);
        return Task.CompletedTask;
    }
}
