using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Visits;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Visits;

public sealed class VisitPersistenceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Saving_a_visit_keeps_its_meetings_and_their_participants(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int visitId;
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            var leader = TestRecords.Person("person-dinh-tien-dung", new("Đinh Tiến Dũng"), CountryCode.Vietnam);
            var host = TestRecords.Person("person-anouphap-tounalom", new("Anouphap Tounalom", "Anouphap Tounalom", "ອານຸພາບ ຕຸນາລົມ"), CountryCode.Laos);
            var signed = new Agreement { Key = "agr-2024", PartnershipId = partnershipId, Title = new("Biên bản ghi nhớ 2024"), Kind = AgreementKind.Minutes };
            var visit = new Visit
            {
                Key = "visit-2024-03", PartnershipId = partnershipId, Title = new("Đoàn Hà Nội thăm Viêng Chăn", "Hanoi delegation to Vientiane"),
                StartDate = new(2024, 3, 11), EndDate = new(2024, 3, 13), Status = ActivityStatus.Completed, Direction = Direction.AToB,
                Leader = leader, HostCity = new("Viêng Chăn", "Vientiane", "ນະຄອນຫຼວງວຽງຈັນ"), Purpose = new("Thăm và làm việc", "Official working visit"),
                Participants = [new() { Person = leader, Role = ParticipantRole.Leader, Title = "Bí thư Thành ủy Hà Nội" }],
                Meetings =
                [
                    new()
                    {
                        Key = "meet-2024-03-11-talks", PartnershipId = partnershipId, Title = new("Hội đàm"), MeetingKind = MeetingKind.Talks,
                        StartDate = new(2024, 3, 11), Status = ActivityStatus.Completed, Direction = Direction.AToB,
                        Participants =
                        [
                            new() { Person = leader, Role = ParticipantRole.Guest, Title = "Bí thư Thành ủy Hà Nội" },
                            new() { Person = host, Role = ParticipantRole.Host, Title = "Bí thư Thành ủy Viêng Chăn" },
                        ],
                        AgreementsSigned = [signed],
                    },
                    new()
                    {
                        Key = "meet-2024-03-12-call", PartnershipId = partnershipId, Title = new("Chào xã giao"), MeetingKind = MeetingKind.CourtesyCall,
                        StartDate = new(2024, 3, 12), Status = ActivityStatus.Completed, Direction = Direction.AToB,
                    },
                ],
            };
            db.Visits.Add(visit);
            await db.SaveChangesAsync(Cancel);
            visitId = visit.Id;
        }

        await using (var db = database.NewContext())
        {
            var visit = await db.Visits
                .Include(v => v.Leader)
                .Include(v => v.Participants)
                .Include(v => v.Meetings).ThenInclude(m => m.Participants).ThenInclude(p => p.Person)
                .Include(v => v.Meetings).ThenInclude(m => m.AgreementsSigned)
                .SingleAsync(v => v.Id == visitId, Cancel);

            visit.Kind.ShouldBe(ActivityKind.Visit);
            visit.Leader!.Name.Vi.ShouldBe("Đinh Tiến Dũng");
            visit.HostCity!.Lo.ShouldBe("ນະຄອນຫຼວງວຽງຈັນ");
            visit.EndDate.ShouldBe(new DateOnly(2024, 3, 13));
            visit.Participants.ShouldHaveSingleItem().Role.ShouldBe(ParticipantRole.Leader);

            var meetings = visit.Meetings.OrderBy(m => m.StartDate).ToList();
            meetings.Select(m => m.MeetingKind).ShouldBe([MeetingKind.Talks, MeetingKind.CourtesyCall]);
            meetings.ShouldAllBe(m => m.Kind == ActivityKind.Meeting && m.VisitId == visitId);
            meetings[0].Participants.Select(p => (p.Person!.Key, p.Role, p.Title)).OrderBy(p => p.Key).ShouldBe(
            [
                ("person-anouphap-tounalom", ParticipantRole.Host, "Bí thư Thành ủy Viêng Chăn"),
                ("person-dinh-tien-dung", ParticipantRole.Guest, "Bí thư Thành ủy Hà Nội"),
            ]);
            meetings[0].AgreementsSigned.ShouldHaveSingleItem().Key.ShouldBe("agr-2024");
            meetings[1].Participants.ShouldBeEmpty();
        }
    }

    [Theory, BothEngines]
    public async Task Visits_and_their_meetings_share_the_activities_table(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            db.Visits.Add(new Visit
            {
                PartnershipId = partnershipId, Title = new("Chuyến thăm"), StartDate = new(2026, 1, 27),
                Meetings = [new() { PartnershipId = partnershipId, Title = new("Hội đàm"), StartDate = new(2026, 1, 27) }],
            });
            db.Meetings.Add(new Meeting { PartnershipId = partnershipId, Title = new("Hội nghị trực tuyến"), StartDate = new(2025, 12, 2) });
            await db.SaveChangesAsync(Cancel);
        }

        // The timeline reads every kind in one query; each row must come back as its own type.
        await using (var db = database.NewContext())
        {
            var activities = await db.Activities.OrderBy(a => a.StartDate).ThenBy(a => a.Id).ToListAsync(Cancel); // a visit is saved before its meetings
            activities.Select(a => a.GetType()).ShouldBe([typeof(Meeting), typeof(Visit), typeof(Meeting)]);
            activities.OfType<Meeting>().Count(m => m.VisitId is null).ShouldBe(1);
        }
    }
}
