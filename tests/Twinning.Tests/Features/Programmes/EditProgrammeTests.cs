using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Programmes;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Programmes;

/// <summary>Creating and editing programmes with their yearly intakes through the real form, over the dataset.</summary>
public sealed class EditProgrammeTests(EditProgrammeTests.Site site) : IClassFixture<EditProgrammeTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One app for the class, its users signed in once each (sign-ins are rate-limited); the tests add programmes of their own.</summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int HanoiCity { get; private set; }
        public int VientianeCity { get; private set; }
        public int DatasetProgramme { get; private set; }
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            HanoiCity = await db.Organisations.Where(o => o.Key == "org-hanoi-city").Select(o => o.Id).SingleAsync(Cancel);
            VientianeCity = await db.Organisations.Where(o => o.Key == "org-vientiane-city").Select(o => o.Id).SingleAsync(Cancel);
            DatasetProgramme = await db.Programmes.Where(p => p.Key == "prog-scholarship-university-postgraduate").Select(p => p.Id).SingleAsync(Cancel);
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

    private string NewProgramme => $"/programmes/edit?partnership={site.Partnership}";

    private Dictionary<string, string?> Programme(string title) => new()
    {
        ["Input.TitleVi"] = title, ["Input.Direction"] = "AToB", ["Input.Status"] = "InProgress",
        ["Input.ProgrammeKind"] = "CadreTraining", ["Input.AnnualQuotaMin"] = "10", ["Input.AnnualQuotaMax"] = "20",
        ["Input.ParticipantsCount"] = "33", ["Input.ProviderId"] = site.HanoiCity.ToString(), ["Input.BeneficiaryId"] = site.VientianeCity.ToString(),
    };

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    /// <summary>The form with <paramref name="rows"/> empty intake rows, added with "add a year".</summary>
    private async Task<IHtmlDocument> FormWithRowsAsync(string url, int rows)
    {
        var page = await Forms.GetAsync(site.Editor, url);
        for (var i = 0; i < rows; i++)
            page = await ParseAsync(await Forms.PostAsync(site.Editor, page, url, button: ("AddIntake", "true")));
        return page;
    }

    private async Task<Programme?> FindAsync(string title)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Programmes.Include(p => p.Intakes).SingleOrDefaultAsync(p => p.Title.Vi == title, Cancel);
    }

    private async Task<int> CountProgrammesAsync()
    {
        await using var db = site.App.Database.NewContext();
        return await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Kind == ActivityKind.Programme, Cancel);
    }

    [Fact]
    public async Task An_editor_creates_a_programme_with_its_intakes_approved_at_once()
    {
        const string title = "Chương trình đào tạo cán bộ quản lý đô thị";
        var before = await CountProgrammesAsync();
        var page = await FormWithRowsAsync(NewProgramme, 3);
        page.QuerySelectorAll(".intake").Length.ShouldBe(3);
        (await CountProgrammesAsync()).ShouldBe(before); // "add a year" saves nothing

        var fields = Programme(title);
        fields["Input.Intakes[0].Year"] = "2024";
        fields["Input.Intakes[0].Count"] = "15";
        fields["Input.Intakes[1].Year"] = "2025";
        fields["Input.Intakes[1].Count"] = "18";
        // The third row is left empty: ignored.
        var saved = await Forms.PostAsync(site.Editor, page, NewProgramme, fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        var programme = (await FindAsync(title)).ShouldNotBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe($"/activities/{programme.Id}");
        programme.PartnershipId.ShouldBe(site.Partnership);
        programme.State.ShouldBe(RecordState.Approved);
        programme.ProgrammeKind.ShouldBe(ProgrammeKind.CadreTraining);
        programme.AnnualQuotaMin.ShouldBe(10);
        programme.AnnualQuotaMax.ShouldBe(20);
        programme.ParticipantsCount.ShouldBe(33);
        programme.ProviderId.ShouldBe(site.HanoiCity);
        programme.BeneficiaryId.ShouldBe(site.VientianeCity);
        programme.StartDate.ShouldBeNull();
        programme.Intakes.OrderBy(i => i.Year).Select(i => (i.Year, i.Count)).ShouldBe([(2024, 15), (2025, 18)]);

        // Edited again: a year's intake keeps its row while its count changes; a removed year goes.
        var ids = programme.Intakes.ToDictionary(i => i.Year, i => i.Id);
        var url = $"/programmes/edit/{programme.Id}";
        var form = await Forms.GetAsync(site.Editor, url);
        (await Forms.PostAsync(site.Editor, form, url, new Dictionary<string, string?>
        {
            ["Input.Intakes[0].Remove"] = "true", ["Input.Intakes[1].Count"] = "20",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var intake = (await FindAsync(title))!.Intakes.ShouldHaveSingleItem();
        (intake.Year, intake.Count, intake.Id).ShouldBe((2025, 20, ids[2025]));
    }

    [Fact]
    public async Task A_minimum_above_the_maximum_and_a_year_entered_twice_are_refused_next_to_their_fields()
    {
        const string title = "Chương trình có số liệu sai";
        var before = await CountProgrammesAsync();
        var page = await FormWithRowsAsync(NewProgramme, 2);
        var fields = Programme(title);
        fields["Input.AnnualQuotaMin"] = "25";
        fields["Input.AnnualQuotaMax"] = "20";
        fields["Input.Intakes[0].Year"] = "2024";
        fields["Input.Intakes[0].Count"] = "15";
        fields["Input.Intakes[1].Year"] = "2024";
        fields["Input.Intakes[1].Count"] = "-1";
        var response = await Forms.PostAsync(site.Editor, page, NewProgramme, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        ErrorNextTo(page, "Input_AnnualQuotaMax").ShouldBe("«Chỉ tiêu hằng năm tối đa» không được nhỏ hơn «Chỉ tiêu hằng năm tối thiểu».");
        ErrorNextTo(page, "Input_Intakes_0_Year").ShouldBeEmpty();
        ErrorNextTo(page, "Input_Intakes_1_Year").ShouldBe("Năm 2024 đã có ở một dòng khác.");
        ErrorNextTo(page, "Input_Intakes_1_Count").ShouldBe("«Số người» không được là số âm.");
        ((IHtmlInputElement)page.QuerySelector("#Input_Intakes_1_Year")!).Value.ShouldBe("2024"); // what was typed stays

        fields = Programme(title);
        fields["Input.AnnualQuotaMin"] = "-3";
        fields["Input.Intakes[0].Year"] = "2024";
        fields["Input.Intakes[0].Count"] = "";
        fields["Input.Intakes[1].Year"] = "";
        fields["Input.Intakes[1].Count"] = "";
        page = await ParseAsync(await Forms.PostAsync(site.Editor, page, NewProgramme, fields));
        ErrorNextTo(page, "Input_AnnualQuotaMin").ShouldBe("«Chỉ tiêu hằng năm tối thiểu» không được là số âm.");
        ErrorNextTo(page, "Input_Intakes_0_Count").ShouldBe("Vui lòng điền «Số người».");
        ErrorNextTo(page, "Input_Intakes_1_Count").ShouldBeEmpty();

        (await CountProgrammesAsync()).ShouldBe(before);
        (await FindAsync(title)).ShouldBeNull();
    }

    [Fact]
    public async Task A_viewer_may_neither_open_nor_post_the_form()
    {
        (await site.Viewer.GetAsync(NewProgramme, Cancel)).ShouldRedirectTo("/account/denied");
        (await site.Viewer.GetAsync($"/programmes/edit/{site.DatasetProgramme}", Cancel)).ShouldRedirectTo("/account/denied");
        var timeline = await Forms.GetAsync(site.Viewer, $"/partnerships/{site.Partnership}/timeline");
        var forged = await site.Viewer.PostAsync(NewProgramme, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Chương trình của người xem",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(timeline.DocumentElement.OuterHtml),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Chương trình của người xem")).ShouldBeNull();
    }

    [Fact]
    public async Task Editing_a_dataset_programme_shows_its_values_and_saves_a_change()
    {
        var url = $"/programmes/edit/{site.DatasetProgramme}";
        var form = await Forms.GetAsync(site.Editor, url);
        ((IHtmlInputElement)form.QuerySelector("#Input_AnnualQuotaMin")!).Value.ShouldBe("10");
        ((IHtmlInputElement)form.QuerySelector("#Input_AnnualQuotaMax")!).Value.ShouldBe("20");
        form.QuerySelector("#Input_ProgrammeKind option[selected]")!.GetAttribute("value").ShouldBe("Scholarship");
        form.QuerySelectorAll("input[name='Input.CommitmentIds'][checked]").Length.ShouldBe(3);

        (await Forms.PostAsync(site.Editor, form, url, new Dictionary<string, string?> { ["Input.AnnualQuotaMax"] = "25" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = site.App.Database.NewContext();
        var programme = await db.Programmes.Include(p => p.Commitments).SingleAsync(p => p.Id == site.DatasetProgramme, Cancel);
        programme.AnnualQuotaMax.ShouldBe(25);
        programme.Commitments.Count.ShouldBe(3);
        programme.Title.En.ShouldBe("University and postgraduate scholarship programme");
        programme.Summary!.En.ShouldStartWith("Each year Hanoi supports");
    }

    /// <summary>The validation message placed right after a field (the house layout: label, field, message).</summary>
    private static string ErrorNextTo(IHtmlDocument page, string fieldId)
    {
        var field = page.GetElementById(fieldId).ShouldNotBeNull($"no field #{fieldId}");
        var next = field.NextElementSibling.ShouldNotBeNull();
        next.ClassList.ShouldContain("field-error");
        return next.TextContent.Trim();
    }
}
