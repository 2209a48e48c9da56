using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Dashboard;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Scale;

/// <summary>
/// A partnership with more of everything than its pages show at once: a leader with more meetings than a
/// page of the person page, a commitment with more activities than the agreement page lists, more
/// programmes than the dashboard names, visits led at two levels, projects in two currencies, and drafts
/// that a Viewer must not see counted. The records are kept here so tests derive what to expect from them.
/// </summary>
public abstract class BusyPartnershipApp(PostgresServer postgres, Engine engine) : IAsyncLifetime
{
    public TwinningAppFactory Factory { get; private set; } = null!;
    public int PartnershipId { get; private set; }
    public int LeaderId { get; private set; }
    public int AgreementId { get; private set; }
    public int CommitmentId { get; private set; }

    /// <summary>Every activity saved, approved or not.</summary>
    public List<Activity> Activities { get; } = [];
    public IEnumerable<Activity> Approved => Activities.Where(a => a.State == RecordState.Approved);

    /// <summary>More than one page of the person page, one of them a draft.</summary>
    public static readonly int LeaderMeetings = PersonPageQuery.PageSize + 7;
    public static readonly int Programmes = DashboardQuery.ProgrammesShown + 3;

    private HttpClient _viewer = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = Factory.CreateClient();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            PartnershipId = await TestRecords.SavePartnershipAsync(db);
            await SeedAsync(db);
        }
        await TestUsers.CreateAsync(Factory, "viewer@busy.test", memberships: new Membership { PartnershipId = PartnershipId, Role = PartnershipRole.Viewer });
        _viewer = await TestUsers.SignedInClientAsync(Factory, "viewer@busy.test");
    }

    private async Task SeedAsync(TwinningDb db)
    {
        var party = TestRecords.Organisation("busy-party", new("Thành ủy Hà Nội thử", "Hanoi Party Committee (test)", "ຄະນະພັກນະຄອນຮ່າໂນ້ຍ"), CountryCode.Vietnam, OrganisationKind.PartyCommittee);
        var committee = TestRecords.Organisation("busy-committee", new("Ủy ban nhân dân Hà Nội thử", "Hanoi People's Committee (test)", "ຄະນະກຳມະການປະຊາຊົນນະຄອນຮ່າໂນ້ຍ"), CountryCode.Vietnam);
        var leader = TestRecords.Person("busy-leader", new("Trần Văn Bận", "Tran Van Ban", "ຕ່ານ ວັນ ບັນ"), CountryCode.Vietnam);
        var host = TestRecords.Person("busy-host", new("Bun Mi Thử", "Bounmy Test", "ບຸນມີ ທົດລອງ"), CountryCode.Laos);
        leader.Positions.Add(new Position { Title = "Bí thư Thành ủy", Organisation = party, From = new DateOnly(2015, 1, 1) });
        foreach (var record in new Twinning.Data.Record[] { party, committee, leader, host }) record.State = RecordState.Approved;
        db.AddRange(party, committee, leader, host);

        var commitment = new Commitment { Key = "busy-c", Area = CommitmentArea.PoliticsAndExternalAffairs, Text = new("Trao đổi đoàn các cấp", "Delegations at every level", "ແລກປ່ຽນຄະນະຜູ້ແທນທຸກຂັ້ນ") };
        var agreement = new Agreement
        {
            Key = "busy-agreement", PartnershipId = PartnershipId, Kind = AgreementKind.CooperationAgreement, State = RecordState.Approved, Status = AgreementStatus.InForce,
            Title = new("Thỏa thuận hợp tác bận rộn", "A busy cooperation agreement", "ສັນຍາຮ່ວມມືທີ່ຫຍຸ້ງ"), SignedOn = new DateOnly(2019, 1, 10),
            StartYear = 2019, EndYear = 2030, Commitments = [commitment],
        };
        db.Agreements.Add(agreement);

        T Add<T>(T a, string key, string title, DateOnly day, RecordState state = RecordState.Approved) where T : Activity
        {
            (a.Key, a.PartnershipId, a.State, a.Title, a.StartDate, a.Status) = (key, PartnershipId, state, new(title), day, ActivityStatus.Completed);
            Activities.Add(a);
            return a;
        }

        // The leader's meetings, ten days apart, all carrying out the commitment; the last is a draft.
        for (var i = 0; i < LeaderMeetings; i++)
        {
            var meeting = Add(new Meeting { MeetingKind = MeetingKind.WorkingSession, Direction = Direction.AToB, Commitments = [commitment] },
                $"busy-m-{i}", $"Buổi làm việc thử số {i}", new DateOnly(2020, 1, 1).AddDays(10 * i),
                i == LeaderMeetings - 1 ? RecordState.Draft : RecordState.Approved);
            meeting.Participants.Add(new ActivityParticipant { Person = leader, Role = ParticipantRole.Guest, Title = "Bí thư Thành ủy" });
            meeting.Participants.Add(new ActivityParticipant { Person = host, Role = ParticipantRole.Host });
        }
        // Visits: four led by the leader (a Party committee's), two with no leader on record, over two years.
        for (var i = 0; i < 6; i++)
            Add(new Visit { Direction = i % 2 == 0 ? Direction.AToB : Direction.BToA, Leader = i < 4 ? leader : null },
                $"busy-v-{i}", $"Đoàn thử số {i}", new DateOnly(2022 + i % 2, 3, 1 + i));
        Add(new Visit { Direction = Direction.AToB, Leader = leader }, "busy-v-draft", "Đoàn nháp", new DateOnly(2022, 5, 5), RecordState.Submitted);
        // Projects in two stages and two currencies, one without a budget.
        Add(new Project { IatiStatus = IatiActivityStatus.Implementation, BudgetAmount = 1_500_000, BudgetCurrency = "USD", Sector = "Giáo dục" }, "busy-p-1", "Dự án thử 1", new DateOnly(2021, 2, 1));
        Add(new Project { IatiStatus = IatiActivityStatus.Implementation, BudgetAmount = 250_000, BudgetCurrency = "USD", Sector = "Giáo dục" }, "busy-p-2", "Dự án thử 2", new DateOnly(2022, 2, 1));
        Add(new Project { IatiStatus = IatiActivityStatus.Closed, BudgetAmount = 900_000_000, BudgetCurrency = "LAK", Sector = "Y tế" }, "busy-p-3", "Dự án thử 3", new DateOnly(2021, 6, 1));
        Add(new Project { IatiStatus = IatiActivityStatus.Closed }, "busy-p-4", "Dự án thử 4", new DateOnly(2023, 6, 1));
        Add(new Project { IatiStatus = IatiActivityStatus.Closed, BudgetAmount = 7_000_000, BudgetCurrency = "USD" }, "busy-p-draft", "Dự án nháp", new DateOnly(2023, 7, 1), RecordState.Draft);
        for (var i = 0; i < Programmes; i++)
            Add(new Programme { ProgrammeKind = ProgrammeKind.Scholarship }, $"busy-pr-{i}", $"Chương trình thử số {i}", new DateOnly(2018, 9, 1).AddDays(7 * i));

        // Donations known by name only: no date, so they come after every dated activity on the timeline.
        for (var i = 0; i < 4; i++)
            Activities.Add(new Twinning.Features.Donations.Donation { Key = $"busy-d-{i}", PartnershipId = PartnershipId, State = RecordState.Approved, Title = new($"Trao tặng chưa rõ ngày {i}"), Item = new("Sách"), Quantity = 10 });
        Activities.Add(new Twinning.Features.Donations.Donation { Key = "busy-d-draft", PartnershipId = PartnershipId, State = RecordState.Draft, Title = new("Trao tặng nháp chưa rõ ngày"), Item = new("Sách"), Quantity = 1 });

        db.Activities.AddRange(Activities);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        (LeaderId, AgreementId, CommitmentId) = (leader.Id, agreement.Id, commitment.Id);
    }

    public async ValueTask DisposeAsync()
    {
        _viewer.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>GETs a page as a Viewer of the partnership; it must answer 200.</summary>
    public async Task<IHtmlDocument> PageAsync(string url)
    {
        using var response = await _viewer.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
        return new HtmlParser().ParseDocument(body);
    }
}

public sealed class BusyPartnershipOnSqlite(PostgresServer postgres) : BusyPartnershipApp(postgres, Engine.Sqlite);

public sealed class BusyPartnershipOnPostgres(PostgresServer postgres) : BusyPartnershipApp(postgres, Engine.Postgres);
