using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;
using Twinning.Features.Projects;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Projects;

public sealed class ProjectPersistenceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Saving_a_project_keeps_its_budget_and_milestones(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int projectId;
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            var project = new Project
            {
                Key = "proj-vientiane-hq", PartnershipId = partnershipId,
                Title = new("Trụ sở Thành ủy Viêng Chăn", "Vientiane Party Committee headquarters"),
                Status = ActivityStatus.Completed, Direction = Direction.AToB,
                Funder = TestRecords.Organisation("org-hanoi-pc", new("UBND thành phố Hà Nội"), CountryCode.Vietnam),
                Recipient = TestRecords.Organisation("org-vientiane-pc", new("Thành ủy Viêng Chăn"), CountryCode.Laos, OrganisationKind.PartyCommittee),
                Sector = "Construction", BudgetAmount = 3_000_000.00m, BudgetCurrency = "USD", IatiStatus = IatiActivityStatus.Closed,
                ActualStart = new(2022, 11, 5), ActualEnd = new(2024, 3, 12),
                Milestones =
                [
                    new() { Key = "proj-vientiane-hq#3", Kind = MilestoneKind.Handover, Date = new(2024, 3, 12), Label = new("Bàn giao", "Handover") },
                    new() { Key = "proj-vientiane-hq#1", Kind = MilestoneKind.Pledge, Date = new(2022, 4, 4), Label = new("Cam kết tài trợ", "Pledge") },
                    new() { Key = "proj-vientiane-hq#2", Kind = MilestoneKind.Groundbreaking, Date = new(2022, 11, 5), Label = new("Khởi công", "Groundbreaking") },
                ],
            };
            db.Projects.Add(project);
            await db.SaveChangesAsync(Cancel);
            projectId = project.Id;
        }

        await using (var db = database.NewContext())
        {
            var project = await db.Projects
                .Include(p => p.Funder).Include(p => p.Recipient).Include(p => p.Milestones)
                .SingleAsync(p => p.Id == projectId, Cancel);

            project.BudgetAmount.ShouldBe(3_000_000.00m);
            project.BudgetCurrency.ShouldBe("USD");
            project.IatiStatus.ShouldBe(IatiActivityStatus.Closed);
            project.Funder!.Key.ShouldBe("org-hanoi-pc");
            project.Recipient!.Key.ShouldBe("org-vientiane-pc");
            project.ActualEnd.ShouldBe(new DateOnly(2024, 3, 12));
            project.Milestones.OrderBy(m => m.Date).Select(m => (m.Kind, m.Label.En)).ShouldBe(
                [(MilestoneKind.Pledge, "Pledge"), (MilestoneKind.Groundbreaking, "Groundbreaking"), (MilestoneKind.Handover, "Handover")]);
        }
    }

    [Theory, BothEngines]
    public async Task Budgets_keep_their_cents(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int projectId;
        await using (var db = database.NewContext())
        {
            var project = new Project
            {
                PartnershipId = await TestRecords.SavePartnershipAsync(db), Title = new("Dự án nhỏ"),
                BudgetAmount = 1_234_567_890.99m, BudgetCurrency = "LAK",
            };
            db.Projects.Add(project);
            await db.SaveChangesAsync(Cancel);
            projectId = project.Id;
        }

        // SQLite has no decimal type: a floating-point round trip would lose the last digits.
        await using (var db = database.NewContext())
            (await db.Projects.SingleAsync(p => p.Id == projectId, Cancel)).BudgetAmount.ShouldBe(1_234_567_890.99m);
    }
}
