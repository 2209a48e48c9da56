using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Data.Generation;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Data.Generation;

/// <summary>The generator behind the scale benchmarks: what it asks for, reproducibly, in both scripts, through the audit.</summary>
public sealed class ScaleGeneratorTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<TwinningAppFactory> GeneratedAsync(Engine engine, int seed)
    {
        var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using (app.CreateClient()) { }
        await using var scope = app.Services.CreateAsyncScope();
        await new ScaleGenerator(scope.ServiceProvider.GetRequiredService<TwinningDb>(), seed).GenerateAsync(3, 100, ct: Cancel);
        return app;
    }

    [Theory]
    [BothEngines]
    public async Task It_makes_the_partnerships_and_activities_asked_for_with_everything_around_them(Engine engine)
    {
        await using var app = await GeneratedAsync(engine, seed: 7);
        await using var db = app.Database.NewContext();
        (await db.Partnerships.CountAsync(Cancel)).ShouldBe(3);
        (await db.Activities.CountAsync(Cancel)).ShouldBe(100);
        (await db.Activities.GroupBy(a => a.PartnershipId).Select(g => g.Count()).ToListAsync(Cancel)).ShouldAllBe(n => n >= 33 && n <= 34);
        (await db.Visits.CountAsync(v => v.Meetings.Count == 2, Cancel)).ShouldBeGreaterThan(0);
        (await db.Agreements.CountAsync(a => a.Commitments.Count > 0, Cancel)).ShouldBe(9);
        (await db.Agreements.CountAsync(a => a.ParentId != null, Cancel)).ShouldBe(3);
        (await db.Activities.CountAsync(a => a.State != RecordState.Approved, Cancel)).ShouldBeGreaterThan(0);
        (await db.Citations.CountAsync(Cancel)).ShouldBeGreaterThan(0);
        // Lao people carry their Lao-script name and the Vietnamese newspapers' hyphenated spelling.
        var lao = await db.People.Include(p => p.Aliases).Where(p => p.Country == "LA").ToListAsync(Cancel);
        lao.ShouldNotBeEmpty();
        lao.ShouldAllBe(p => p.Name.Lo != null && p.Aliases.Any(a => a.Name.Contains('-')) && p.Aliases.Any(a => a.Name.Any(c => c >= '\u0E80' && c <= '\u0EFF')));
        // Saved through the app's context: every record has its audit history.
        (await db.AuditEntries.CountAsync(Cancel)).ShouldBeGreaterThanOrEqualTo(100);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        async Task<List<string>> TitlesAsync(int seed)
        {
            await using var app = await GeneratedAsync(Engine.Sqlite, seed);
            await using var db = app.Database.NewContext();
            return await db.Activities.OrderBy(a => a.Id).Select(a => a.Title.Vi + "|" + a.StartDate).ToListAsync(Cancel);
        }
        var first = await TitlesAsync(3);
        (await TitlesAsync(3)).ShouldBe(first);
        (await TitlesAsync(4)).ShouldNotBe(first);
    }

    [Fact]
    public async Task The_largest_partnership_gets_its_share_and_the_others_split_the_rest()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using (app.CreateClient()) { }
        await using (var scope = app.Services.CreateAsyncScope())
            await new ScaleGenerator(scope.ServiceProvider.GetRequiredService<TwinningDb>(), 5).GenerateAsync(4, 130, ct: Cancel, largest: 70);
        await using var db = app.Database.NewContext();
        var sizes = await db.Activities.GroupBy(a => a.PartnershipId).OrderBy(g => g.Key).Select(g => g.Count()).ToListAsync(Cancel);
        sizes.ShouldBe([70, 20, 20, 20]);
    }
}
