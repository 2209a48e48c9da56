using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.BrowserTests.Infrastructure;
using Twinning.Data;
using Twinning.Features.Accounts;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// Keeping the record by hand: a Contributor enters a visit with its meetings and submits it, an Editor
/// approves it, and it shows where readers look; and two Editors saving the same visit at once.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EditingJourneyTests(BrowserFixture fixture)
{
    private const string Password = "nhập liệu kết nghĩa 2026";

    [Fact]
    public async Task A_contributor_enters_a_visit_with_two_meetings_and_an_editor_approves_it()
    {
        var hanoiParty = await OrganisationIdAsync("org-hanoi-party-committee");
        var contributor = await UserAsync("cong.tac.vien@hanoi.example.org", "Cộng Tác Viên Thành ủy",
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Contributor, OrganisationId = hanoiParty });
        var editor = await UserAsync("bien.tap.vn@hanoi.example.org", "Biên Tập Viên Hà Nội",
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Editor, Side = "VN" });
        const string title = "Đoàn Ban Tuyên giáo Thành ủy Hà Nội thăm Viêng Chăn (tháng 6/2026)";

        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        await using var editorContext = await fixture.NewContextAsync();
        var editorWatch = new PageWatch(editorContext);
        var editorPage = await editorContext.NewPageAsync();

        try
        {
            // 1. From the timeline to an empty visit form.
            await Accounts.SignInAsync(page, contributor, Password);
            await ReaderJourneyTests.Navigation(page).GetByRole(AriaRole.Link, new() { Name = "Dòng thời gian", Exact = true }).ClickAsync();
            await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Thêm chuyến thăm", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex($@"/visits/edit\?partnership={fixture.PartnershipId}$"));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thêm chuyến thăm");
            var form = page.Locator("main form.visit-form");
            // A Contributor's visit is their organisation's: shown, not chosen.
            await Expect(form.Locator("#Input_OwnerOrganisationId")).ToHaveTextAsync("Thành ủy Hà Nội");

            // 2. The visit, then two meetings added with the button (the form comes back with what was typed).
            await form.GetByLabel("Tên chuyến thăm (tiếng Việt)").FillAsync(title);
            await form.GetByLabel("Từ ngày").FillAsync("2026-06-15");
            await form.GetByLabel("Đến ngày").FillAsync("2026-06-17");
            await form.GetByLabel("Địa điểm (tiếng Việt)").FillAsync("Thủ đô Viêng Chăn");
            await form.GetByLabel("Chiều").SelectOptionAsync(new SelectOptionValue { Label = "Hà Nội → Viêng Chăn" });
            await form.GetByLabel("Tình trạng").SelectOptionAsync(new SelectOptionValue { Label = "Hoàn thành" });
            await form.GetByLabel("Nơi đến").FillAsync("Viêng Chăn");
            await form.GetByLabel("Trưởng đoàn").SelectOptionAsync(new SelectOptionValue { Label = "Nguyễn Văn Phong" });
            await form.GetByLabel("Mục đích").FillAsync("Trao đổi kinh nghiệm công tác tuyên giáo.");
            var addMeeting = form.GetByRole(AriaRole.Button, new() { Name = "Thêm một hoạt động", Exact = true });
            await addMeeting.ClickAsync();
            await Expect(form.Locator("fieldset.meeting")).ToHaveCountAsync(1);
            await Expect(form.GetByLabel("Tên chuyến thăm (tiếng Việt)")).ToHaveValueAsync(title);
            await FillMeetingAsync(form.Locator("fieldset.meeting").Nth(0), "2026-06-15", "Hội đàm", "Hội đàm với Ban Tuyên giáo Thành ủy Viêng Chăn",
                "Nguyễn Văn Phong", "Anouphap Tounalom");
            await addMeeting.ClickAsync();
            await Expect(form.Locator("fieldset.meeting")).ToHaveCountAsync(2);
            await Expect(form.Locator("fieldset.meeting").Nth(0).GetByLabel("Tên hoạt động (tiếng Việt)")).ToHaveValueAsync("Hội đàm với Ban Tuyên giáo Thành ủy Viêng Chăn");
            await FillMeetingAsync(form.Locator("fieldset.meeting").Nth(1), "2026-06-16", "Làm việc", "Làm việc với Báo Pasaxon",
                "Nguyễn Văn Phong");

            // 3. The commitment of the 2026–2030 agreement it carries out.
            var agreement2026 = form.Locator("details").Filter(new() { HasText = "giai đoạn 2026-2030" });
            await Expect(agreement2026).ToHaveAttributeAsync("open", new Regex(".*")); // the newest agreement is unfolded
            await agreement2026.GetByLabel("Tiếp tục duy trì trao đổi đoàn.").CheckAsync();
            await UiText.ShouldHaveNoRawKeysAsync(page);
            await Artifacts.ScreenshotAsync(page, "editing-1-visit-form");

            // 4. Saved: a draft on its own page, with its meetings; then submitted.
            await form.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/activities/\d+$"));
            var visitUrl = new Uri(page.Url).AbsolutePath;
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            var panel = page.Locator(".record-panel");
            await Expect(panel.Locator(".badge")).ToHaveTextAsync("Bản nháp");
            var meetings = page.Locator("main ul.timeline > li");
            await Expect(meetings).ToHaveCountAsync(2);
            await Expect(meetings.Nth(0)).ToContainTextAsync("15/06/2026");
            await Expect(meetings.Nth(0)).ToContainTextAsync("Hội đàm với Ban Tuyên giáo Thành ủy Viêng Chăn");
            await Expect(meetings.Nth(0)).ToContainTextAsync("Anouphap Tounalom");
            await Expect(meetings.Nth(1)).ToContainTextAsync("Làm việc với Báo Pasaxon");
            await Expect(page.Locator("main")).ToContainTextAsync("Tiếp tục duy trì trao đổi đoàn.");
            await panel.GetByRole(AriaRole.Button, new() { Name = "Gửi duyệt", Exact = true }).ClickAsync();
            await Expect(panel.Locator(".badge")).ToHaveTextAsync("Chờ duyệt");
            await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt" })).ToHaveCountAsync(0);
            await Artifacts.ScreenshotAsync(page, "editing-2-submitted");

            // 5. An Editor of the same side approves it, in another browser.
            await Accounts.SignInAsync(editorPage, editor, Password);
            await editorPage.GotoAsync(visitUrl);
            var editorPanel = editorPage.Locator(".record-panel");
            await Expect(editorPanel.Locator(".badge")).ToHaveTextAsync("Chờ duyệt");
            await editorPanel.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true }).ClickAsync();
            await Expect(editorPanel.Locator(".badge")).ToHaveTextAsync("Đã duyệt");

            // 6. Now on the timeline, the visit and its meetings…
            await ReaderJourneyTests.Navigation(editorPage).GetByRole(AriaRole.Link, new() { Name = "Dòng thời gian", Exact = true }).ClickAsync();
            await editorPage.Locator("form.filters select[name=year]").SelectOptionAsync("2026");
            await editorPage.Locator("form.filters").GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
            var timeline = editorPage.Locator("main ul.timeline > li");
            var entry = timeline.Filter(new() { Has = editorPage.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }) });
            await Expect(entry).ToHaveCountAsync(1);
            await Expect(entry.Locator(".when")).ToHaveTextAsync("15/06/2026 – 17/06/2026");
            await Expect(timeline.Filter(new() { HasText = "Làm việc với Báo Pasaxon" })).ToHaveCountAsync(1);
            await Artifacts.ScreenshotAsync(editorPage, "editing-3-timeline");

            // …and on the 2026–2030 agreement, under the commitment it carries out.
            await ReaderJourneyTests.Navigation(editorPage).GetByRole(AriaRole.Link, new() { Name = "Thỏa thuận", Exact = true }).ClickAsync();
            await editorPage.Locator("main table").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("giai đoạn 2026-2030") }).ClickAsync();
            var commitment = editorPage.Locator("main li[id^=commitment-]").Filter(new() { HasText = "Tiếp tục duy trì trao đổi đoàn." });
            await Expect(commitment).ToHaveCountAsync(1);
            await Expect(commitment.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToBeVisibleAsync();
            await UiText.ShouldHaveNoRawKeysAsync(editorPage);
            await commitment.ScrollIntoViewIfNeededAsync();
            await Artifacts.ScreenshotAsync(editorPage, "editing-4-agreement-commitment");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "editing-contributor");
            await Artifacts.FailureScreenshotAsync(editorPage, "editing-editor");
            throw;
        }

        watch.ShouldBeClean();
        editorWatch.ShouldBeClean();
    }

    [Fact]
    public async Task Two_editors_save_the_same_visit_and_the_second_sees_both_versions()
    {
        var first = await UserAsync("bien.tap.mot@hanoi.example.org", "Biên Tập Viên Một",
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Editor, Side = "VN" });
        var second = await UserAsync("bien.tap.hai@vientiane.example.org", "Biên Tập Viên Hai",
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Editor, Side = "LA" });

        await using var contextA = await fixture.NewContextAsync();
        var watchA = new PageWatch(contextA);
        var pageA = await contextA.NewPageAsync();
        await using var contextB = await fixture.NewContextAsync();
        var watchB = new PageWatch(contextB);
        var pageB = await contextB.NewPageAsync();

        try
        {
            // A visit to quarrel over, entered by the first Editor.
            await Accounts.SignInAsync(pageA, first, Password);
            await pageA.GotoAsync($"/visits/edit?partnership={fixture.PartnershipId}");
            var formA = pageA.Locator("main form.visit-form");
            await formA.GetByLabel("Tên chuyến thăm (tiếng Việt)").FillAsync("Đoàn Viêng Chăn thăm Hà Nội");
            await formA.GetByLabel("Từ ngày").FillAsync("2026-09-02");
            await formA.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(pageA).ToHaveURLAsync(new Regex(@"/activities/\d+$"));
            await pageA.Locator(".record-panel").GetByRole(AriaRole.Link, new() { Name = "Sửa", Exact = true }).ClickAsync();
            await Expect(pageA).ToHaveURLAsync(new Regex(@"/visits/edit/\d+$"));
            var editUrl = new Uri(pageA.Url).AbsolutePath;

            // Both open the form; both change the title; the first saves first.
            await Accounts.SignInAsync(pageB, second, Password);
            await pageB.GotoAsync(editUrl);
            var formB = pageB.Locator("main form.visit-form");
            await formA.GetByLabel("Tên chuyến thăm (tiếng Việt)").FillAsync("Đoàn Thủ đô Viêng Chăn thăm Hà Nội dịp Quốc khánh");
            await formB.GetByLabel("Tên chuyến thăm (tiếng Việt)").FillAsync("Đoàn Chính quyền Viêng Chăn thăm Hà Nội");
            await formA.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(pageA.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đoàn Thủ đô Viêng Chăn thăm Hà Nội dịp Quốc khánh");
            await formB.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();

            // The second sees the conflict: both titles side by side, theirs still in the form.
            var conflict = pageB.Locator("section.conflict");
            await Expect(conflict.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("Có người khác vừa lưu bản ghi này");
            var row = conflict.Locator("tbody tr").Filter(new() { HasText = "Tên chuyến thăm (tiếng Việt)" });
            await Expect(row.Locator(".theirs")).ToHaveTextAsync("Đoàn Thủ đô Viêng Chăn thăm Hà Nội dịp Quốc khánh");
            await Expect(row.Locator(".mine")).ToHaveTextAsync("Đoàn Chính quyền Viêng Chăn thăm Hà Nội");
            await Expect(formB.GetByLabel("Tên chuyến thăm (tiếng Việt)")).ToHaveValueAsync("Đoàn Chính quyền Viêng Chăn thăm Hà Nội");
            await UiText.ShouldHaveNoRawKeysAsync(pageB);
            await Artifacts.ScreenshotAsync(pageB, "editing-5-conflict");

            // Saving again merges: the second title wins, knowingly.
            await formB.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(pageB).ToHaveURLAsync(new Regex(@"/activities/\d+$"));
            await Expect(pageB.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đoàn Chính quyền Viêng Chăn thăm Hà Nội");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(pageA, "conflict-first");
            await Artifacts.FailureScreenshotAsync(pageB, "conflict-second");
            throw;
        }

        watchA.ShouldBeClean();
        watchB.ShouldBeClean();
    }

    [Fact]
    public async Task The_visit_form_fits_a_phone()
    {
        var editor = await UserAsync("bien.tap.dien.thoai@hanoi.example.org", "Biên Tập Viên Điện Thoại",
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Editor, Side = "VN" });
        await using var context = await fixture.NewContextAsync(390, 844, mobile: true);
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();

        try
        {
            await Accounts.SignInAsync(page, editor, Password);
            await page.GotoAsync($"/visits/edit?partnership={fixture.PartnershipId}");
            await page.Locator("main form.visit-form").GetByRole(AriaRole.Button, new() { Name = "Thêm một hoạt động", Exact = true }).ClickAsync();
            await Expect(page.Locator("fieldset.meeting")).ToHaveCountAsync(1);
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            scrollWidth.ShouldBeLessThanOrEqualTo(391, "the visit form scrolls sideways on a 390px phone");
            await Artifacts.ScreenshotAsync(page, "editing-6-visit-form-phone");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "editing-phone");
            throw;
        }

        watch.ShouldBeClean();
    }

    private static async Task FillMeetingAsync(ILocator row, string date, string kind, string title, params string[] participants)
    {
        await row.GetByLabel("Ngày").FillAsync(date);
        await row.GetByLabel("Loại").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await row.GetByLabel("Tên hoạt động (tiếng Việt)").FillAsync(title);
        await row.GetByLabel("Thành phần tham dự").SelectOptionAsync(participants.Select(p => new SelectOptionValue { Label = p }));
    }

    /// <summary>A user of this test (created once per host; the tests of the collection share one app).</summary>
    private async Task<string> UserAsync(string email, string name, Membership membership)
    {
        await fixture.App.CreateUserAsync(email, name, Password, administrator: false, membership);
        return email;
    }

    private async Task<int> OrganisationIdAsync(string key)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TwinningDb>().Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }
}
