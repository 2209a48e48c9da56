using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Events;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Events;

/// <summary>Creating and editing events and their organisers through the real form, over the dataset.</summary>
public sealed class EditEventTests(EditEventTests.Site site) : IClassFixture<EditEventTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One app for the class, its users signed in once each (sign-ins are rate-limited); the tests add events of their own.</summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int HanoiPromotionCentre { get; private set; }
        public int VientianeCity { get; private set; }
        public int HanoiTourist { get; private set; }
        public int DatasetEvent { get; private set; }
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            HanoiPromotionCentre = await db.Organisations.Where(o => o.Key == "org-hanoi-promotion-centre").Select(o => o.Id).SingleAsync(Cancel);
            VientianeCity = await db.Organisations.Where(o => o.Key == "org-vientiane-city").Select(o => o.Id).SingleAsync(Cancel);
            HanoiTourist = await db.Organisations.Where(o => o.Key == "org-hanoi-tourist").Select(o => o.Id).SingleAsync(Cancel);
            DatasetEvent = await db.Events.Where(e => e.Key == "event-2024-03-12-hanoi-vientiane-promotion-conference").Select(e => e.Id).SingleAsync(Cancel);
            await TestUsers.CreateAsync(App, "editor@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, "viewer@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Viewer });
            Editor = await TestUsers.SignedInClientAsync(App, "editor@hanoi.test");
            Viewer = await TestUsers.SignedInClientAsync(App, "viewer@hanoi.test");
        }

        public async ValueTask DisposeAsync()
        {
            Editor?.Dispose();
            Viewer?.Dispose();
            await App.DisposeAsync();
        }
    }

    private string NewEvent => $"/events/edit?partnership={site.Partnership}";

    private static List<(string, string?)> Event(string title, string start = "2026-09-15", string? end = "2026-09-17") =>
    [
        ("Input.TitleVi", title), ("Input.TitleEn", "Hanoi–Vientiane trade fair"), ("Input.StartDate", start), ("Input.EndDate", end),
        ("Input.PlaceVi", "Trung tâm Triển lãm Viêng Chăn"), ("Input.Direction", "AToB"), ("Input.Status", "Planned"), ("Input.EventKind", "Fair"),
    ];

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    private async Task<PromotionEvent?> FindAsync(string title)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Events.Include(e => e.Organisers).SingleOrDefaultAsync(e => e.Title.Vi == title, Cancel);
    }

    [Fact]
    public async Task An_editor_creates_an_event_with_two_organisers_approved_at_once()
    {
        const string title = "Hội chợ thương mại Hà Nội – Viêng Chăn 2026";
        var page = await Forms.GetAsync(site.Editor, NewEvent);
        page.QuerySelectorAll("#Input_OrganiserIds option[selected]").Length.ShouldBe(0);
        var saved = await Forms.PostAsync(site.Editor, page, NewEvent,
            [.. Event(title), ("Input.OrganiserIds", site.HanoiPromotionCentre.ToString()), ("Input.OrganiserIds", site.VientianeCity.ToString())]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        var created = (await FindAsync(title)).ShouldNotBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe($"/activities/{created.Id}");
        created.PartnershipId.ShouldBe(site.Partnership);
        created.State.ShouldBe(RecordState.Approved);
        created.EventKind.ShouldBe(EventKind.Fair);
        created.Title.En.ShouldBe("Hanoi–Vientiane trade fair");
        created.Place!.Vi.ShouldBe("Trung tâm Triển lãm Viêng Chăn");
        created.StartDate.ShouldBe(new DateOnly(2026, 9, 15));
        created.EndDate.ShouldBe(new DateOnly(2026, 9, 17));
        created.Status.ShouldBe(ActivityStatus.Planned);
        created.Organisers.Select(o => o.Id).ShouldBe([site.HanoiPromotionCentre, site.VientianeCity], ignoreOrder: true);

        // Shown back as selected; changing only the organisers is a change to the event (its version rises).
        var url = $"/events/edit/{created.Id}";
        var form = await Forms.GetAsync(site.Editor, url);
        form.QuerySelectorAll("#Input_OrganiserIds option[selected]").Select(o => o.GetAttribute("value"))
            .ShouldBe([site.HanoiPromotionCentre.ToString(), site.VientianeCity.ToString()], ignoreOrder: true);
        (await Forms.PostAsync(site.Editor, form, url, [("Input.OrganiserIds", site.HanoiTourist.ToString())])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = (await FindAsync(title))!;
        edited.Organisers.Select(o => o.Id).ShouldBe([site.HanoiTourist]);
        edited.Version.ShouldBe(created.Version + 1);
    }

    [Fact]
    public async Task Changing_an_events_organisers_leaves_the_organisations_untouched()
    {
        const string title = "Diễn đàn du lịch Hà Nội – Viêng Chăn";
        var organisationIds = new[] { site.HanoiPromotionCentre, site.VientianeCity, site.HanoiTourist };
        var versions = await OrganisationVersionsAsync(organisationIds);
        var page = await Forms.GetAsync(site.Editor, NewEvent);
        (await Forms.PostAsync(site.Editor, page, NewEvent, [.. Event(title), ("Input.OrganiserIds", site.HanoiPromotionCentre.ToString()), ("Input.OrganiserIds", site.VientianeCity.ToString())]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var created = (await FindAsync(title)).ShouldNotBeNull();
        var url = $"/events/edit/{created.Id}";
        (await Forms.PostAsync(site.Editor, await Forms.GetAsync(site.Editor, url), url, [("Input.OrganiserIds", site.HanoiTourist.ToString())]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await OrganisationVersionsAsync(organisationIds)).ShouldBe(versions);
        (await FindAsync(title))!.Version.ShouldBe(created.Version + 1);
    }

    private async Task<List<int>> OrganisationVersionsAsync(int[] ids)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Organisations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Id).Select(o => o.Version).ToListAsync(Cancel);
    }

    [Fact]
    public async Task An_end_before_the_start_and_a_missing_title_are_refused_next_to_their_fields_and_nothing_is_saved()
    {
        await using var db = site.App.Database.NewContext();
        var before = await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Kind == ActivityKind.Event, Cancel);
        var page = await Forms.GetAsync(site.Editor, NewEvent);
        var response = await Forms.PostAsync(site.Editor, page, NewEvent, [.. Event("Sự kiện có ngày sai", start: "2026-09-15", end: "2026-09-01")]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_EndDate").ShouldBe("«Đến ngày» không được trước «Từ ngày».");
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe("Sự kiện có ngày sai"); // what was typed stays

        page = await ParseAsync(await Forms.PostAsync(site.Editor, page, NewEvent, [("Input.TitleVi", "  "), ("Input.EndDate", "")]));
        Forms.ErrorNextTo(page, "Input_TitleVi").ShouldBe("Vui lòng điền «Tên gọi (tiếng Việt)».");

        (await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Kind == ActivityKind.Event, Cancel)).ShouldBe(before);
        (await FindAsync("Sự kiện có ngày sai")).ShouldBeNull();
    }

    [Fact]
    public async Task A_viewer_may_neither_open_nor_post_the_form()
    {
        (await site.Viewer.GetAsync(NewEvent, Cancel)).ShouldRedirectTo("/account/denied");
        (await site.Viewer.GetAsync($"/events/edit/{site.DatasetEvent}", Cancel)).ShouldRedirectTo("/account/denied");
        var timeline = await Forms.GetAsync(site.Viewer, $"/partnerships/{site.Partnership}/timeline");
        var forged = await site.Viewer.PostAsync(NewEvent, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Sự kiện của người xem",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(timeline.DocumentElement.OuterHtml),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Sự kiện của người xem")).ShouldBeNull();
    }

    [Fact]
    public async Task Editing_the_dataset_event_keeps_its_organisers()
    {
        PromotionEvent before;
        await using (var db = site.App.Database.NewContext())
            before = await db.Events.Include(e => e.Organisers).SingleAsync(e => e.Id == site.DatasetEvent, Cancel);
        var url = $"/events/edit/{site.DatasetEvent}";
        var form = await Forms.GetAsync(site.Editor, url);
        form.QuerySelectorAll("#Input_OrganiserIds option[selected]").Length.ShouldBe(before.Organisers.Count);
        (await Forms.PostAsync(site.Editor, form, url, [("Input.PlaceVi", "Thủ đô Viêng Chăn")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var check = site.App.Database.NewContext();
        var after = await check.Events.Include(e => e.Organisers).SingleAsync(e => e.Id == site.DatasetEvent, Cancel);
        after.Place!.Vi.ShouldBe("Thủ đô Viêng Chăn");
        after.Place.En.ShouldBe(before.Place?.En); // the languages the form does not show are kept
        after.Place.Lo.ShouldBe(before.Place?.Lo);
        after.Organisers.Select(o => o.Id).ShouldBe(before.Organisers.Select(o => o.Id), ignoreOrder: true);
        after.EventKind.ShouldBe(before.EventKind);
    }


}
