using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Api;
using Twinning.Features.Audit;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Audit;

/// <summary>
/// Links added and removed (an activity's commitments and participants, an agreement's parties) read as lines of
/// the history of the record that holds them, in the reader's language, naming and linking the record linked.
/// The changes are made through the forms, as people make them, on both engines.
/// </summary>
public sealed partial class LinkHistoryTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Commitments_and_participants_changed_on_the_meeting_form_read_as_added_and_removed_in_each_language(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        var editor = await world.SignInAsync(World.EditorEmail);
        var form = $"/meetings/edit/{world.Meeting}";
        var saved = await Forms.PostAsync(editor, await Forms.GetAsync(editor, form), form,
            [("Input.CommitmentIds", world.Tourism.ToString()), ("Input.ParticipantIds", world.Binh.ToString()), ("Input.ParticipantIds", world.Ba.ToString())]);
        saved.ShouldRedirectTo($"/activities/{world.Meeting}");

        var viewer = await world.SignInAsync(World.ViewerEmail);
        var en = (await world.ReadAsync(viewer, "en", $"/history/activity/{world.Meeting}")).QuerySelector("article.audit-entry")!;
        Sentence(en).ShouldBe($"{World.EditorName} changed Meeting: {World.MeetingEn}, 12 Mar 2024.");
        Links(en).ShouldBe([
            "Commitment added: Tourism: Tourism promotion",
            "Commitment removed: Education and training: Teacher exchange",
            "Participant added: Trần Văn Ba",
            "Participant removed: Nguyễn Văn An",
        ], ignoreOrder: true);
        // Each record linked is named by its own page, a commitment by its place on its agreement's.
        en.QuerySelector($"ul.audit-links a[href='/agreements/{world.Agreement}#commitment-{world.Tourism}']")!.TextContent.ShouldBe("Tourism: Tourism promotion");
        en.QuerySelector($"ul.audit-links a[href='/agreements/{world.Agreement}#commitment-{world.Education}']").ShouldNotBeNull();
        en.QuerySelector($"ul.audit-links a[href='/people/{world.Ba}']")!.TextContent.ShouldBe("Trần Văn Ba");
        en.QuerySelector($"ul.audit-links a[href='/people/{world.An}']").ShouldNotBeNull();
        // The links are lines of their own, not rows of the field table, and no key is ever shown as a number.
        Rows(en).ShouldNotContain(r => r.StartsWith("Commitment") || r.StartsWith("Participant |"));
        en.TextContent.ShouldNotMatch(@"-\d{5,}");

        var vi = (await world.ReadAsync(viewer, "vi", $"/history/activity/{world.Meeting}")).QuerySelector("article.audit-entry")!;
        Sentence(vi).ShouldBe($"{World.EditorName} đã sửa Cuộc gặp: {World.MeetingVi}, 12/03/2024.");
        Links(vi).ShouldBe([
            "Đã thêm cam kết: Du lịch: Quảng bá du lịch",
            "Đã bỏ cam kết: Giáo dục – đào tạo: Trao đổi giáo viên",
            "Đã thêm người tham dự: Trần Văn Ba",
            "Đã bỏ người tham dự: Nguyễn Văn An",
        ], ignoreOrder: true);

        var lo = (await world.ReadAsync(viewer, "lo", $"/history/activity/{world.Meeting}")).QuerySelector("article.audit-entry")!;
        Links(lo).ShouldBe([
            "ເພີ່ມຂໍ້ຜູກພັນ: ການທ່ອງທ່ຽວ: ການໂຄສະນາການທ່ອງທ່ຽວ",
            "ເອົາຂໍ້ຜູກພັນອອກ: ການສຶກສາ ແລະ ການຝຶກອົບຮົມ: ການແລກປ່ຽນຄູສອນ",
            "ເພີ່ມຜູ້ເຂົ້າຮ່ວມ: Trần Văn Ba",
            "ເອົາຜູ້ເຂົ້າຮ່ວມອອກ: Nguyễn Văn An",
        ], ignoreOrder: true);
        lo.TextContent.ShouldNotContain("Audit.");

        // The Administrators' log tells the same, and names the links among the fields changed.
        var admin = await world.SignInAsync(World.AdminEmail);
        var log = await world.ReadAsync(admin, "en", "/admin/audit?type=activity&action=Updated");
        var row = log.QuerySelectorAll("table.audit-log tbody tr").Single(r => r.QuerySelector($"a[href='/history/activity/{world.Meeting}']") is not null && r.Children[1].TextContent.Contains(World.EditorName));
        Links(row).ShouldContain("Participant added: Trần Văn Ba");
        Links(row).ShouldContain("Commitment removed: Education and training: Teacher exchange");
        row.Children[2].TextContent.Split(", ").ShouldBe(["Commitment", "Participant"], ignoreOrder: true);

        // Someone of another partnership reads none of it.
        var outsider = await world.SignInAsync(World.OutsiderEmail);
        using var denied = await outsider.GetAsync($"/history/activity/{world.Meeting}", Cancel);
        denied.ShouldRedirectTo("/account/denied");
    }

    [Theory, BothEngines]
    public async Task Parties_and_responsible_organisations_changed_on_the_agreement_form_read_as_added_and_removed(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        var editor = await world.SignInAsync(World.EditorEmail);
        var form = $"/agreements/edit/{world.Agreement}";
        var page = await Forms.GetAsync(editor, form);
        var educationRow = CommitmentRow(page, world.Education);
        var saved = await Forms.PostAsync(editor, page, form,
            [("Input.PartyIds", world.HanoiCity.ToString()), ("Input.PartyIds", world.VientianeEducation.ToString()),
             ($"Input.Commitments[{educationRow}].ResponsibleIds", world.VientianeEducation.ToString()),
             ($"Input.Commitments[{educationRow}].TextEn", "Teacher and lecturer exchange")]);
        saved.ShouldRedirectTo($"/agreements/{world.Agreement}");

        var viewer = await world.SignInAsync(World.ViewerEmail);
        var en = (await world.ReadAsync(viewer, "en", $"/history/agreement/{world.Agreement}")).QuerySelector("article.audit-entry")!;
        Sentence(en).ShouldBe($"{World.EditorName} changed Agreement: {World.AgreementEn}.");
        Links(en).ShouldBe([
            "Party added: Vientiane Department of Education and Sports",
            "Party removed: Vientiane Capital People's Committee",
            "Responsible organisation added: Vientiane Department of Education and Sports",
        ], ignoreOrder: true);
        en.QuerySelectorAll($"ul.audit-links a[href='/organisations/{world.VientianeEducation}']").Length.ShouldBe(2);
        en.QuerySelector($"ul.audit-links a[href='/organisations/{world.VientianeCity}']").ShouldNotBeNull();
        // A commitment's own text is the agreement's too: changed on its form, it is in the agreement's history.
        Rows(en).ShouldBe(["Commitment text (English) | Teacher exchange | Teacher and lecturer exchange"]);

        var vi = (await world.ReadAsync(viewer, "vi", $"/history/agreement/{world.Agreement}")).QuerySelector("article.audit-entry")!;
        Links(vi).ShouldBe([
            "Đã thêm bên ký kết: Sở Giáo dục và Thể thao Viêng Chăn",
            "Đã bỏ bên ký kết: Ủy ban nhân dân Thủ đô Viêng Chăn",
            "Đã thêm đơn vị chịu trách nhiệm: Sở Giáo dục và Thể thao Viêng Chăn",
        ], ignoreOrder: true);
        Rows(vi).ShouldBe(["Nội dung cam kết (tiếng Anh) | Teacher exchange | Teacher and lecturer exchange"]);
        var lo = (await world.ReadAsync(viewer, "lo", $"/history/agreement/{world.Agreement}")).QuerySelector("article.audit-entry")!;
        Links(lo).ShouldContain("ເພີ່ມພາກສ່ວນທີ່ລົງນາມ: ພະແນກສຶກສາທິການ ແລະ ກິລາ ນະຄອນຫຼວງວຽງຈັນ");
        Links(lo).ShouldContain("ເອົາພາກສ່ວນທີ່ລົງນາມອອກ: ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ");

        var outsider = await world.SignInAsync(World.OutsiderEmail);
        using var denied = await outsider.GetAsync($"/history/agreement/{world.Agreement}", Cancel);
        denied.ShouldRedirectTo("/account/denied");
    }

    [Theory, BothEngines]
    public async Task A_contributors_proposal_keeps_its_link_lines_under_their_name_once_an_editor_approves_it(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        var contributor = await world.SignInAsync(World.ContributorEmail);
        var form = $"/meetings/edit/{world.Meeting}";
        var saved = await Forms.PostAsync(contributor, await Forms.GetAsync(contributor, form), form,
            [("Input.CommitmentIds", world.Education.ToString()), ("Input.CommitmentIds", world.Tourism.ToString())]);
        saved.ShouldRedirectTo($"/activities/{world.Meeting}");
        await world.ActAsync(contributor, "Submit");
        var editor = await world.SignInAsync(World.EditorEmail);
        await world.ActAsync(editor, "Approve");

        var entries = (await world.ReadAsync(editor, "en", $"/history/activity/{world.Meeting}")).QuerySelectorAll("article.audit-entry").ToList();
        Sentence(entries[0]).ShouldBe($"{World.EditorName} approved Meeting: {World.MeetingEn}, 12 Mar 2024.");
        Links(entries[0]).ShouldBeEmpty();
        Sentence(entries[1]).ShouldBe($"{World.ContributorName} submitted Meeting: {World.MeetingEn}, 12 Mar 2024 for approval.");
        Sentence(entries[2]).ShouldBe($"{World.ContributorName} changed Meeting: {World.MeetingEn}, 12 Mar 2024.");
        Links(entries[2]).ShouldBe(["Commitment added: Tourism: Tourism promotion"]);
    }

    [Theory, BothEngines]
    public async Task A_commitment_changed_through_the_API_reads_as_on_the_form(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        string token;
        await using (var scope = world.App.Services.CreateAsyncScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>().FindByEmailAsync(World.EditorEmail))!;
            token = await scope.ServiceProvider.GetRequiredService<AccessTokens>().CreateAsync(user.Id, "links", AccessScope.Write, world.Partnership, 30, Cancel);
        }
        using var api = world.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var read = await api.GetAsync($"/api/v1/activities/{world.Meeting}", Cancel);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/activities/{world.Meeting}")
        {
            Content = JsonContent.Create(new
            {
                titleVi = World.MeetingVi, titleEn = World.MeetingEn, startDate = "2024-03-12", direction = "AToB", status = "Completed",
                commitmentIds = new[] { world.Tourism },
            }),
        };
        put.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        using var saved = await api.SendAsync(put, Cancel);
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync(Cancel));

        var viewer = await world.SignInAsync(World.ViewerEmail);
        var vi = (await world.ReadAsync(viewer, "vi", $"/history/activity/{world.Meeting}")).QuerySelector("article.audit-entry")!;
        Sentence(vi).ShouldBe($"{World.EditorName} đã sửa Cuộc gặp: {World.MeetingVi}, 12/03/2024.");
        Links(vi).ShouldBe(["Đã thêm cam kết: Du lịch: Quảng bá du lịch", "Đã bỏ cam kết: Giáo dục – đào tạo: Trao đổi giáo viên"], ignoreOrder: true);
    }

    [Theory, BothEngines]
    public async Task An_events_organisers_and_a_commitments_responsible_changed_alone_are_audited_on_their_record(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        var eventId = 0;
        await world.ChangeAsync(World.EditorEmail, async db =>
        {
            var fair = new Twinning.Features.Events.PromotionEvent
            {
                PartnershipId = world.Partnership, Title = new("Hội chợ du lịch", "Tourism fair"), StartDate = new(2024, 5, 2), State = RecordState.Approved,
                Organisers = [await db.Organisations.SingleAsync(o => o.Id == world.HanoiCity)],
            };
            db.Events.Add(fair);
            await db.SaveChangesAsync(Cancel);
            eventId = fair.Id;
        });
        await world.ChangeAsync(World.EditorEmail, async db =>
        {
            var fair = await db.Events.Include(e => e.Organisers).SingleAsync(e => e.Id == eventId);
            fair.Organisers.Clear();
            fair.Organisers.Add(await db.Organisations.SingleAsync(o => o.Id == world.VientianeCity));
        });
        // The commitment alone is loaded, not its agreement: the change still belongs to the agreement's history.
        await world.ChangeAsync(World.EditorEmail, async db =>
            (await db.Commitments.Include(c => c.Responsible).SingleAsync(c => c.Id == world.Tourism)).Responsible.Add(await db.Organisations.SingleAsync(o => o.Id == world.HanoiCity)));

        var viewer = await world.SignInAsync(World.ViewerEmail);
        var fairEntry = (await world.ReadAsync(viewer, "en", $"/history/activity/{eventId}")).QuerySelector("article.audit-entry")!;
        Links(fairEntry).ShouldBe(["Organiser added: Vientiane Capital People's Committee", "Organiser removed: Hanoi People's Committee"], ignoreOrder: true);
        var agreement = (await world.ReadAsync(viewer, "en", $"/history/agreement/{world.Agreement}")).QuerySelector("article.audit-entry")!;
        Sentence(agreement).ShouldBe($"{World.EditorName} changed Agreement: {World.AgreementEn}.");
        Links(agreement).ShouldBe(["Responsible organisation added: Hanoi People's Committee"]);
        await using var db = world.App.Database.NewContext();
        (await db.Agreements.SingleAsync(a => a.Id == world.Agreement, Cancel)).Version.ShouldBe(2, "a change to its commitment is a change to the agreement");
    }

    [Theory, BothEngines]
    public async Task Deleting_and_restoring_write_one_entry_each_and_no_line_per_link(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        int Count(TwinningDb db, string type, int id) => db.AuditEntries.Count(a => a.RecordType == type && a.RecordId == id);
        await using var before = world.App.Database.NewContext();
        var agreementEntries = Count(before, nameof(Agreement), world.Agreement);
        var meetingEntries = Count(before, nameof(Meeting), world.Meeting);

        // The worst case: the records linked to the deleted ones are loaded with their links, so removing them cascades in memory.
        await world.ChangeAsync(World.AdminEmail, async db =>
        {
            await db.Agreements.Include(a => a.Parties).Include(a => a.Commitments).SingleAsync(a => a.Id == world.Agreement);
            db.Organisations.Remove(await db.Organisations.SingleAsync(o => o.Id == world.VientianeCity));
            db.Activities.Remove(await db.Meetings.Include(m => m.Commitments).Include(m => m.Participants).SingleAsync(m => m.Id == world.Meeting));
        });
        await world.ChangeAsync(World.AdminEmail, async db =>
        {
            (await db.Organisations.IgnoreQueryFilters().SingleAsync(o => o.Id == world.VientianeCity)).DeletedAt = null;
            (await db.Meetings.IgnoreQueryFilters().Include(m => m.Commitments).Include(m => m.Participants).SingleAsync(m => m.Id == world.Meeting)).DeletedAt = null;
        });

        await using var after = world.App.Database.NewContext();
        Count(after, nameof(Agreement), world.Agreement).ShouldBe(agreementEntries, "the agreement's parties were kept: nothing happened to it");
        Count(after, nameof(Meeting), world.Meeting).ShouldBe(meetingEntries + 2);
        (await after.Agreements.Include(a => a.Parties).SingleAsync(a => a.Id == world.Agreement, Cancel)).Parties.Select(p => p.Id).ShouldContain(world.VientianeCity);
        (await after.Meetings.Include(m => m.Commitments).Include(m => m.Participants).SingleAsync(m => m.Id == world.Meeting, Cancel))
            .Participants.Count.ShouldBe(2);

        var admin = await world.SignInAsync(World.AdminEmail);
        var entries = (await world.ReadAsync(admin, "en", $"/history/activity/{world.Meeting}")).QuerySelectorAll("article.audit-entry").ToList();
        Sentence(entries[0]).ShouldBe($"{World.AdminName} restored Meeting: {World.MeetingEn}, 12 Mar 2024.");
        Sentence(entries[1]).ShouldBe($"{World.AdminName} deleted Meeting: {World.MeetingEn}, 12 Mar 2024.");
        Links(entries[0]).ShouldBeEmpty();
        Links(entries[1]).ShouldBeEmpty();
        Rows(entries[1]).ShouldNotContain(r => r.StartsWith("Commitment") || r.StartsWith("Participant"));

        // An agreement deleted with its commitments loaded keeps them, their texts and their responsible organisations.
        await world.ChangeAsync(World.AdminEmail, async db =>
        {
            var agreement = await db.Agreements.Include(a => a.Parties).Include(a => a.Commitments).ThenInclude(c => c.Responsible).SingleAsync(a => a.Id == world.Agreement);
            agreement.Commitments.Single(c => c.Id == world.Tourism).Responsible.Add(await db.Organisations.SingleAsync(o => o.Id == world.HanoiCity));
        });
        await world.ChangeAsync(World.AdminEmail, async db =>
            db.Agreements.Remove(await db.Agreements.Include(a => a.Parties).Include(a => a.Commitments).ThenInclude(c => c.Responsible).SingleAsync(a => a.Id == world.Agreement)));
        await world.ChangeAsync(World.AdminEmail, async db =>
            (await db.Agreements.IgnoreQueryFilters().Include(a => a.Commitments).SingleAsync(a => a.Id == world.Agreement)).DeletedAt = null);
        await using var restored = world.App.Database.NewContext();
        var kept = await restored.Agreements.Include(a => a.Parties).Include(a => a.Commitments).ThenInclude(c => c.Responsible).SingleAsync(a => a.Id == world.Agreement, Cancel);
        kept.Parties.Count.ShouldBe(2);
        kept.Commitments.Select(c => c.Text.En).ShouldBe(["Teacher exchange", "Tourism promotion"], ignoreOrder: true);
        kept.Commitments.Single(c => c.Id == world.Tourism).Responsible.Select(o => o.Id).ShouldBe([world.HanoiCity]);
        var agreementHistory = (await world.ReadAsync(admin, "en", $"/history/agreement/{world.Agreement}")).QuerySelectorAll("article.audit-entry").ToList();
        Sentence(agreementHistory[0]).ShouldBe($"{World.AdminName} restored Agreement: {World.AgreementEn}.");
        Sentence(agreementHistory[1]).ShouldBe($"{World.AdminName} deleted Agreement: {World.AgreementEn}.");
        Links(agreementHistory[1]).ShouldBeEmpty();
        Rows(agreementHistory[1]).ShouldNotContain(r => r.StartsWith("Commitment") || r.StartsWith("Party") || r.StartsWith("Responsible"));
        Links(agreementHistory[2]).ShouldBe(["Responsible organisation added: Hanoi People's Committee"]);
    }

    [Theory, BothEngines]
    public async Task A_record_created_with_links_lists_them_as_its_fields_with_the_real_keys(Engine engine)
    {
        await using var world = await World.CreateAsync(engine, postgres);
        await using var db = world.App.Database.NewContext();
        var created = await db.AuditEntries.SingleAsync(a => a.RecordType == nameof(Meeting) && a.RecordId == world.Meeting && a.Action == AuditAction.Created, Cancel);
        created.Changes.ShouldContain($"\"ActivityCommitments.CommitmentsId\":{{\"before\":null,\"after\":{world.Education}}}");
        NegativeKey().IsMatch(created.Changes).ShouldBeFalse();

        var admin = await world.SignInAsync(World.AdminEmail);
        var entry = (await world.ReadAsync(admin, "en", $"/history/activity/{world.Meeting}")).QuerySelectorAll("article.audit-entry").Last();
        Rows(entry).ShouldContain("Commitment | — | Education and training: Teacher exchange");
        Rows(entry).ShouldContain(r => r.StartsWith("Participant | — | ") && r.Contains("Person: Nguyễn Văn An") && r.Contains("Person: Trần Văn Bình"));
        Links(entry).ShouldBeEmpty();
    }

    private static int CommitmentRow(IHtmlDocument page, int commitment)
    {
        var id = page.QuerySelectorAll("input[name^='Input.Commitments['][name$='].Id']").Single(i => ((IHtmlInputElement)i).Value == commitment.ToString());
        return int.Parse(Index().Match(id.GetAttribute("name")!).Groups[1].Value);
    }

    private static string Sentence(IElement entry) => Normalize(entry.QuerySelector(".audit-sentence")!.TextContent);

    private static List<string> Links(IElement entry) => entry.QuerySelectorAll("ul.audit-links li").Select(li => Normalize(li.TextContent)).ToList();

    private static List<string> Rows(IElement entry) =>
        entry.QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(c => Normalize(c.TextContent)))).ToList();

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim().Replace(" ,", ",").Replace(" .", ".");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@":-\d+")]
    private static partial Regex NegativeKey();

    [GeneratedRegex(@"^Input\.Commitments\[(\d+)\]")]
    private static partial Regex Index();

    /// <summary>
    /// An app without the dataset: one partnership with an agreement (two commitments, two parties), a meeting
    /// carrying out one commitment with two participants, and people of every role, another partnership's included.
    /// </summary>
    private sealed class World : IAsyncDisposable
    {
        public const string AdminEmail = "admin@links.test", EditorEmail = "lan@links.test", ViewerEmail = "viewer@links.test";
        public const string ContributorEmail = "contributor@links.test", OutsiderEmail = "outsider@links.test";
        public const string AdminName = "Quản trị viên", EditorName = "Nguyễn Thị Lan", ContributorName = "Phạm Văn Góp";
        public const string MeetingVi = "Hội đàm Hà Nội – Viêng Chăn", MeetingEn = "Hanoi – Vientiane talks";
        public const string AgreementEn = "Cooperation agreement 2024–2028";

        public TwinningAppFactory App { get; private init; } = null!;
        public int Partnership, Agreement, Education, Tourism, Meeting, An, Binh, Ba;
        public int HanoiCity, VientianeCity, VientianeEducation;
        private readonly List<HttpClient> _clients = [];

        public static async Task<World> CreateAsync(Engine engine, PostgresServer postgres)
        {
            var world = new World { App = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false) };
            using (world.App.CreateClient()) { }
            await world.SeedAsync();
            return world;
        }

        private async Task SeedAsync()
        {
            Partnership = await App.WithAppDbAsync(TestRecords.SavePartnershipAsync);
            var other = await App.WithAppDbAsync(async db =>
            {
                var b = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = RecordState.Approved };
                db.Partnerships.Add(b);
                await db.SaveChangesAsync();
                return b.Id;
            });
            await App.WithAppDbAsync(async db =>
            {
                var hanoi = Approved(TestRecords.Organisation("org-hanoi", new("Ủy ban nhân dân Thành phố Hà Nội", "Hanoi People's Committee", "ອົງການປົກຄອງນະຄອນຫຼວງຮ່າໂນ້ຍ"), "VN"));
                var vientiane = Approved(TestRecords.Organisation("org-vientiane", new("Ủy ban nhân dân Thủ đô Viêng Chăn", "Vientiane Capital People's Committee", "ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ"), "LA"));
                var education = Approved(TestRecords.Organisation("org-vientiane-education", new("Sở Giáo dục và Thể thao Viêng Chăn", "Vientiane Department of Education and Sports", "ພະແນກສຶກສາທິການ ແລະ ກິລາ ນະຄອນຫຼວງວຽງຈັນ"), "LA"));
                var an = Approved(TestRecords.Person("person-an", new("Nguyễn Văn An"), "VN"));
                var binh = Approved(TestRecords.Person("person-binh", new("Trần Văn Bình"), "VN"));
                var ba = Approved(TestRecords.Person("person-ba", new("Trần Văn Ba"), "VN"));
                var teachers = new Commitment { Area = CommitmentArea.EducationAndTraining, Text = new("Trao đổi giáo viên", "Teacher exchange", "ການແລກປ່ຽນຄູສອນ") };
                var tourism = new Commitment { Area = CommitmentArea.Tourism, Text = new("Quảng bá du lịch", "Tourism promotion", "ການໂຄສະນາການທ່ອງທ່ຽວ") };
                var agreement = Approved(new Agreement
                {
                    PartnershipId = Partnership, Kind = AgreementKind.CooperationAgreement, Title = new("Thỏa thuận hợp tác 2024–2028", AgreementEn),
                    StartYear = 2024, EndYear = 2028, Status = AgreementStatus.InForce, Parties = [hanoi, vientiane], Commitments = [teachers, tourism],
                });
                var meeting = Approved(new Meeting
                {
                    PartnershipId = Partnership, Title = new(MeetingVi, MeetingEn), StartDate = new(2024, 3, 12), Direction = Direction.AToB,
                    Status = ActivityStatus.Completed, MeetingKind = MeetingKind.Talks, OwnerOrganisationId = null, Commitments = [teachers],
                    Participants = [new() { Person = an, Role = ParticipantRole.Participant }, new() { Person = binh, Role = ParticipantRole.Participant }],
                });
                db.AddRange(hanoi, vientiane, education, an, binh, ba, agreement, meeting);
                await db.SaveChangesAsync();
                (Agreement, Education, Tourism, Meeting) = (agreement.Id, teachers.Id, tourism.Id, meeting.Id);
                (An, Binh, Ba, HanoiCity, VientianeCity, VientianeEducation) = (an.Id, binh.Id, ba.Id, hanoi.Id, vientiane.Id, education.Id);
                // The contributor's organisation keeps the meeting, so the Contributor rule lets them propose changes to it.
                meeting.OwnerOrganisationId = hanoi.Id;
                return await db.SaveChangesAsync();
            });

            await TestUsers.CreateAsync(App, AdminEmail, administrator: true);
            await TestUsers.CreateAsync(App, EditorEmail, memberships: new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, ViewerEmail, memberships: new Membership { PartnershipId = Partnership, Role = PartnershipRole.Viewer });
            await TestUsers.CreateAsync(App, ContributorEmail, memberships: new Membership { PartnershipId = Partnership, Role = PartnershipRole.Contributor, OrganisationId = HanoiCity });
            await TestUsers.CreateAsync(App, OutsiderEmail, memberships: new Membership { PartnershipId = other, Role = PartnershipRole.Viewer });
            foreach (var (email, name) in new[] { (AdminEmail, AdminName), (EditorEmail, EditorName), (ContributorEmail, ContributorName) })
            {
                await using var scope = App.Services.CreateAsyncScope();
                var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
                var user = (await users.FindByEmailAsync(email))!;
                user.DisplayName = name;
                (await users.UpdateAsync(user)).Succeeded.ShouldBeTrue();
            }
        }

        private static T Approved<T>(T record) where T : Twinning.Data.Record
        {
            record.State = RecordState.Approved;
            return record;
        }

        public async Task<HttpClient> SignInAsync(string email)
        {
            var client = await TestUsers.SignedInClientAsync(App, email);
            _clients.Add(client);
            return client;
        }

        /// <summary>A page as read in <paramref name="language"/>, chosen with the language switch in the page header as a reader does.</summary>
        public async Task<IHtmlDocument> ReadAsync(HttpClient client, string language, string url)
        {
            var home = await client.GetStringAsync("/people", Cancel);
            using var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["language"] = language, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(home),
            }), Cancel);
            switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            using var response = await client.GetAsync(url, Cancel);
            var body = await response.Content.ReadAsStringAsync(Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
            return new HtmlParser().ParseDocument(body);
        }

        /// <summary>A button of the meeting's record panel (submit, approve), posted with the version the page shows.</summary>
        public async Task ActAsync(HttpClient client, string handler)
        {
            await using var db = App.Database.NewContext();
            var version = await db.Meetings.Where(m => m.Id == Meeting).Select(m => m.Version).SingleAsync(Cancel);
            var page = await client.GetStringAsync($"/activities/{Meeting}", Cancel);
            using var response = await client.PostAsync($"/workflow/activity/{Meeting}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Version"] = version.ToString(), ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(page),
            }), Cancel);
            response.ShouldRedirectTo($"/activities/{Meeting}");
            await using var check = App.Database.NewContext();
            (await check.Meetings.Where(m => m.Id == Meeting).Select(m => m.Version).SingleAsync(Cancel)).ShouldBe(version + 1, $"{handler} should have been saved");
        }

        /// <summary>A change saved through the app's own scoped context as <paramref name="email"/>, as in one of their requests.</summary>
        public async Task ChangeAsync(string email, Func<TwinningDb, Task> change)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>().FindByEmailAsync(email))!;
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName!)], "Test")),
            };
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
                await change(db);
                await db.SaveChangesAsync(Cancel);
            }
            finally
            {
                http.HttpContext = null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in _clients) client.Dispose();
            await App.DisposeAsync();
        }
    }
}
