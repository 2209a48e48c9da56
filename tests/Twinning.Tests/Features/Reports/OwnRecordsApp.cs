using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Reports;

/// <summary>
/// An app without the bundled dataset, holding a small record the report and briefing tests built
/// themselves: so the figures they compare are known, not whatever the dataset holds this year. One of
/// each kind of activity (visits in both directions), an agreement with an agency agreement under it,
/// a Lao leader with a Lao-script name, a Vietnamese source, and a draft that must not be counted.
/// </summary>
public sealed class OwnRecordsApp(PostgresServer postgres) : IAsyncLifetime
{
    /// <summary>SQLite as a class fixture; a test that needs PostgreSQL sets this before <see cref="InitializeAsync"/>.</summary>
    public Engine Engine { get; init; } = Engine.Sqlite;

    public TwinningAppFactory Factory { get; private set; } = null!;
    public int PartnershipId { get; private set; }
    public int AgreementId { get; private set; }
    public int LaoLeaderId { get; private set; }

    public const string LaoLeaderName = "ສົມພອນ ແກ້ວມະນີ";
    public const string CompletedProject = "Dự án thử: nhà văn hóa hữu nghị";
    public const string SourceTitle = "Bài báo thử về đoàn công tác";

    private HttpClient _viewer = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = await TwinningAppFactory.CreateAsync(Engine, postgres, loadDataset: false);
        using var _ = Factory.CreateClient();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            PartnershipId = await TestRecords.SavePartnershipAsync(db);
            await SeedAsync(db);
        }
        await TestUsers.CreateAsync(Factory, "viewer@own.test", memberships: new Membership { PartnershipId = PartnershipId, Role = PartnershipRole.Viewer });
        _viewer = await TestUsers.SignedInClientAsync(Factory, "viewer@own.test");
    }

    private async Task SeedAsync(TwinningDb db)
    {
        var cancel = TestContext.Current.CancellationToken;
        var hanoiCommittee = TestRecords.Organisation("org-hn", new("Ủy ban nhân dân thành phố Hà Nội", "Hanoi People's Committee", "ຄະນະກຳມະການປະຊາຊົນນະຄອນຮ່າໂນ້ຍ"), CountryCode.Vietnam);
        var vientianeAdministration = TestRecords.Organisation("org-vt", new("Chính quyền Thủ đô Viêng Chăn", "Vientiane Capital administration", "ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ"), CountryCode.Laos);
        var laoLeader = TestRecords.Person("person-lao", new("Xổm Phon Kẹo Ma Ni", "Somphone Keomany", LaoLeaderName), CountryCode.Laos);
        laoLeader.State = RecordState.Approved;
        laoLeader.Positions.Add(new Position { Title = "ເຈົ້າຄອງນະຄອນຫຼວງ", Organisation = vientianeAdministration, From = new DateOnly(2020, 1, 1) });
        var vietLeader = TestRecords.Person("person-vn", new("Nguyễn Văn Thử", "Nguyen Van Thu", "ຫງວຽນ ວັນ ທື"), CountryCode.Vietnam);
        vietLeader.State = RecordState.Approved;
        vietLeader.Positions.Add(new Position { Title = "Chủ tịch", Organisation = hanoiCommittee, From = new DateOnly(2020, 1, 1) });
        foreach (var o in new[] { hanoiCommittee, vientianeAdministration }) o.State = RecordState.Approved;
        db.AddRange(hanoiCommittee, vientianeAdministration, laoLeader, vietLeader);

        var politics = new Commitment { Key = "c-1", Area = CommitmentArea.PoliticsAndExternalAffairs, Text = new("Trao đổi đoàn hằng năm", "Annual delegations", "ແລກປ່ຽນຄະນະຜູ້ແທນທຸກປີ") };
        var education = new Commitment { Key = "c-2", Area = CommitmentArea.EducationAndTraining, Text = new("Đào tạo cán bộ", "Cadre training", "ຝຶກອົບຮົມພະນັກງານ") };
        var agreement = new Agreement
        {
            Key = "agreement", PartnershipId = PartnershipId, Kind = AgreementKind.CooperationAgreement, State = RecordState.Approved, Status = AgreementStatus.InForce,
            Title = new("Thỏa thuận hợp tác thử 2024–2026", "Test cooperation agreement 2024–2026", "ສັນຍາຮ່ວມມືທົດລອງ 2024–2026"),
            SignedOn = new DateOnly(2024, 1, 15), StartYear = 2024, EndYear = 2026, Commitments = [politics, education], Parties = [hanoiCommittee, vientianeAdministration],
        };
        var health = new Commitment { Key = "c-3", Area = CommitmentArea.Health, Text = new("Trao đổi bác sĩ", "Doctor exchange", "ແລກປ່ຽນທ່ານໝໍ") };
        var agency = new Agreement
        {
            Key = "agency", PartnershipId = PartnershipId, Kind = AgreementKind.MemorandumOfUnderstanding, State = RecordState.Approved, Status = AgreementStatus.InForce,
            Title = new("Biên bản ghi nhớ y tế thử", "Test health memorandum", "ບົດບັນທຶກຄວາມເຂົ້າໃຈດ້ານສາທາລະນະສຸກທົດລອງ"),
            SignedOn = new DateOnly(2024, 6, 1), Parent = agreement, Commitments = [health],
        };
        db.Agreements.AddRange(agreement, agency);

        T Approved<T>(T a, string key, string vi, string lo, DateOnly day) where T : Activity
        {
            (a.Key, a.PartnershipId, a.State, a.Title, a.StartDate, a.Status) = (key, PartnershipId, RecordState.Approved, new(vi, vi, lo), day, ActivityStatus.Completed);
            return a;
        }
        var outbound1 = Approved(new Visit { Direction = Direction.AToB, Leader = vietLeader, Commitments = [politics] }, "v-1", "Đoàn Hà Nội thăm Viêng Chăn lần 1", "ຄະນະຮ່າໂນ້ຍຢ້ຽມຢາມ 1", new DateOnly(2024, 3, 11));
        var outbound2 = Approved(new Visit { Direction = Direction.AToB, Commitments = [politics] }, "v-2", "Đoàn Hà Nội thăm Viêng Chăn lần 2", "ຄະນະຮ່າໂນ້ຍຢ້ຽມຢາມ 2", new DateOnly(2025, 9, 2));
        var inbound = Approved(new Visit { Direction = Direction.BToA, Leader = laoLeader }, "v-3", "Đoàn Viêng Chăn thăm Hà Nội", "ຄະນະນະຄອນຫຼວງວຽງຈັນຢ້ຽມຢາມຮ່າໂນ້ຍ", new DateOnly(2025, 4, 20));
        inbound.Participants.Add(new ActivityParticipant { Person = laoLeader, Role = ParticipantRole.Leader });
        var talks = Approved(new Meeting { MeetingKind = MeetingKind.Talks, Direction = Direction.BToA }, "m-1", "Hội đàm thử", "ການສົນທະນາທົດລອງ", new DateOnly(2025, 4, 21));
        talks.Participants.Add(new ActivityParticipant { Person = laoLeader, Role = ParticipantRole.Leader });
        var project = Approved(new Project { BudgetAmount = 2_000_000, BudgetCurrency = "USD", IatiStatus = IatiActivityStatus.Closed, Commitments = [health] }, "p-1", CompletedProject, "ໂຄງການທົດລອງ", new DateOnly(2024, 5, 1));
        project.EndDate = new DateOnly(2025, 5, 1);
        var programme = Approved(new Programme { ProgrammeKind = ProgrammeKind.CadreTraining, Commitments = [education] }, "pr-1", "Chương trình đào tạo thử", "ແຜນງານຝຶກອົບຮົມທົດລອງ", new DateOnly(2024, 9, 1));
        var fair = Approved(new PromotionEvent { EventKind = EventKind.Fair }, "e-1", "Hội chợ thử", "ງານວາງສະແດງທົດລອງ", new DateOnly(2025, 11, 5));
        var donation = Approved(new Donation { Item = new("Máy tính", "Computers", "ຄອມພິວເຕີ"), Quantity = 20, Donor = hanoiCommittee, Recipient = vientianeAdministration }, "d-1", "Trao tặng máy tính", "ມອບຄອມພິວເຕີ", new DateOnly(2024, 12, 1));
        var draft = new Visit { Key = "v-draft", PartnershipId = PartnershipId, State = RecordState.Draft, Title = new("Đoàn nháp không được tính"), StartDate = new DateOnly(2025, 1, 1), Direction = Direction.AToB };
        db.Activities.AddRange(outbound1, outbound2, inbound, talks, project, programme, fair, donation, draft);
        await db.SaveChangesAsync(cancel);

        const string text = "Chiều 11/3/2024, đoàn đại biểu thành phố Hà Nội đã tới Thủ đô Viêng Chăn. Hai bên trao đổi về hợp tác.";
        var quote = "đoàn đại biểu thành phố Hà Nội đã tới Thủ đô Viêng Chăn";
        var source = new Source
        {
            Key = "s-1", PartnershipId = PartnershipId, State = RecordState.Approved, Title = SourceTitle, Outlet = "Báo thử", Language = "vi",
            PublishedOn = new DateOnly(2024, 3, 12), Kind = SourceKind.Article, FullText = text,
            Citations = [new Citation { RecordKind = RecordKind.Activity, RecordId = outbound1.Id, Quote = quote, Start = text.IndexOf(quote), Length = quote.Length }],
        };
        db.Sources.Add(source);
        LaoLeaderId = laoLeader.Id;
        AgreementId = agreement.Id;
        await db.SaveChangesAsync(cancel);
    }

    public async ValueTask DisposeAsync()
    {
        _viewer.Dispose();
        await Factory.DisposeAsync();
    }

    /// <summary>A client signed in as a Viewer of the partnership.</summary>
    public HttpClient Client() => _viewer;

    public async Task<byte[]> GetDocxAsync(string url)
    {
        using var response = await Client().GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    public async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url)
    {
        using var response = await Client().GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body);
    }
}
