using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Visits;

namespace Twinning.Features.Workflow;

/// <summary>
/// The moves of a record between Draft, Submitted, Approved and Returned, each checked against the user's rights.
/// A visit's meetings are entered with it and move with it: submitting, approving or returning the visit does the same to them.
/// </summary>
public sealed class RecordWorkflow(RecordPermissions permissions, TwinningDb db)
{
    /// <summary>After an edit: an Editor's work is approved at once; a Contributor's becomes (or stays) a draft.</summary>
    public async Task AfterEditAsync(Record record, CancellationToken ct = default)
    {
        if (await permissions.SavesAreApprovedAsync(record, ct))
        {
            record.State = RecordState.Approved;
            record.ReturnComment = null;
        }
        else if (record.State is RecordState.Approved or RecordState.Submitted)
        {
            // A Contributor's change to an approved record needs approving again.
            record.State = RecordState.Draft;
        }
    }

    public async Task<bool> SubmitAsync(Record record, CancellationToken ct = default)
    {
        if (!await permissions.CanSubmitAsync(record, ct)) return false;
        record.State = RecordState.Submitted;
        record.SubmittedBySide = await permissions.SideAsync(record, ct);
        foreach (var meeting in await MeetingsOfAsync(record, ct))
            if (meeting.State is RecordState.Draft or RecordState.Returned)
            {
                meeting.State = RecordState.Submitted;
                meeting.SubmittedBySide = record.SubmittedBySide;
            }
        return true;
    }

    public async Task<bool> ApproveAsync(Record record, CancellationToken ct = default)
    {
        if (!await permissions.CanApproveAsync(record, ct)) return false;
        record.State = RecordState.Approved;
        record.ReturnComment = null;
        foreach (var meeting in await MeetingsOfAsync(record, ct))
            if (meeting.State == RecordState.Submitted)
            {
                meeting.State = RecordState.Approved;
                meeting.ReturnComment = null;
            }
        return true;
    }

    public async Task<bool> ReturnAsync(Record record, string comment, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(comment) || !await permissions.CanApproveAsync(record, ct)) return false;
        record.State = RecordState.Returned;
        record.ReturnComment = comment.Trim();
        foreach (var meeting in await MeetingsOfAsync(record, ct))
            if (meeting.State == RecordState.Submitted)
            {
                meeting.State = RecordState.Returned;
                meeting.ReturnComment = record.ReturnComment;
            }
        return true;
    }

    /// <summary>The meetings of a saved visit (tracked, so the caller's save writes their new state); none for other records.</summary>
    private async Task<List<Meeting>> MeetingsOfAsync(Record record, CancellationToken ct) =>
        record is Visit { Id: > 0 } visit ? await db.Meetings.Where(m => m.VisitId == visit.Id).ToListAsync(ct) : [];
}
