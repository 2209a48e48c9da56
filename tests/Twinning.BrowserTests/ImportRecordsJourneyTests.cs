using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.BrowserTests.Infrastructure;
using Twinning.Data;
using Twinning.Extraction.Text;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;
using static Microsoft.Playwright.Assertions;

namespace Twinning.BrowserTests;

/// <summary>
/// A fresh install with the partnership of a real article of ../shared/eval/dev2 (125: a Lao province's delegation
/// visiting a Vietnamese city, with a working meeting) and the cities' agreement in force, and an Editor of it.
/// </summary>
public sealed class Dev2PartnershipFixture() : AppAndBrowserFixture(loadDataset: false)
{
    public const string Article = "125";
    public string EditorEmail => "bien.tap.dev2@cantho.example.org";
    public string EditorPassword => "nhập bài báo thật 2026";
    public Partnership Partnership { get; private set; } = null!;
    public int CityAgreementId { get; private set; }

    protected override async Task PrepareAsync()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            Partnership = new Partnership
            {
                Name = new("Cần Thơ – Savannakhet", "Can Tho – Savannakhet"), CityAName = new("Cần Thơ", "Can Tho"), CityACountry = "VN",
                CityBName = new("Savannakhet", "Savannakhet", "ສະຫວັນນະເຂດ"), CityBCountry = "LA",
            };
            db.Partnerships.Add(Partnership);
            await db.SaveChangesAsync();
            var agreement = new Agreement
            {
                PartnershipId = Partnership.Id, Title = new("Thỏa thuận hợp tác giai đoạn 2011 - 2015"), Kind = AgreementKind.CooperationAgreement,
                StartYear = 2011, EndYear = 2015, Status = AgreementStatus.InForce,
            };
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync();
            CityAgreementId = agreement.Id;
        }
        await App.CreateUserAsync(EditorEmail, "Biên Tập Viên Cần Thơ", EditorPassword, administrator: false,
            new Membership { PartnershipId = Partnership.Id, Role = PartnershipRole.Editor, Side = "VN" });
    }

    public async Task<T> WithDbAsync<T>(Func<TwinningDb, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TwinningDb>());
    }
}

/// <summary>
/// An officer pastes a real article of the second development set, reviews and accepts it, and the records
/// written are those its gold annotation describes: the visit going the travelling side's way, its meetings of
/// the kind the verb says and inside it, the people with their titles; then an agency's memorandum is filed
/// under the cities' agreement in force. What is checked is read from the gold file, not written here.
/// </summary>
public sealed class ImportRecordsJourneyTests(Dev2PartnershipFixture fixture) : IClassFixture<Dev2PartnershipFixture>
{
    private sealed record GoldEvent(string Kind, DateOnly Date, string? Place);
    private sealed record GoldPerson(string Name, string[] Aliases, string[] Titles);

