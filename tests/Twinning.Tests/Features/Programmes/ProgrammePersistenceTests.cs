using Microsoft.EntityFrameworkCore;
using Twinning.Features.Activities;
using Twinning.Features.Programmes;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Programmes;

public sealed class ProgrammePersistenceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Saving_a_programme_keeps_its_quota_and_yearly_intakes(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int programmeId;
        await using (var db = database.NewContext())
        {
            var programme = new Programme
            {
                Key = "prog-scholarships", PartnershipId = await TestRecords.SavePartnershipAsync(db),
                Title = new("Học bổng cho sinh viên Viêng Chăn", "Scholarships for Vientiane students"),
                ProgrammeKind = ProgrammeKind.Scholarship, Status = ActivityStatus.InProgress, Direction = Direction.BToA,
                AnnualQuotaMin = 10, AnnualQuotaMax = 20,
                Intakes =
                [
                    new() { Key = "prog-scholarships#2024", Year = 2024, Count = 15 },
                    new() { Key = "prog-scholarships#2023", Year = 2023, Count = 12 },
                ],
            };
            db.Programmes.Add(programme);
            await db.SaveChangesAsync(Cancel);
            programmeId = programme.Id;
        }

        await using (var db = database.NewContext())
        {
            var programme = await db.Programmes.Include(p => p.Intakes).SingleAsync(p => p.Id == programmeId, Cancel);
            programme.ProgrammeKind.ShouldBe(ProgrammeKind.Scholarship);
            (programme.AnnualQuotaMin, programme.AnnualQuotaMax).ShouldBe((10, 20));
            programme.Intakes.OrderBy(i => i.Year).Select(i => (i.Year, i.Count)).ShouldBe([(2023, 12), (2024, 15)]);
        }
    }

    [Theory, BothEngines]
    public async Task A_programme_cannot_have_two_intakes_for_one_year(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using var db = database.NewContext();
        db.Programmes.Add(new Programme
        {
            PartnershipId = await TestRecords.SavePartnershipAsync(db), Title = new("Đào tạo cán bộ"),
            Intakes = [new() { Year = 2024, Count = 15 }, new() { Year = 2024, Count = 3 }],
        });

        await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
    }
}
