using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Workflow;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// Writes the new rows of a reviewed file as the forms write an activity: a Contributor's rows belong to
/// their organisation and wait as drafts for an Editor, an Editor's are approved at once, and the audit
/// trail records each. All rows go in one transaction: either the whole file is added or nothing is.
/// </summary>
public sealed class SpreadsheetAcceptance(TwinningDb db, RecordWorkflow workflow, PartnershipAccess access)
{
    public async Task<List<Activity>> AcceptAsync(Partnership partnership, ReviewedFile file, CancellationToken ct)
    {
        var choices = await ActivityChoices.LoadAsync(db, access, partnership, ct);
        var added = new List<Activity>();
        foreach (var row in file.NewRows)
        {
            var activity = row.New!;
            if (choices.OwnerOrganisationIds is [var own, ..]) activity.OwnerOrganisationId = own;
            await workflow.AfterEditAsync(activity, ct);
            db.Add(activity);
            added.Add(activity);
        }
        if (added.Count == 0) return added;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return added;
    }
}
