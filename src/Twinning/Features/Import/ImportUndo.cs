using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Sources;
using Twinning.Features.Visits;

namespace Twinning.Features.Import;

/// <summary>Why an import cannot be undone now (<see cref="None"/>: it can).</summary>
public enum UndoRefusal { None, AlreadyUndone, ChangedSince, NotYours }

/// <summary>
/// Takes an import back: the records it created go to the bin, the positions it added go, and the citations it
/// wrote from the article are removed — all at once or not at all. Only while nobody has changed (or approved)
/// any record it created since: after that, the record is someone's work and is deleted on its own page.
/// </summary>
public sealed class ImportUndo(TwinningDb db, RecordPermissions permissions, TimeProvider clock, Data.Auditing.CurrentActor actor)
{
    /// <summary>Why the import cannot be undone by this user now, or <see cref="UndoRefusal.None"/>.</summary>
    public async Task<UndoRefusal> CheckAsync(ImportRun run, CancellationToken ct)
    {
        if (run.UndoneAt is not null) return UndoRefusal.AlreadyUndone;
        foreach (var record in run.Records.Where(r => r.Created))
        {
            if (await ImportedRecords.VersionAsync(db, record.Kind, record.RecordId, ct) != record.VersionAfterImport) return UndoRefusal.ChangedSince;
            if (await CitedRecords.FindAsync(db, record.Kind, record.RecordId, ct) is { } found && !await permissions.CanEditAsync(found, ct)) return UndoRefusal.NotYours;
        }
        return UndoRefusal.None;
    }

    public async Task<UndoRefusal> UndoAsync(ImportRun run, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var refusal = await CheckAsync(run, ct);
        if (refusal != UndoRefusal.None) return refusal;
        foreach (var record in run.Records.Where(r => r.Created))
        {
            if (record.Kind == RecordKind.Position)
            {
                if (await db.Positions.FirstOrDefaultAsync(p => p.Id == record.RecordId, ct) is { } position)
                {
                    // Loaded with its person, so the audit files the removal under the person.
                    await db.People.FirstAsync(p => p.Id == position.PersonId, ct);
                    db.Positions.Remove(position);
                }
                continue;
            }
            if (await CitedRecords.FindAsync(db, record.Kind, record.RecordId, ct) is { } created) db.Remove(created); // soft: to the bin
        }
        var touched = run.Records.Select(r => new { r.Kind, r.RecordId }).ToList();
        var citations = await db.Citations.Where(c => c.SourceId == run.SourceId).ToListAsync(ct);
        await db.Sources.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == run.SourceId, ct); // tracked: the citations' removal is audited on the article
        db.Citations.RemoveRange(citations.Where(c => touched.Any(t => t.Kind == c.RecordKind && t.RecordId == c.RecordId)));
        run.UndoneAt = clock.GetUtcNow().UtcDateTime;
        run.UndoneByName = actor.Get().Name;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return UndoRefusal.None;
    }
}
