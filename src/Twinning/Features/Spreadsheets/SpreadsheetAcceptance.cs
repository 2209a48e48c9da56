using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Workflow;

namespace Twinning.Features.Spreadsheets;

/// <summary>A record written from a row, with its sheet (which knows how to name it and where its page is).</summary>
public sealed record WrittenRecord(IImportableSheet Sheet, Record Record)
{
    public string Label => Sheet.Label(Record);
    public string Url => Sheet.Url(Record);
}

/// <summary>What accepting did: the records added and changed, or the rows whose records changed since the review (then nothing is written).</summary>
/// <param name="Conflicts">When nothing was written: the rows whose records changed since the review (their row numbers are shown).</param>
public sealed record AcceptedFile(List<WrittenRecord> Added, List<WrittenRecord> Changed, List<ReviewedRow> Conflicts, bool Written)
{
    public static AcceptedFile Refused(IEnumerable<ReviewedRow> conflicts) => new([], [], conflicts.ToList(), false);
}

/// <summary>
/// Writes a reviewed file as the forms write: new rows as the add pages do (a Contributor's activities belong to
/// their organisation and wait as drafts for an Editor, an Editor's are approved at once), changed rows as the
/// edit pages do (the workflow's rule for a change, the audit trail recording each field). All rows go in one
/// transaction: either the whole file is written or nothing is. A changed row is written only onto the very
/// version of the record the user reviewed: if anyone saved it since (before this acceptance, or during it),
/// nothing is written and the review is shown again with that row as a conflict.
/// </summary>
public sealed class SpreadsheetAcceptance(TwinningDb db, RecordWorkflow workflow, PartnershipAccess access)
{
    public async Task<AcceptedFile> AcceptAsync(Partnership partnership, ReviewedFile file, IReadOnlyDictionary<string, int> reviewedVersions, CancellationToken ct)
    {
        // The rows to change now must be exactly those reviewed, at the versions reviewed.
        var changedRows = file.ChangedRows.ToList();
        var moved = changedRows.Where(r => reviewedVersions.GetValueOrDefault(r.RecordKey) != r.Existing!.Version).ToList();
        var missing = reviewedVersions.Keys.Except(changedRows.Select(r => r.RecordKey)).ToHashSet();
        if (moved.Count > 0 || missing.Count > 0)
            return AcceptedFile.Refused(moved.Concat(file.Rows.Where(r => r.Existing is not null && missing.Contains(r.RecordKey))));

        var choices = await ActivityChoices.LoadAsync(db, access, partnership, [], ct);
        var added = new List<WrittenRecord>();
        foreach (var row in file.NewRows)
        {
            var record = row.New!;
            if (record is Activity activity && choices.OwnerOrganisationIds is [var own, ..]) activity.OwnerOrganisationId = own;
            await workflow.AfterEditAsync(record, ct);
            db.Add(record);
            added.Add(new WrittenRecord(row.Sheet, record));
        }
        var changed = new List<WrittenRecord>();
        foreach (var row in changedRows)
        {
            var record = await row.Sheet.TrackedAsync(db, row.Existing!.Id, ct);
            if (record is null || record.Version != row.Existing.Version) return Refused(row);
            file.Reading.Current = record;
            var errors = row.Sheet.Apply(record, row.Cells, file.Reading);
            file.Reading.Current = null;
            if (errors.Count > 0) return Refused(row);
            await workflow.AfterEditAsync(record, ct);
            changed.Add(new WrittenRecord(row.Sheet, record));
        }
        if (added.Count == 0 && changed.Count == 0) return new AcceptedFile(added, changed, [], true);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e) when (changedRows.Count > 0)
        {
            // Someone saved one of the records between our read and our write: the version check refused it, and
            // the transaction goes with everything else of the file.
            await transaction.RollbackAsync(ct);
            var ids = e.Entries.Select(x => x.Entity).OfType<Record>().Select(r => r.Id).ToHashSet();
            db.ChangeTracker.Clear();
            var stale = changedRows.Where(r => ids.Contains(r.Existing!.Id)).ToList();
            return AcceptedFile.Refused(stale.Count > 0 ? stale : changedRows);
        }
        await transaction.CommitAsync(ct);
        return new AcceptedFile(added, changed, [], true);
    }

    private AcceptedFile Refused(ReviewedRow row)
    {
        db.ChangeTracker.Clear();
        return AcceptedFile.Refused([row]);
    }
}
