using Twinning.Data;
using Twinning.Features.Editing;

namespace Twinning.Features.Workflow;

/// <summary>The moves of a record between Draft, Submitted, Approved and Returned, each checked against the user's rights.</summary>
public sealed class RecordWorkflow(RecordPermissions permissions)
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
        return true;
    }

    public async Task<bool> ApproveAsync(Record record, CancellationToken ct = default)
    {
        if (!await permissions.CanApproveAsync(record, ct)) return false;
        record.State = RecordState.Approved;
        record.ReturnComment = null;
        return true;
    }

    public async Task<bool> ReturnAsync(Record record, string comment, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(comment) || !await permissions.CanApproveAsync(record, ct)) return false;
        record.State = RecordState.Returned;
        record.ReturnComment = comment.Trim();
        return true;
    }
}
