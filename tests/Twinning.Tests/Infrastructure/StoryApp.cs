using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Events;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Tests.Infrastructure;

/// <summary>
/// The app on SQLite with a small partnership story of its own (three successive agreements, agency
/// memoranda, visits both ways, meetings, projects, an event, anniversaries) and no bundled dataset.
/// The read-only page tests compute what they expect from <see cref="Story"/>, so they do not change
/// when the bundled dataset grows, and they say what a page must show for any data, not for one.
/// </summary>
public sealed class StoryApp(PostgresServer postgres) : IAsyncLifetime
{
    public TwinningAppFactory Factory { get; private set; } = null!;
    public int PartnershipId { get; private set; }
    public PartnershipStory Story { get; } = new();

    public const string ViewerEmail = "viewer@story.test";

    private HttpClient _viewer = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = Factory.CreateClient();
        PartnershipId = await Factory.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            Story.AddTo(db, id);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return id;
        });
        await TestUsers.CreateAsync(Factory, ViewerEmail, memberships: new Membership { PartnershipId = PartnershipId, Role = PartnershipRole.Viewer });
        _viewer = await TestUsers.SignedInClientAsync(Factory, ViewerEmail);
    }

    public async ValueTask DisposeAsync()
    {
        _viewer.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A client signed in as a Viewer of the partnership (shared by the class's tests).</summary>
    public HttpClient Client() => _viewer;

    public HttpClient AnonymousClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>GETs a page that must answer 200 and parses it.</summary>
    public async Task<IHtmlDocument> PageAsync(string url)
    {
        using var response = await Client().GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
        return new HtmlParser().ParseDocument(body);
    }
}

/// <summary>The records of <see cref="StoryApp"/>, kept as objects so tests can derive their expectations.</summary>
public sealed class PartnershipStory
{
    public Agreement Memorandum { get; } = CityAgreement("story-2017", "Biên bản ghi nhớ hợp tác 2017–2020", AgreementKind.MemorandumOfUnderstanding, 2017, 2020, AgreementStatus.Expired);
    public Agreement Previous { get; } = CityAgreement("story-2022", "Thỏa thuận hợp tác 2022–2025", AgreementKind.CooperationAgreement, 2022, 2025, AgreementStatus.Expired);
    public Agreement Current { get; } = CityAgreement("story-2026", "Thỏa thuận hợp tác 2026–2030", AgreementKind.CooperationAgreement, 2026, 2030, AgreementStatus.InForce);
    public List<Agreement> AgencyAgreements { get; } = [];
    public List<Visit> Visits { get; } = [];
    public List<Meeting> Meetings { get; } = [];
    public List<Project> Projects { get; } = [];
    public List<PromotionEvent> Events { get; } = [];
    public List<Anniversary> Anniversaries { get; } = [];

    public IEnumerable<Agreement> Agreements => new[] { Memorandum, Previous, Current }.Concat(AgencyAgreements);
    public IEnumerable<Activity> Activities => Visits.Cast<Activity>().Concat(Meetings).Concat(Projects).Concat(Events);

    /// <summary>The project that carries out the justice commitment and is finished.</summary>
    public Project Headquarters => Projects[0];

    public void AddTo(TwinningDb db, int partnershipId)
    {
        Previous.Predecessor = Memorandum;
        Current.Predecessor = Previous;
        var justice = Commit(Previous, CommitmentArea.Justice, "Hỗ trợ xây dựng trụ sở cơ quan tư pháp");
        var tourism = Commit(Previous, CommitmentArea.Tourism, "Phối hợp xúc tiến du lịch");
        Commit(Current, CommitmentArea.PoliticsAndExternalAffairs, "Tăng cường trao đổi đoàn các cấp");
        Commit(Current, CommitmentArea.EducationAndTraining, "Cấp học bổng cho sinh viên");
        Commit(Current, CommitmentArea.PoliticsAndExternalAffairs, "Phối hợp tổ chức kỷ niệm các ngày lễ lớn");

        AgencyAgreements.Add(Agency("story-agency-police", "Bản ghi nhớ hợp tác giữa Công an hai thành phố", Previous, AgreementStatus.Expired));
        AgencyAgreements.Add(Agency("story-agency-justice", "Bản ghi nhớ hợp tác giữa Sở Tư pháp và Sở Tư pháp", Previous, AgreementStatus.Expired));
        AgencyAgreements.Add(Agency("story-agency-health", "Bản ghi nhớ hợp tác giữa Sở Y tế hai thành phố", Current, AgreementStatus.InForce));

        var march = AddVisit("Đoàn Hà Nội thăm Viêng Chăn tháng 3/2019", new(2019, 3, 10), Direction.AToB);
        AddVisit("Đoàn Hà Nội dự hội chợ tại Viêng Chăn", new(2019, 9, 20), Direction.AToB);
        var may = AddVisit("Đoàn Viêng Chăn thăm Hà Nội tháng 5/2020", new(2020, 5, 4), Direction.BToA);
        AddVisit("Đoàn công tác chung dự diễn đàn khu vực", new(2021, 11, 11), Direction.Joint);
        AddVisit("Đoàn Viêng Chăn dự kiến thăm Hà Nội", new(2021, 6, 1), Direction.BToA, RecordState.Draft);

        AddMeeting("Hội đàm giữa Hà Nội và Viêng Chăn", new(2019, 3, 11), MeetingKind.Talks, march);
        AddMeeting("Lễ ký kết biên bản ghi nhớ", new(2019, 3, 12), MeetingKind.Signing, march);
        AddMeeting("Tiếp đoàn Viêng Chăn", new(2020, 5, 5), MeetingKind.Reception, may);

        Projects.Add(new Project
        {
            Key = "story-headquarters", Title = new("Xây dựng trụ sở Sở Tư pháp Viêng Chăn"), StartDate = new(2022, 6, 1), EndDate = new(2023, 6, 1),
            Status = ActivityStatus.Completed, IatiStatus = IatiActivityStatus.Closed, BudgetAmount = 1_200_000m, BudgetCurrency = "USD",
            Direction = Direction.AToB, State = RecordState.Approved, Commitments = [justice],
        });
        Projects.Add(new Project
        {
            Key = "story-school", Title = new("Trường học hữu nghị"), StartDate = new(2021, 2, 1), EndDate = new(2022, 2, 1),
            Status = ActivityStatus.Completed, IatiStatus = IatiActivityStatus.Closed, BudgetAmount = 300_000m, BudgetCurrency = "USD",
            Direction = Direction.AToB, State = RecordState.Approved,
        });
        Projects.Add(new Project
        {
            Key = "story-centre", Title = new("Trung tâm xúc tiến thương mại"), StartDate = new(2026, 1, 15),
            Status = ActivityStatus.Proposed, IatiStatus = IatiActivityStatus.Pipeline, BudgetAmount = 5_000_000m, BudgetCurrency = "USD",
            Direction = Direction.AToB, State = RecordState.Approved,
        });
        Events.Add(new PromotionEvent
        {
            Key = "story-tourism", Title = new("Hội nghị xúc tiến du lịch Hà Nội tại Viêng Chăn"), StartDate = new(2023, 10, 5),
            Status = ActivityStatus.Completed, EventKind = EventKind.PromotionConference, Direction = Direction.AToB,
            State = RecordState.Approved, Commitments = [tourism],
        });

        Anniversaries.Add(new Anniversary { Key = "story-relations", Name = new("Quan hệ ngoại giao"), BaseDate = new(1962, 9, 5), State = RecordState.Approved });
        Anniversaries.Add(new Anniversary { Key = "story-treaty", Name = new("Hiệp ước hữu nghị"), BaseDate = new(1977, 7, 18), State = RecordState.Approved });

        foreach (var agreement in Agreements) agreement.PartnershipId = partnershipId;
        foreach (var activity in Activities) activity.PartnershipId = partnershipId;
        foreach (var anniversary in Anniversaries) anniversary.PartnershipId = partnershipId;
        db.Agreements.AddRange(Agreements);
        db.Activities.AddRange(Activities);
        db.Anniversaries.AddRange(Anniversaries);
    }

    private static Agreement CityAgreement(string key, string title, AgreementKind kind, int from, int to, AgreementStatus status) => new()
    {
        Key = key, Title = new(title), Kind = kind, StartYear = from, EndYear = to, Status = status, State = RecordState.Approved,
        SignedOn = new DateOnly(from, 1, 1).AddMonths(-2),
    };

    private static Agreement Agency(string key, string title, Agreement parent, AgreementStatus status) => new()
    {
        Key = key, Title = new(title), Kind = AgreementKind.MemorandumOfUnderstanding, Parent = parent, Status = status, State = RecordState.Approved,
        StartYear = parent.StartYear, EndYear = parent.EndYear,
    };

    private static Commitment Commit(Agreement agreement, CommitmentArea area, string text)
    {
        var commitment = new Commitment { Area = area, Text = new(text) };
        agreement.Commitments.Add(commitment);
        return commitment;
    }

    private Visit AddVisit(string title, DateOnly start, Direction direction, RecordState state = RecordState.Approved)
    {
        var visit = new Visit
        {
            Key = $"story-visit-{Visits.Count + 1}", Title = new(title), StartDate = start, EndDate = start.AddDays(3),
            Direction = direction, Status = ActivityStatus.Completed, State = state,
        };
        Visits.Add(visit);
        return visit;
    }

    private void AddMeeting(string title, DateOnly date, MeetingKind kind, Visit visit) => Meetings.Add(new Meeting
    {
        Key = $"story-meeting-{Meetings.Count + 1}", Title = new(title), StartDate = date, MeetingKind = kind, Visit = visit,
        Direction = visit.Direction, Status = ActivityStatus.Completed, State = RecordState.Approved,
    });
}
