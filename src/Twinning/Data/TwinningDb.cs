using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Audit;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Search;
using Twinning.Features.Sources;
using Twinning.Features.Visits;

namespace Twinning.Data;

/// <summary>
/// The one database context. Each provider has a subclass (<see cref="SqliteTwinningDb"/>,
/// <see cref="PostgresTwinningDb"/>) only so that each keeps its own migrations; the model is this one.
/// </summary>
public abstract class TwinningDb(DbContextOptions options) : IdentityDbContext<TwinningUser>(options), IDataProtectionKeyContext
{
    public DbSet<Partnership> Partnerships => Set<Partnership>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Position> Positions => Set<Position>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<PromotionEvent> Events => Set<PromotionEvent>();
    public DbSet<Donation> Donations => Set<Donation>();
    public DbSet<ActivityParticipant> Participants => Set<ActivityParticipant>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Anniversary> Anniversaries => Set<Anniversary>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Citation> Citations => Set<Citation>();
    public DbSet<DatasetLoad> DatasetLoads => Set<DatasetLoad>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Features.Import.ImportRun> ImportRuns => Set<Features.Import.ImportRun>();
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();
    public DbSet<Revisions.RecordRevision> RecordRevisions => Set<Revisions.RecordRevision>();

    /// <summary>Data-protection keys live in the database so every app instance can read every cookie.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder); // Identity's tables
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TwinningDb).Assembly);
        RecordConfiguration.ApplyToRecords(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and safe when members are reordered.
        foreach (var enumType in typeof(TwinningDb).Assembly.GetTypes().Where(t => t.IsEnum && t.Namespace?.StartsWith("Twinning.Features") == true))
            configurationBuilder.Properties(enumType).HaveConversion<string>().HaveMaxLength(40);
    }

    /// <summary>Set while the search index is written, so that save does not index itself.</summary>
    private bool _indexing;

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefreshSearchKeys();
        var changes = _indexing ? null : SearchIndexer.Collect(this);
        if (changes is null || changes.IsEmpty) return base.SaveChanges(acceptAllChangesOnSuccess);
        // The records and their index entries are saved together or not at all.
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        _indexing = true;
        try { SearchIndexer.Apply(this, changes); }
        finally { _indexing = false; }
        own?.Commit();
        return result;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefreshSearchKeys();
        var changes = _indexing ? null : SearchIndexer.Collect(this);
        if (changes is null || changes.IsEmpty) return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        _indexing = true;
        try { await SearchIndexer.ApplyAsync(this, changes, cancellationToken); }
        finally { _indexing = false; }
        if (own is not null) await own.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Keeps the stored search keys in step with the names, whatever code changed them.</summary>
    private void RefreshSearchKeys()
    {
        foreach (var entry in ChangeTracker.Entries<ISearchable>())
        {
            // Unchanged ones too: a new alias or an edited owned name changes the key without touching the record's row.
            if (entry.State is EntityState.Deleted or EntityState.Detached) continue;
            var names = entry.Entity.SearchNames().ToList();
            entry.Entity.SearchKey = SearchKeys.Join(names.Select(TextFolding.Fold));
            entry.Entity.PhoneticKey = SearchKeys.Join(names.Select(TextFolding.Phonetic));
        }
    }
}

/// <summary>Records that a bundled dataset was loaded, so a restart never loads it twice.</summary>
public sealed class DatasetLoad
{
    public string Name { get; set; } = "";
    public int Version { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
}
