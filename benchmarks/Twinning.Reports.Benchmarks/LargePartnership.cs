using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Reports.Benchmarks;

/// <summary>
/// A SQLite database (a file, as the app uses) holding one partnership with an agreement of 40
/// commitments and <c>activities</c> approved activities of every kind spread over the agreement's
/// years, each linked to a commitment and cited from a source — the shape of a long-running
/// programme's record, ten thousand activities deep.
/// </summary>
public static class LargePartnership
{
    public static async Task<(string ConnectionString, int PartnershipId, int AgreementId)> CreateAsync(string path, int activities)
    {
        if (File.Exists(path)) File.Delete(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        await using var db = Open(connectionString);
        await db.Database.MigrateAsync();

        var partnership = new Partnership
        {
            Name = new("Hà Nội – Viêng Chăn", "Hanoi – Vientiane"), CityAName = new("Hà Nội", "Hanoi"), CityACountry = "VN",
            CityBName = new("Viêng Chăn", "Vientiane", "ນະຄອນຫຼວງວຽງຈັນ"), CityBCountry = "LA", State = RecordState.Approved, Since = new DateOnly(1962, 9, 5),
        };
        var bodies = Enum.GetValues<OrganisationKind>().Select(k => new Organisation { Name = new($"Cơ quan {k}"), Kind = k, Country = "VN", State = RecordState.Approved }).ToList();
        var people = Enumerable.Range(0, 50).Select(i => new Person
        {
            Name = new($"Người thứ {i}", $"Person {i}", i % 2 == 0 ? "ທອງລຸນ ສີສຸລິດ" : null), Country = i % 2 == 0 ? "LA" : "VN", State = RecordState.Approved,
            Positions = [new Position { Title = "Chủ tịch", Organisation = bodies[i % bodies.Count], From = new DateOnly(2020, 1, 1) }],
        }).ToList();
        var agreement = new Agreement
        {
            Title = new("Thỏa thuận hợp tác giai đoạn 2016–2045"), SignedOn = new DateOnly(2016, 1, 10), StartYear = 2016, EndYear = 2045,
            Status = AgreementStatus.InForce, State = RecordState.Approved, Kind = AgreementKind.CooperationAgreement,
            Commitments = Enumerable.Range(0, 40).Select(i => new Commitment { Area = (CommitmentArea)(i % 12), Text = new($"Cam kết số {i + 1} về hợp tác") }).ToList(),
        };
        db.Partnerships.Add(partnership);
        db.Organisations.AddRange(bodies);
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        agreement.PartnershipId = partnership.Id;
        db.Agreements.Add(agreement);
        db.Agreements.AddRange(Enumerable.Range(0, 30).Select(i => new Agreement
        {
            PartnershipId = partnership.Id, Parent = agreement, Title = new($"Thỏa thuận cấp sở số {i + 1}"), SignedOn = new DateOnly(2016 + i % 10, 3, 1),
            Status = AgreementStatus.InForce, State = RecordState.Approved, Parties = [bodies[i % bodies.Count]],
        }));
        var source = new Source { Title = "Bài báo tổng hợp", Outlet = "TTXVN", FullText = "…", PublishedOn = new DateOnly(2025, 12, 1), State = RecordState.Approved };
        db.Sources.Add(source);
        await db.SaveChangesAsync();

        var random = new Random(20260124);
        var batch = new List<Activity>();
        for (var i = 0; i < activities; i++)
        {
            var start = new DateOnly(2016, 1, 1).AddDays(random.Next(0, 365 * 10));
            Activity activity = (i % 6) switch
            {
                0 => new Visit { Leader = people[i % people.Count], Direction = (Direction)(i % 2) },
                1 => new Meeting(),
                2 => new Project { Sector = $"Lĩnh vực {i % 7}", BudgetAmount = 1000 + i, BudgetCurrency = i % 3 == 0 ? "VND" : "USD", IatiStatus = (IatiActivityStatus)(1 + i % 4), Funder = bodies[0], Recipient = bodies[1] },
                3 => new Programme { ProgrammeKind = ProgrammeKind.Scholarship, AnnualQuotaMin = 20, AnnualQuotaMax = 30, Intakes = [new Intake { Year = start.Year, Count = 25 }] },
                4 => new PromotionEvent { EventKind = EventKind.Fair, Place = new("Viêng Chăn") },
                _ => new Donation { Item = new("Máy tính"), Quantity = 10, Donor = bodies[0], Recipient = bodies[1] },
            };
            activity.PartnershipId = partnership.Id;
            activity.Title = new($"Hoạt động số {i + 1}", $"Activity {i + 1}");
            activity.StartDate = start;
            activity.Status = (ActivityStatus)(i % 5);
            activity.State = RecordState.Approved;
            activity.Commitments = [agreement.Commitments[i % agreement.Commitments.Count]];
            batch.Add(activity);
            if (batch.Count == 1000 || i == activities - 1)
            {
                db.Activities.AddRange(batch);
                await db.SaveChangesAsync();
                db.Citations.AddRange(batch.Select(a => new Citation { SourceId = source.Id, RecordKind = RecordKind.Activity, RecordId = a.Id, Quote = "…", Start = 0, Length = 1 }));
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
                db.Attach(agreement);
                foreach (var p in people) db.Attach(p);
                foreach (var b in bodies) db.Attach(b);
                batch.Clear();
            }
        }
        return (connectionString, partnership.Id, agreement.Id);
    }

    public static SqliteTwinningDb Open(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteTwinningDb>().UseSqlite(connectionString).Options);
}
