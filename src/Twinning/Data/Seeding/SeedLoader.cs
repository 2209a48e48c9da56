using Microsoft.EntityFrameworkCore;
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
using Twinning.Features.Sources;
using Twinning.Features.Visits;

namespace Twinning.Data.Seeding;

/// <summary>
/// Loads a dataset file into the database in one transaction: all of it or nothing, and never twice
/// (a <see cref="DatasetLoad"/> row with the dataset's name guards against reloading).
/// </summary>
public sealed class SeedLoader(TwinningDb db, ILogger<SeedLoader> logger, TimeProvider clock)
{
    public async Task<bool> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var document = SeedFile.Read(path);
        if (await db.DatasetLoads.AnyAsync(d => d.Name == document.Dataset, cancellationToken))
        {
            logger.LogDebug("Dataset {Dataset} is already loaded", document.Dataset);
            return false;
        }

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var mapping = new SeedMapping(document, path);
            db.Partnerships.Add(mapping.ApprovedPartnership());
            await db.SaveChangesAsync(cancellationToken);
            mapping.AddTo(db, mapping.Partnership.Id);
            db.DatasetLoads.Add(new DatasetLoad { Name = document.Dataset, Version = document.Version, LoadedAt = clock.GetUtcNow() });
            await db.SaveChangesAsync(cancellationToken);

            // Citations name their record by id, which exists only once the records are saved.
            db.Citations.AddRange(mapping.ResolveCitations());
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            db.ChangeTracker.Clear();
        });
        logger.LogInformation("Loaded dataset {Dataset} version {Version}", document.Dataset, document.Version);
        return true;
    }
}