    private static string Dev2(string folder, string file)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "eval", "dev2", folder, file);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException($"No shared/eval/dev2/{folder}/{file} above the test binaries.");
    }

    private static (List<GoldEvent> Events, List<GoldPerson> People) Gold()
    {
        using var gold = JsonDocument.Parse(Dev2("gold", Dev2PartnershipFixture.Article + ".json"));
        var events = gold.RootElement.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
            e.GetProperty("kind").GetString()!, DateOnly.Parse(e.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            e.GetProperty("place").GetString())).ToList();
        var people = gold.RootElement.GetProperty("people").EnumerateArray().Select(p => new GoldPerson(
            p.GetProperty("name").GetString()!, p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            p.GetProperty("titles").EnumerateArray().Select(t => t.GetString()!).ToArray())).ToList();
        return (events, people);
    }

    /// <summary>The meeting kinds a gold kind allows ("meeting" covers a reception, a call and a working session).</summary>
    private static MeetingKind[] KindsFor(string goldKind) => goldKind switch
    {
        "talks" => [MeetingKind.Talks],
        "signing" => [MeetingKind.Signing],
        "conference" => [MeetingKind.Conference],
        "ceremony" => [MeetingKind.Ceremony],
        _ => [MeetingKind.Reception, MeetingKind.CourtesyCall, MeetingKind.WorkingSession],
    };

    private static async Task PasteAndAcceptAsync(IPage page, int partnershipId, string text, string screenshot)
    {
        await page.GotoAsync($"/partnerships/{partnershipId}/import");
        await page.GetByLabel("Dán nội dung bài báo").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đọc", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{partnershipId}/import/\d+$"));
        await Artifacts.ScreenshotAsync(page, screenshot + "-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận các đề xuất đã chọn", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($@"/partnerships/{partnershipId}/imports/\d+$"));
        await Artifacts.ScreenshotAsync(page, screenshot + "-accepted");
    }

    [Fact]
    public async Task A_real_article_imported_end_to_end_writes_the_visit_its_meetings_and_people_and_an_agency_memorandum_files_under_the_city_agreement()
    {
        var (goldEvents, goldPeople) = Gold();
        var partnership = fixture.Partnership;
        await using var context = await fixture.NewContextAsync();
        var watch = new PageWatch(context);
        var page = await context.NewPageAsync();
        try
        {
            await Accounts.SignInAsync(page, fixture.EditorEmail, fixture.EditorPassword);
            await PasteAndAcceptAsync(page, partnership.Id, Dev2("articles", Dev2PartnershipFixture.Article + ".txt"), "import-dev2");
            // The landing page lists what was created, each linked to its page.
            var created = page.Locator("#import-created a[href^='/activities/']");
            (await created.CountAsync()).ShouldBe(goldEvents.Count);

            var visits = await fixture.WithDbAsync(db => db.Activities.OfType<Visit>().Include(v => v.Meetings).ToListAsync());
            var meetings = await fixture.WithDbAsync(db => db.Activities.OfType<Meeting>().ToListAsync());
            var goldVisits = goldEvents.Where(e => e.Kind == "visit").ToList();
            visits.Select(v => v.StartDate).ShouldBe(goldVisits.Select(v => (DateOnly?)v.Date), ignoreOrder: true);
            foreach (var (visit, gold) in visits.OrderBy(v => v.StartDate).Zip(goldVisits.OrderBy(v => v.Date)))
            {
                // The gold's place is where the delegation went: the other side travelled.
                var hostIsA = partnership.CityAName.All().Any(n => TextFolding.Fold(n) == TextFolding.Fold(gold.Place));
                visit.Direction.ShouldBe(hostIsA ? Direction.BToA : Direction.AToB);
                if (gold.Place is { } place) TextFolding.Fold(visit.Place?.En).ShouldBe(TextFolding.Fold(place), "held where the delegation went");
                visit.Title.Vi.ShouldNotBeNullOrWhiteSpace();
                visit.Title.Vi!.Length.ShouldBeLessThan(80, "a title, not the article's sentence");
            }
            var goldMeetings = goldEvents.Where(e => e.Kind != "visit").ToList();
            meetings.Count.ShouldBe(goldMeetings.Count);
            foreach (var gold in goldMeetings)
            {
                var meeting = meetings.Where(m => m.StartDate == gold.Date && KindsFor(gold.Kind).Contains(m.MeetingKind)).ShouldHaveSingleItem();
                if (visits.SingleOrDefault(v => v.StartDate <= gold.Date && gold.Date <= (v.EndDate ?? v.StartDate)) is { } during)
                    meeting.VisitId.ShouldBe(during.Id, "a meeting held during the visit is one of its meetings");
            }

            var people = await fixture.WithDbAsync(db => db.People.Include(p => p.Aliases).Include(p => p.Positions).ToListAsync());
            foreach (var gold in goldPeople)
            {
                var spellings = gold.Aliases.Append(gold.Name).Select(TextFolding.Fold).ToHashSet();
                var person = people.Where(p => p.SearchNames().Any(n => spellings.Contains(TextFolding.Fold(n)))).ShouldHaveSingleItem();
                // As the scorer matches titles: one written contains the other.
                foreach (var title in gold.Titles)
                    person.Positions.ShouldContain(p => TextFolding.Fold(p.Title).Contains(TextFolding.Fold(title)) || TextFolding.Fold(title).Contains(TextFolding.Fold(p.Title)),
                        $"{gold.Name} should hold '{title}'");
            }

            // The visit's page shows the meeting held during it.
            var visitPage = visits.First();
            await page.GotoAsync($"/activities/{visitPage.Id}");
            foreach (var meeting in visitPage.Meetings) await Expect(page.Locator($"main a[href='/activities/{meeting.Id}']").First).ToBeVisibleAsync();
            await Artifacts.ScreenshotAsync(page, "import-dev2-visit");

            // An agency's memorandum of the same pair, written from the partnership's own names: an agency agreement under the city's.
            var (a, b) = (partnership.CityAName.Vi, partnership.CityBName.Vi);
            var year = goldVisits[0].Date.Year;
            await PasteAndAcceptAsync(page, partnership.Id,
                $"Ngày 9/5/{year}, tại {a}, Công an thành phố {a} và Công an tỉnh {b} đã ký kết Bản ghi nhớ hợp tác giai đoạn {year} - {year + 4}.", "import-agency");
            var agreements = await fixture.WithDbAsync(db => db.Agreements.ToListAsync());
            agreements.Count(g => g.ParentId is null).ShouldBe(1, "still the one city agreement");
            var agency = agreements.Where(g => g.Id != fixture.CityAgreementId).ShouldHaveSingleItem();
            agency.ParentId.ShouldBe(fixture.CityAgreementId);
            (agency.StartYear, agency.EndYear).ShouldBe((year, year + 4));
        }
        catch
        {
            await Artifacts.FailureScreenshotAsync(page, "import-dev2");
            throw;
        }
        watch.ShouldBeClean();
    }
}
