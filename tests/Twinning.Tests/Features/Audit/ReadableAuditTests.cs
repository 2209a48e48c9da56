using System.Net;
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
using Twinning.Features.Audit;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;
using Twinning.Web.Localization;

namespace Twinning.Tests.Features.Audit;

/// <summary>
/// The history and the audit log read as sentences a person understands: labels and values in the reader's
/// language, related records by name with links, users by display name, and never a temporary key.
/// </summary>
public sealed partial class ReadableAuditTests(ReadableAuditTests.Site site) : IClassFixture<ReadableAuditTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_visit_created_with_new_and_known_participants_names_them_and_never_shows_a_temporary_key()
    {
        var page = await PageAsync("en", $"/history/activity/{site.Visit}");
        var created = page.QuerySelectorAll("article.audit-entry").Last();
        Sentence(created).ShouldBe($"{Site.AdminName} created Visit: {Site.VisitTitleEn}, 11 Mar 2024 – 14 Mar 2024.");
        var participants = Row(created, "Participant");
        participants.After.ShouldBe($"Person: {Site.KnownPerson}, Person: {Site.NewPerson}");
        created.QuerySelectorAll($"a[href='/people/{site.KnownPersonId}'], a[href='/people/{site.NewPersonId}']").Length.ShouldBe(2);
        Row(created, "Direction").After.ShouldBe("Outbound");
        Row(created, "Status").After.ShouldBe("Planned");
        Row(created, "Start date").After.ShouldBe("11 Mar 2024");
        Row(created, "Title (Vietnamese)").After.ShouldBe(Site.VisitTitleVi);
        created.TextContent.ShouldNotMatch(@"-\d{5,}");
        Rows(created).Select(r => r.Label).ShouldNotContain(l => l.Contains("ActivityId") || l.Contains('.'));
    }

    [Fact]
    public async Task The_stored_entry_holds_the_real_keys_of_records_created_in_the_same_save()
    {
        await using var db = site.App.Database.NewContext();
        var entries = await db.AuditEntries.Where(a => a.RecordId == site.Visit || a.RecordId == site.Meeting).Select(a => a.Changes).ToListAsync(Cancel);
        entries.ShouldNotBeEmpty();
        entries.ShouldAllBe(changes => !NegativeNumber().IsMatch(changes));
        var meeting = await db.AuditEntries.SingleAsync(a => a.RecordType == nameof(Meeting) && a.RecordId == site.Meeting && a.Action == AuditAction.Created, Cancel);
        meeting.Changes.ShouldContain($"\"VisitId\":{{\"before\":null,\"after\":{site.Visit}}}");
    }

    [Fact]
    public async Task A_meeting_names_its_visit_by_title_and_date_with_a_link_in_Vietnamese()
    {
        var page = await PageAsync("vi", $"/history/activity/{site.Meeting}");
        var created = page.QuerySelectorAll("article.audit-entry").Last();
        Sentence(created).ShouldBe($"{Site.AdminName} đã tạo Cuộc gặp: {Site.MeetingTitleVi}, 12/03/2024.");
        Row(created, "Chuyến thăm").After.ShouldBe($"Chuyến thăm: {Site.VisitTitleVi}, 11/03/2024 – 14/03/2024");
        created.QuerySelector($"td a[href='/activities/{site.Visit}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_change_reads_as_a_sentence_with_the_values_before_and_after_as_words()
    {
        var vi = (await PageAsync("vi", $"/history/activity/{site.Visit}")).QuerySelector("article.audit-entry")!;
        Sentence(vi).ShouldBe($"{Site.AdminName} đã sửa Chuyến thăm: {Site.VisitTitleVi}, 11/03/2024 – 14/03/2024.");
        Row(vi, "Tình trạng").ShouldBe(("Tình trạng", "Kế hoạch", "Hoàn thành"));
        Row(vi, "Chiều").ShouldBe(("Chiều", "Đoàn ra", "Chung / trực tuyến"));

        var en = (await PageAsync("en", $"/history/activity/{site.Visit}")).QuerySelector("article.audit-entry")!;
        Row(en, "Status").ShouldBe(("Status", "Planned", "Completed"));
    }

    [Fact]
    public async Task Approving_reads_as_approving_by_the_approvers_display_name()
    {
        var en = (await PageAsync("en", $"/history/person/{site.ApprovedPerson}")).QuerySelectorAll("article.audit-entry").ToList();
        Sentence(en[0]).ShouldBe($"{Site.AdminName} approved Person: {Site.ApprovedName}.");
        Sentence(en[1]).ShouldBe($"{Site.AdminName} submitted Person: {Site.ApprovedName} for approval.");
        Row(en[0], "Workflow state").ShouldBe(("Workflow state", "Submitted", "Approved"));
        var vi = (await PageAsync("vi", $"/history/person/{site.ApprovedPerson}")).QuerySelector("article.audit-entry")!;
        Sentence(vi).ShouldBe($"{Site.AdminName} đã duyệt Nhân vật: {Site.ApprovedName}.");
    }

    [Fact]
    public async Task Deleting_and_restoring_read_as_sentences_and_name_who_deleted()
    {
        var entries = (await PageAsync("en", $"/history/person/{site.KnownPersonId}")).QuerySelectorAll("article.audit-entry").ToList();
        Sentence(entries[0]).ShouldBe($"{Site.AdminName} restored Person: {Site.KnownPerson}.");
        Sentence(entries[1]).ShouldBe($"{Site.AdminName} deleted Person: {Site.KnownPerson}.");
        Row(entries[1], "Deleted by").After.ShouldBe(Site.AdminName);
    }

    [Fact]
    public async Task Field_labels_and_values_are_in_Lao_for_a_Lao_reader()
    {
        var lo = (await PageAsync("lo", $"/history/activity/{site.Visit}")).QuerySelector("article.audit-entry")!;
        Row(lo, "ສະພາບ").ShouldBe(("ສະພາບ", "ວາງແຜນແລ້ວ", "ສຳເລັດແລ້ວ"));
        Row(lo, "ທິດທາງ").After.ShouldBe("ຮ່ວມກັນ / ທາງອອນລາຍ");
        Sentence(lo).ShouldStartWith($"{Site.AdminName} ໄດ້ແກ້ໄຂ ການຢ້ຽມຢາມ: ");
    }

    [Fact]
    public async Task The_audit_log_names_the_user_and_the_record_and_links_its_history()
    {
        var page = await PageAsync("en", $"/admin/audit?type=activity&action=Updated");
        var row = page.QuerySelectorAll("table.audit-log tbody tr").Single(r => r.QuerySelector($"a[href='/history/activity/{site.Visit}']") is not null);
        Normalize(row.Children[1].TextContent).ShouldBe($"{Site.AdminName} changed Visit: {Site.VisitTitleEn}, 11 Mar 2024 – 14 Mar 2024.");
        row.Children[1].QuerySelector($"a[href='/activities/{site.Visit}']").ShouldNotBeNull();
        row.Children[2].TextContent.ShouldBe("Direction, Status");
        page.QuerySelector("table.audit-log")!.TextContent.ShouldNotContain(Site.AdminEmail);
    }

    [Fact]
    public void Every_field_the_audit_can_name_has_a_label_in_every_language()
    {
        using var db = site.App.Database.NewContext();
        var keys = AuditFields.All(db.Model).Values.Select(f => f.LabelKey).Distinct().Order().ToList();
        keys.Count.ShouldBeGreaterThan(40);
        var catalog = new UiTextCatalog(UiTextCatalog.DefaultFolder);
        foreach (var (language, texts) in catalog.Languages)
            keys.Where(k => !texts.ContainsKey(k)).ShouldBeEmpty($"Resources/{language}/");
    }

    private static string Sentence(IElement entry) => Normalize(entry.QuerySelector(".audit-sentence")!.TextContent);

    private static (string Label, string Before, string After) Row(IElement entry, string label) =>
        Rows(entry).SingleOrDefault(r => r.Label == label) is { Label: not null } row ? row
            : throw new ShouldAssertException($"no row “{label}” in: {string.Join(" / ", Rows(entry).Select(r => r.Label))}");

    private static List<(string Label, string Before, string After)> Rows(IElement entry) =>
        entry.QuerySelectorAll("tbody tr").Select(tr => (Normalize(tr.Children[0].TextContent), Normalize(tr.Children[1].TextContent), Normalize(tr.Children[2].TextContent))).ToList();

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim().Replace(" ,", ",").Replace(" .", ".");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@":-\d+")]
    private static partial Regex NegativeNumber();

    private async Task<IHtmlDocument> PageAsync(string language, string url)
    {
        var client = site.Clients[language];
        using var response = await client.GetAsync(url, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
        return new HtmlParser().ParseDocument(body);
    }

    /// <summary>An empty app with one partnership and an Administrator whose changes, made as in their requests, the tests read.</summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public const string AdminEmail = "lan@readable.test";
        public const string AdminName = "Nguyễn Thị Lan";
        public const string KnownPerson = "Phan Văn Cũ";
        public const string NewPerson = "Trần Văn Mới";
        public const string ApprovedName = "Lê Thị Duyệt";
        public const string VisitTitleVi = "Đoàn Hà Nội thăm Viêng Chăn";
        public const string VisitTitleEn = "Hanoi delegation to Vientiane";
        public const string MeetingTitleVi = "Hội đàm Hà Nội – Viêng Chăn";

        public TwinningAppFactory App { get; private set; } = null!;
        public Dictionary<string, HttpClient> Clients { get; } = [];
        public int Visit { get; private set; }
        public int Meeting { get; private set; }
        public int KnownPersonId { get; private set; }
        public int NewPersonId { get; private set; }
        public int ApprovedPerson { get; private set; }

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
            using (App.CreateClient()) { }
            var partnership = await App.WithAppDbAsync(TestRecords.SavePartnershipAsync);
            await TestUsers.CreateAsync(App, AdminEmail, administrator: true);
            await using (var scope = App.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>();
                var admin = (await users.FindByEmailAsync(AdminEmail))!;
                admin.DisplayName = AdminName;
                (await users.UpdateAsync(admin)).Succeeded.ShouldBeTrue();
            }
            foreach (var language in new[] { "vi", "en", "lo" })
            {
                var client = await TestUsers.SignedInClientAsync(App, AdminEmail);
                // The language switch in the page header, as a reader uses it.
                var home = await client.GetStringAsync("/people");
                using var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["language"] = language, ["returnUrl"] = "/", ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(home),
                }));
                switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
                Clients[language] = client;
            }

            KnownPersonId = await ChangeAsync(async db =>
            {
                var known = TestRecords.Person("person-known", new(KnownPerson), "VN");
                known.State = RecordState.Approved;
                db.People.Add(known);
                await db.SaveChangesAsync();
                return known.Id;
            });
            // One save, as a form or the import makes it: a new person, a new visit and a meeting in it.
            (Visit, Meeting, NewPersonId) = await ChangeAsync(async db =>
            {
                var fresh = TestRecords.Person("person-new", new(NewPerson), "VN");
                fresh.State = RecordState.Approved;
                var visit = new Visit
                {
                    PartnershipId = partnership, Title = new(VisitTitleVi, VisitTitleEn), StartDate = new(2024, 3, 11), EndDate = new(2024, 3, 14),
                    Direction = Direction.AToB, Status = ActivityStatus.Planned, State = RecordState.Approved,
                };
                visit.Participants.Add(new ActivityParticipant { PersonId = KnownPersonId, Role = ParticipantRole.Leader });
                visit.Participants.Add(new ActivityParticipant { Person = fresh, Role = ParticipantRole.Member });
                var meeting = new Meeting { PartnershipId = partnership, Title = new(MeetingTitleVi), StartDate = new(2024, 3, 12), Visit = visit, State = RecordState.Approved };
                db.AddRange(fresh, visit, meeting);
                await db.SaveChangesAsync();
                return (visit.Id, meeting.Id, fresh.Id);
            });
            await ChangeAsync(async db =>
            {
                var visit = await db.Visits.SingleAsync(v => v.Id == Visit);
                visit.Status = ActivityStatus.Completed;
                visit.Direction = Direction.Joint;
                return await db.SaveChangesAsync();
            });
            ApprovedPerson = await ChangeAsync(async db =>
            {
                var person = TestRecords.Person("person-approved", new(ApprovedName), "LA");
                db.People.Add(person);
                await db.SaveChangesAsync();
                return person.Id;
            });
            foreach (var state in new[] { RecordState.Submitted, RecordState.Approved })
                await ChangeAsync(async db => (await db.People.SingleAsync(p => p.Id == ApprovedPerson)).State = state);
            await ChangeAsync(async db => db.People.Remove(await db.People.SingleAsync(p => p.Id == KnownPersonId)));
            await ChangeAsync(async db => (await db.People.IgnoreQueryFilters().SingleAsync(p => p.Id == KnownPersonId)).DeletedAt = null);
        }

        /// <summary>A change saved through the app's own scoped context as the Administrator, as in one of their requests.</summary>
        private async Task<T> ChangeAsync<T>(Func<TwinningDb, Task<T>> change)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>().FindByEmailAsync(AdminEmail))!;
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName!)], "Test")),
            };
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
                var result = await change(db);
                await db.SaveChangesAsync();
                return result;
            }
            finally
            {
                http.HttpContext = null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in Clients.Values) client.Dispose();
            await App.DisposeAsync();
        }
    }
}
