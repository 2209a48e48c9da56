using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;
using Twinning.Web.Localization;

namespace Twinning.Tests.Features.Audit;

/// <summary>
/// The history of one record and the Administrators' audit log, read as people read them, over changes
/// made through the app's own database context (so written by its audit interceptor).
/// </summary>
public sealed class AuditPagesTests(AuditPagesTests.Site site) : IClassFixture<AuditPagesTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_records_history_shows_a_rename_with_the_name_before_and_after_newest_first()
    {
        var page = await PageAsync(site.Viewer, $"/history/person/{site.RenamedPerson}");

        page.QuerySelector("h1")!.TextContent.ShouldBe("Lịch sử thay đổi");
        var entries = page.QuerySelectorAll("article.audit-entry").ToList();
        entries.Count.ShouldBeGreaterThanOrEqualTo(2);
        var rename = entries[0];
        // Who by display name (the e-mail address stays out), what they did as a sentence, the field by its label.
        rename.QuerySelector("h2")!.TextContent.ShouldContain("admin đã sửa Nhân vật: ");
        rename.QuerySelector("h2")!.TextContent.ShouldNotContain(Site.AdminEmail);
        Rows(rename).ShouldContain($"Tên (tiếng Việt) | Đinh Tiến Dũng | {Site.NewName}");
        // The dataset created the person before: the oldest entry, by the system, comes last.
        var created = entries[^1].QuerySelector("h2")!.TextContent;
        created.ShouldContain("Hệ thống đã tạo Nhân vật: ");
    }

    [Fact]
    public async Task Times_read_in_the_readers_format_and_the_record_is_linked()
    {
        var page = await PageAsync(site.Viewer, $"/history/person/{site.RenamedPerson}");
        var time = page.QuerySelector("article.audit-entry time")!;
        time.TextContent.ShouldMatch(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$");
        var utc = DateTime.Parse(time.GetAttribute("datetime")!, null, System.Globalization.DateTimeStyles.RoundtripKind);
        utc.Kind.ShouldBe(DateTimeKind.Utc);
        DateTime.ParseExact(time.TextContent, "dd/MM/yyyy HH:mm", null).ShouldBe(utc.AddHours(7).AddTicks(-(utc.Ticks % TimeSpan.TicksPerMinute)));
        page.QuerySelectorAll($"a[href='/people/{site.RenamedPerson}']").ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_missing_value_shows_as_a_dash_and_values_are_text_never_markup()
    {
        var page = await PageAsync(site.Viewer, $"/history/person/{site.MarkupPerson}");
        var rename = page.QuerySelector("article.audit-entry")!;
        Rows(rename).ShouldContain(r => r.EndsWith(" | " + Site.Markup));
        rename.QuerySelector("table script").ShouldBeNull();
        rename.QuerySelectorAll("td").Select(td => td.InnerHtml).ShouldContain(h => h.Contains("&lt;script&gt;"));

        var created = page.QuerySelectorAll("article.audit-entry").Last();
        Rows(created).ShouldContain("Mã | — | person-anouphap-tounalom");
    }

    [Fact]
    public async Task A_deleted_record_keeps_its_history_for_the_members_of_its_partnership()
    {
        var page = await PageAsync(site.Viewer, $"/history/activity/{site.DeletedActivity}");
        page.QuerySelector("p.notice")!.TextContent.ShouldContain("đã bị xóa");
        page.QuerySelector("article.audit-entry h2")!.TextContent.ShouldContain("Hệ thống đã xóa ");

        (await Outcome(site.OtherMember, $"/history/activity/{site.DeletedActivity}")).ShouldBe("denied");
        (await Outcome(site.Admin, $"/history/activity/{site.DeletedActivity}")).ShouldBe("200");
    }

    [Fact]
    public async Task Someone_without_any_membership_is_denied_a_history()
    {
        (await Outcome(site.Nobody, $"/history/person/{site.RenamedPerson}")).ShouldBe("denied");
        (await Outcome(site.Nobody, $"/history/partnership/{site.PartnershipA}")).ShouldBe("denied");
        (await Outcome(site.OtherMember, $"/history/partnership/{site.PartnershipA}")).ShouldBe("denied");
        (await Outcome(site.Viewer, $"/history/partnership/{site.PartnershipA}")).ShouldBe("200");
    }

    [Theory]
    [InlineData("/history/spaceship/1")]
    [InlineData("/history/person/987654")]
    public async Task An_unknown_type_or_record_is_not_found(string url)
    {
        using var response = await site.Viewer.GetAsync(url, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_audit_log_is_for_Administrators_only()
    {
        (await Outcome(site.Viewer, "/admin/audit")).ShouldBe("denied");
        (await Outcome(site.Nobody, "/admin/audit")).ShouldBe("denied");
        (await Outcome(site.Admin, "/admin/audit")).ShouldBe("200");
    }

    [Fact]
    public async Task Filtering_by_type_and_action_shows_the_rename_and_not_what_the_dataset_created()
    {
        var page = await PageAsync(site.Admin, "/admin/audit?type=person&action=Updated");
        var rows = page.QuerySelectorAll("table.audit-log tbody tr").ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r.Children[1].TextContent.Contains(" đã sửa Nhân vật: "));
        var rename = rows.Single(r => r.QuerySelector($"a[href='/history/person/{site.RenamedPerson}']") != null);
        rename.Children[1].TextContent.ShouldStartWith("admin đã sửa Nhân vật: ");
        rename.Children[2].TextContent.ShouldContain("Tên (tiếng Việt)");
        page.QuerySelector("select[name=type] option[selected]")!.GetAttribute("value").ShouldBe("person");
        page.QuerySelector("select[name=action] option[selected]")!.GetAttribute("value").ShouldBe("Updated");
    }

    [Fact]
    public async Task Filtering_by_user_keeps_that_users_changes()
    {
        var mine = (await PageAsync(site.Admin, "/admin/audit?user=ADMIN@Audit")).QuerySelectorAll("table.audit-log tbody tr").ToList();
        mine.Count.ShouldBe(2); // the two renames
        mine.ShouldAllBe(r => r.Children[1].TextContent.StartsWith("admin đã sửa "));
        (await PageAsync(site.Admin, "/admin/audit?user=nobody-at-all")).QuerySelectorAll("table.audit-log tbody tr").ShouldBeEmpty();
    }

    [Fact]
    public async Task Filtering_by_dates_uses_the_offices_days()
    {
        var today = DateOnly.FromDateTime(TestClock.Start.UtcDateTime.AddHours(7)).ToString("yyyy-MM-dd"); // the app stamps by its (test) clock
        var page = await PageAsync(site.Admin, $"/admin/audit?type=person&action=Updated&from={today}&to={today}");
        page.QuerySelectorAll($"table.audit-log a[href='/history/person/{site.RenamedPerson}']").ShouldNotBeEmpty();
        (await PageAsync(site.Admin, "/admin/audit?from=2000-01-01&to=2000-12-31")).QuerySelectorAll("table.audit-log tbody tr").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_log_is_paged_by_fifty_and_the_pager_keeps_the_filters()
    {
        var page = await PageAsync(site.Admin, "/admin/audit?action=Created");
        page.QuerySelectorAll("table.audit-log tbody tr").Length.ShouldBe(50);
        page.QuerySelector("nav.pager a")!.GetAttribute("href").ShouldBe("?action=Created&p=2");
        var second = await PageAsync(site.Admin, "/admin/audit?action=Created&p=2");
        second.QuerySelectorAll("table.audit-log tbody tr").Length.ShouldBeGreaterThan(0);
        second.QuerySelector("nav.pager span")!.TextContent.ShouldStartWith("Trang 2/");
    }

    [Theory]
    [InlineData("?from=2026-13-01")]
    [InlineData("?to=yesterday")]
    [InlineData("?type=spaceship")]
    [InlineData("?action=Exploded")]
    [InlineData("?p=0")]
    [InlineData("?p=-1")]
    [InlineData("?from=2026-02-01&to=2026-01-31")]
    [InlineData("?from=0001-01-01")]
    [InlineData("?to=9999-12-31")]
    public async Task Bad_filter_values_are_rejected_with_400(string query)
    {
        using var response = await site.Admin.GetAsync("/admin/audit" + query, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("Yêu cầu không hợp lệ");
    }

    [Fact]
    public async Task The_reason_for_a_rejected_filter_is_given_in_the_readers_language()
    {
        using var response = await site.Admin.GetAsync("/admin/audit?from=2026-02-01&to=2026-01-31", Cancel);
        (await response.Content.ReadAsStringAsync(Cancel)).ShouldContain("«Từ ngày» phải trước hoặc trùng với «Đến ngày».");
        using var unknown = await site.Admin.GetAsync("/admin/audit?type=spaceship", Cancel);
        (await unknown.Content.ReadAsStringAsync(Cancel)).ShouldContain("Không có loại bản ghi «spaceship».");
    }

    [Fact]
    public void Every_kind_of_record_has_a_name_in_every_language()
    {
        var catalog = new UiTextCatalog(UiTextCatalog.DefaultFolder);
        foreach (var (language, texts) in catalog.Languages)
            RecordType.All.Select(k => $"Audit.Kind.{k.Name}").Where(k => !texts.ContainsKey(k)).ShouldBeEmpty($"Resources/{language}/");
    }

    /// <summary>Each row of an entry's table as "field | before | after".</summary>
    private static List<string> Rows(AngleSharp.Dom.IElement entry) =>
        entry.QuerySelectorAll("tbody tr").Select(tr => string.Join(" | ", tr.Children.Select(td => td.TextContent))).ToList();

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body[..Math.Min(400, body.Length)]}");
        return new HtmlParser().ParseDocument(body);
    }

    private static async Task<string> Outcome(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Cancel);
        return response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/account/denied") == true
            ? "denied" : ((int)response.StatusCode).ToString();
    }

    /// <summary>The app with the dataset, a second partnership, one user of each kind, and a few changes to read.</summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public const string AdminEmail = "admin@audit.test";
        public const string NewName = "Đinh Tiến Dũng (đã sửa)";
        public const string Markup = "<script>alert(1)</script> Anouphap";

        public TwinningAppFactory App { get; private set; } = null!;
        public HttpClient Admin { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;
        public HttpClient OtherMember { get; private set; } = null!;
        public HttpClient Nobody { get; private set; } = null!;
        public int PartnershipA { get; private set; }
        public int RenamedPerson { get; private set; }
        public int MarkupPerson { get; private set; }
        public int DeletedActivity { get; private set; }

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using (App.CreateClient()) { } // starts the host, which loads the dataset
            var partnershipB = await App.WithAppDbAsync(async db =>
            {
                PartnershipA = await db.Partnerships.Select(p => p.Id).SingleAsync();
                RenamedPerson = await db.People.Where(p => p.Key == "person-dinh-tien-dung").Select(p => p.Id).SingleAsync();
                MarkupPerson = await db.People.Where(p => p.Key == "person-anouphap-tounalom").Select(p => p.Id).SingleAsync();
                DeletedActivity = await db.Activities.Where(a => a.PartnershipId == PartnershipA).OrderBy(a => a.Id).Select(a => a.Id).FirstAsync();
                var b = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = RecordState.Approved };
                db.Partnerships.Add(b);
                await db.SaveChangesAsync();
                return b.Id;
            });

            await TestUsers.CreateAsync(App, AdminEmail, administrator: true);
            await TestUsers.CreateAsync(App, "viewer@audit.test", memberships: new Membership { PartnershipId = PartnershipA, Role = PartnershipRole.Viewer });
            await TestUsers.CreateAsync(App, "other@audit.test", memberships: new Membership { PartnershipId = partnershipB, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, "nobody@audit.test");
            Admin = await TestUsers.SignedInClientAsync(App, AdminEmail);
            Viewer = await TestUsers.SignedInClientAsync(App, "viewer@audit.test");
            OtherMember = await TestUsers.SignedInClientAsync(App, "other@audit.test");
            Nobody = await TestUsers.SignedInClientAsync(App, "nobody@audit.test");

            await ChangeAsync(AdminEmail, async db => (await db.People.SingleAsync(p => p.Id == RenamedPerson)).Name.Vi = NewName);
            await ChangeAsync(AdminEmail, async db => (await db.People.SingleAsync(p => p.Id == MarkupPerson)).Name.Vi = Markup);
            await ChangeAsync(null, async db => db.Activities.Remove(await db.Activities.SingleAsync(a => a.Id == DeletedActivity)));
        }

        /// <summary>
        /// A change saved through the app's own scoped context, as <paramref name="email"/> (as if made in
        /// one of their requests) or, without one, as the system.
        /// </summary>
        private async Task ChangeAsync(string? email, Func<TwinningDb, Task> change)
        {
            await using var scope = App.Services.CreateAsyncScope();
            var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
            if (email is not null)
            {
                var user = (await scope.ServiceProvider.GetRequiredService<UserManager<TwinningUser>>().FindByEmailAsync(email))!;
                http.HttpContext = new DefaultHttpContext
                {
                    User = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, user.Id), new(ClaimTypes.Name, user.UserName!)], "Test")),
                };
            }
            try
            {
                var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
                await change(db);
                await db.SaveChangesAsync();
            }
            finally
            {
                http.HttpContext = null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in new[] { Admin, Viewer, OtherMember, Nobody }) client?.Dispose();
            await App.DisposeAsync();
        }
    }
}
