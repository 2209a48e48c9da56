using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.BrowserTests.Infrastructure;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// A form's pickers as an officer uses them: typing a name without its accents (or in Lao script) narrows the
/// list to the one meant, the choice is saved on the record; and without script the same form is a plain
/// list that saves just the same.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FormPickerTests(BrowserFixture fixture)
{
    private const string Password = "chọn người tham dự 2026";

    [Fact]
    public async Task Typing_folded_names_narrows_the_pickers_and_the_saved_meeting_has_the_participants_and_owner_chosen()
    {
        var (person, laoPerson, organisation) = await RecordsAsync("Một");
        var email = await EditorAsync("bien.tap.chon@example.org");
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, email, Password);
            await page.GotoAsync($"/meetings/edit?partnership={fixture.PartnershipId}");
            var form = page.Locator("main form.activity-form");
            await form.GetByLabel("Tên gọi (tiếng Việt)").FillAsync("Gặp gỡ thử bộ chọn");
            await form.GetByLabel("Từ ngày").FillAsync("2026-06-20");

            // The owner: a body typed without accents and in lower case.
            var owner = form.Locator("select[name='Input.OwnerOrganisationId']");
            await SearchBoxOf(owner).FillAsync("so van hoa kieu thu mot");
            await Expect(Shown(owner)).ToHaveCountAsync(1);
            await Expect(Shown(owner)).ToHaveTextAsync(organisation.Name.Vi!);
            await SearchBoxOf(owner).PressAsync("Enter"); // picks the one left, and does not submit the form
            await Expect(owner).ToHaveValueAsync(organisation.Id.ToString());
            await Expect(page).ToHaveURLAsync(new Regex(@"/meetings/edit\?partnership=\d+$"));

            // Participants: one typed without accents, one in Lao script; the first stays chosen while the list narrows again.
            var participants = form.Locator("select[name='Input.ParticipantIds']");
            (await participants.Locator("option").CountAsync()).ShouldBeGreaterThan(5);
            await SearchBoxOf(participants).FillAsync("kieu thi thu mot");
            await Expect(Shown(participants)).ToHaveCountAsync(1);
            await Expect(Shown(participants)).ToHaveTextAsync(person.Name.Vi!);
            await participants.SelectOptionAsync(person.Id.ToString());
            await SearchBoxOf(participants).FillAsync(laoPerson.Name.Lo!);
            await Expect(Shown(participants)).ToHaveCountAsync(2);
            await Expect(Shown(participants).Filter(new() { HasText = laoPerson.Name.Vi! })).ToHaveCountAsync(1);
            await Artifacts.ScreenshotAsync(page, "picker-2-narrowed");
            await participants.SelectOptionAsync([person.Id.ToString(), laoPerson.Id.ToString()]);

            await form.Locator(".form-actions").GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/activities/\d+$"));
            await Expect(page.Locator("main")).ToContainTextAsync(person.Name.Vi!);
            await Expect(page.Locator("main")).ToContainTextAsync(laoPerson.Name.Vi!);
            var saved = await MeetingAsync("Gặp gỡ thử bộ chọn");
            saved.Participants.Select(p => p.PersonId).ShouldBe([person.Id, laoPerson.Id], ignoreOrder: true);
            saved.OwnerOrganisationId.ShouldBe(organisation.Id);
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "form-picker");
            throw;
        }
        watch.ShouldBeClean();
    }

    [Fact]
    public async Task Without_script_the_pickers_are_plain_lists_and_the_form_saves_the_choice()
    {
        var (person, _, organisation) = await RecordsAsync("Hai");
        var email = await EditorAsync("bien.tap.khong.script@example.org");
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.App.BaseAddress.ToString(), JavaScriptEnabled = false, Locale = "en-US",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, email, Password);
            await page.GotoAsync($"/meetings/edit?partnership={fixture.PartnershipId}");
            var form = page.Locator("main form.activity-form");
            await Expect(form.Locator("select[data-picker]")).ToHaveCountAsync(2);
            await Expect(form.Locator("input.picker-search")).ToHaveCountAsync(0); // nothing enhanced
            await form.GetByLabel("Tên gọi (tiếng Việt)").FillAsync("Gặp gỡ không cần script");
            await form.GetByLabel("Từ ngày").FillAsync("2026-06-21");
            await form.Locator("select[name='Input.OwnerOrganisationId']").SelectOptionAsync(new SelectOptionValue { Label = organisation.Name.Vi! });
            await form.Locator("select[name='Input.ParticipantIds']").SelectOptionAsync(new SelectOptionValue { Label = person.Name.Vi! });
            await Artifacts.ScreenshotAsync(page, "picker-3-without-script");
            await form.Locator(".form-actions").GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/activities/\d+$"));
            var saved = await MeetingAsync("Gặp gỡ không cần script");
            saved.Participants.Select(p => p.PersonId).ShouldBe([person.Id]);
            saved.OwnerOrganisationId.ShouldBe(organisation.Id);
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "form-no-script");
            throw;
        }
        watch.ShouldBeClean();
    }

    [Fact]
    public async Task The_record_list_of_a_citation_narrows_by_the_folded_text_of_its_entries()
    {
        var (person, _, _) = await RecordsAsync("Ba");
        var email = await EditorAsync("bien.tap.trich.dan@example.org");
        int source;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
            source = await scope.ServiceProvider.GetRequiredService<TwinningDb>().Sources.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(TestContext.Current.CancellationToken);
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, email, Password);
            await page.GotoAsync($"/sources/{source}/cite");
            var record = page.Locator("select[name=Record]");
            (await record.Locator("option").CountAsync()).ShouldBeGreaterThan(20);
            // Nothing matching offers no "add a new person or body": a citation's record is not made here.
            await SearchBoxOf(record).FillAsync("không có bản ghi nào như vậy");
            await Expect(Shown(record)).ToHaveCountAsync(0);
            await Expect(record.Locator("xpath=following-sibling::a[1]")).ToBeHiddenAsync();

            await SearchBoxOf(record).FillAsync("KIEU THI THU BA");
            await Expect(Shown(record)).ToHaveCountAsync(1);
            await SearchBoxOf(record).PressAsync("Enter");
            await Expect(record).ToHaveValueAsync($"Person:{person.Id}");
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "cite-picker");
            throw;
        }
        watch.ShouldBeClean(); // no lookup asked for: the entries' own text is enough
    }

    private static ILocator SearchBoxOf(ILocator select) => select.Locator("xpath=preceding-sibling::input[@type='search'][1]");

    private static ILocator Shown(ILocator select) => select.Locator("option:not([hidden]):not([value=''])");

    private async Task<string> EditorAsync(string email)
    {
        await fixture.App.CreateUserAsync(email, "Biên Tập Chọn", Password, administrator: false,
            new Membership { PartnershipId = fixture.PartnershipId, Role = PartnershipRole.Editor, Side = "VN" });
        return email;
    }

    /// <summary>
    /// This test's own approved people and body, named apart from the other test's by <paramref name="tag"/>
    /// (the Lao name by its surname's ending, so a search in Lao script finds one person).
    /// </summary>
    private async Task<(Person Person, Person Lao, Organisation Organisation)> RecordsAsync(string tag)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
        var person = new Person { Key = $"picker-{tag}-vn", Name = new($"Kiều Thị Thư {tag}"), Country = "VN", State = RecordState.Approved };
        var lao = new Person { Key = $"picker-{tag}-la", Name = new($"Bounmy Kiou {tag}", $"Bounmy Kiou {tag}", $"ບຸນມີ ກີວ{(tag == "Một" ? "ວົງ" : "ສີ")}"), Country = "LA", State = RecordState.Approved };
        var organisation = new Organisation
        {
            Key = $"picker-{tag}-org", Name = new($"Sở Văn hóa Kiều Thư {tag}"), Country = "VN", Kind = OrganisationKind.Department, State = RecordState.Approved,
        };
        db.AddRange(person, lao, organisation);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (person, lao, organisation);
    }

    private async Task<Meeting> MeetingAsync(string title)
    {
        await using var scope = fixture.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TwinningDb>().Activities.OfType<Meeting>()
            .Include(m => m.Participants).SingleAsync(m => m.Title.Vi == title, TestContext.Current.CancellationToken);
    }
}
