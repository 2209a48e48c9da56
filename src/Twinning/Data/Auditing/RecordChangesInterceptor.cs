using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Twinning.Data.Revisions;
using Twinning.Features.Audit;

namespace Twinning.Data.Auditing;

/// <summary>
/// Every save of records, wherever it comes from: stamps who and when, raises the concurrency
/// version, turns deletion into soft deletion, and writes the audit log in the same transaction
/// as the change (the audit rows of new records need their ids, hence a second save inside it), and raises
/// the revision of each partnership whose records changed (<see cref="RecordRevisions"/>).
/// </summary>
public sealed class RecordChangesInterceptor(CurrentActor currentActor, TimeProvider clock) : SaveChangesInterceptor
{
    private List<PendingAudit>? _pending;
    private IDbContextTransaction? _ownTransaction;
    private bool _writingAudit;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (Capture(eventData) is { } db) _ownTransaction = await db.Database.BeginTransactionAsync(ct);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData) is { } db) _ownTransaction = db.Database.BeginTransaction();
        return result;
    }

    /// <summary>Notes the changes to audit; returns the context when a transaction must be opened for them.</summary>
    private TwinningDb? Capture(DbContextEventData eventData)
    {
        if (_writingAudit || eventData.Context is not TwinningDb db) return null;
        _pending = AuditCapture.Capture(db, currentActor.Get(), clock.GetUtcNow().UtcDateTime);
        return _pending.Count > 0 && db.Database.CurrentTransaction is null ? db : null;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken ct = default)
    {
        if (_writingAudit || eventData.Context is not TwinningDb db || _pending is not { Count: > 0 } pending) return result;
        _pending = null;
        try
        {
            _writingAudit = true;
            db.AuditEntries.AddRange(pending.Select(p => p.ToEntry()));
            await db.SaveChangesAsync(ct);
            await RecordRevisions.RaiseAsync(db, pending.Select(p => RecordScope.PartnershipOf(p.Record)), ct);
        }
        finally
        {
            _writingAudit = false;
        }
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (_writingAudit || eventData.Context is not TwinningDb db || _pending is not { Count: > 0 } pending) return result;
        _pending = null;
        try
        {
            _writingAudit = true;
            db.AuditEntries.AddRange(pending.Select(p => p.ToEntry()));
            db.SaveChanges();
            RecordRevisions.Raise(db, pending.Select(p => RecordScope.PartnershipOf(p.Record)));
        }
        finally
        {
            _writingAudit = false;
        }
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            transaction.Commit();
            transaction.Dispose();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken ct = default)
    {
        _pending = null;
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            await transaction.RollbackAsync(ct);
            await transaction.DisposeAsync();
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _pending = null;
        if (_ownTransaction is { } transaction)
        {
            _ownTransaction = null;
            transaction.Rollback();
            transaction.Dispose();
        }
    }
}
