using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Projects;

/// <summary>Creating and editing projects with their milestones through the real form, as each role, over the dataset.</summary>
public sealed class EditProjectTests(EditProjectTests.Site site) : IClassFixture<EditProjectTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One app for the class, its users signed in once each (sign-ins are rate-limited); the tests add projects of their own.</summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int HanoiCity { get; private set; }
        public int VientianeCity { get; private set; }
        public int HanoiParty { get; private set; }
        public int JusticeCommitment { get; private set; }
        public int DatasetProject { get; private set; }
        public HttpClient EditorVn { get; private set; } = null!;
        public HttpClient EditorLa { get; private set; } = null!;
        public HttpClient Contributor { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            HanoiCity = await db.Organisations.Where(o => o.Key == "org-hanoi-city").Select(o => o.Id).SingleAsync(Cancel);
            VientianeCity = await db.Organisations.Where(o => o.Key == "org-vientiane-city").Select(o => o.Id).SingleAsync(Cancel);
            HanoiParty = await db.Organisations.Where(o => o.Key == "org-hanoi-party-committee").Select(o => o.Id).SingleAsync(Cancel);
            JusticeCommitment = await db.Commitments.Where(c => c.Key == "cmt-2022-justice-hq").Select(c => c.Id).SingleAsync(Cancel);
            DatasetProject = await db.Projects.Where(p => p.Key == "proj-vientiane-justice-procuracy-hq").Select(p => p.Id).SingleAsync(Cancel);

            await TestUsers.CreateAsync(App, "editor.vn@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, "editor.la@vientiane.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "LA" });
            await TestUsers.CreateAsync(App, "contributor@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Contributor, OrganisationId = HanoiParty });
            await TestUsers.CreateAsync(App, "viewer@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Viewer });
            EditorVn = await TestUsers.SignedInClientAsync(App, "editor.vn@hanoi.test");
            EditorLa = await TestUsers.SignedInClientAsync(App, "editor.la@vientiane.test");
            Contributor = await TestUsers.SignedInClientAsync(App, "contributor@hanoi.test");
            Viewer = await TestUsers.SignedInClientAsync(App, "viewer@hanoi.test");
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in new[] { EditorVn, EditorLa, Contributor, Viewer }) client?.Dispose();
            await App.DisposeAsync();
        }
    }

    private string NewProject => $"/projects/edit?partnership={site.Partnership}";

    /// <summary>The project's fields as typed into the form.</summary>
    private Dictionary<string, string?> Project(string title, string? amount = "3000000.50", string? currency = "usd") => new()
    {
        ["Input.TitleVi"] = title, ["Input.StartDate"] = "2026-03-01", ["Input.EndDate"] = "2027-06-30",
        ["Input.PlaceVi"] = "Viêng Chăn", ["Input.Direction"] = "AToB", ["Input.Status"] = "InProgress",
        ["Input.FunderId"] = site.HanoiCity.ToString(), ["Input.RecipientId"] = site.VientianeCity.ToString(),
        ["Input.Sector"] = "Giáo dục", ["Input.BudgetAmount"] = amount, ["Input.BudgetCurrency"] = currency,
        ["Input.IatiStatus"] = "Implementation", ["Input.PlannedStart"] = "2026-01-01", ["Input.PlannedEnd"] = "2027-01-01",
        ["Input.ActualStart"] = "2026-03-01", ["Input.ActualEnd"] = "",
    };

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    private async Task<Project?> FindAsync(string title)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Projects.AsSplitQuery().Include(p => p.Milestones).Include(p => p.Commitments)
            .SingleOrDefaultAsync(p => p.Title.Vi == title, Cancel);
    }

    private async Task<int> CountProjectsAsync()
    {
        await using var db = site.App.Database.NewContext();
        return await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Kind == ActivityKind.Project, Cancel);
    }

    [Fact]
    public async Task An_editor_creates_a_project_with_milestones_approved_at_once()
    {
        // Typed with combining accents (NFD) and stray spaces: stored trimmed and composed (NFC).
        var typed = "  Trường Hữu nghị Hà Nội – Viêng Chăn ".Normalize(System.Text.NormalizationForm.FormD);
        const string title = "Trường Hữu nghị Hà Nội – Viêng Chăn";
        var before = await CountProjectsAsync();
        var page = await Forms.GetAsync(site.EditorVn, NewProject);
        page.QuerySelectorAll("fieldset.milestone").Length.ShouldBe(0);
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, button: ("AddMilestone", "true")));
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, button: ("AddMilestone", "true")));
        page.QuerySelectorAll("fieldset.milestone").Length.ShouldBe(2);
        (await CountProjectsAsync()).ShouldBe(before); // "add a milestone" saves nothing

        var fields = Project(typed);
        fields["Input.CommitmentIds"] = site.JusticeCommitment.ToString();
        fields["Input.IsPublic"] = "true";
        fields["Input.Milestones[0].Kind"] = "Pledge";
        fields["Input.Milestones[0].Date"] = "2025-11-20";
        fields["Input.Milestones[0].LabelVi"] = "Hà Nội cam kết tài trợ";
        fields["Input.Milestones[1].Kind"] = "Groundbreaking";
        fields["Input.Milestones[1].Date"] = "2026-03-01";
        fields["Input.Milestones[1].LabelVi"] = "Khởi công";
        var saved = await Forms.PostAsync(site.EditorVn, page, NewProject, fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        var project = (await FindAsync(title)).ShouldNotBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe($"/activities/{project.Id}");
        project.PartnershipId.ShouldBe(site.Partnership);
        project.State.ShouldBe(RecordState.Approved);
        project.IsPublic.ShouldBeTrue();
        project.Place!.Vi.ShouldBe("Viêng Chăn");
        project.StartDate.ShouldBe(new DateOnly(2026, 3, 1));
        project.EndDate.ShouldBe(new DateOnly(2027, 6, 30));
        project.Status.ShouldBe(ActivityStatus.InProgress);
        project.FunderId.ShouldBe(site.HanoiCity);
        project.RecipientId.ShouldBe(site.VientianeCity);
        project.Sector.ShouldBe("Giáo dục");
        // The browser's number field sends a dot; Vietnamese reads the dot as a thousands separator, the form must not.
        project.BudgetAmount.ShouldBe(3_000_000.50m);
        project.BudgetCurrency.ShouldBe("USD");
        project.IatiStatus.ShouldBe(IatiActivityStatus.Implementation);
        project.PlannedStart.ShouldBe(new DateOnly(2026, 1, 1));
        project.PlannedEnd.ShouldBe(new DateOnly(2027, 1, 1));
        project.ActualStart.ShouldBe(new DateOnly(2026, 3, 1));
        project.ActualEnd.ShouldBeNull();
        project.Commitments.Select(c => c.Id).ShouldBe([site.JusticeCommitment]);
        project.Milestones.OrderBy(m => m.Date).Select(m => (m.Kind, m.Date, m.Label.Vi)).ShouldBe(
        [
            (MilestoneKind.Pledge, new DateOnly(2025, 11, 20), "Hà Nội cam kết tài trợ"),
            (MilestoneKind.Groundbreaking, new DateOnly(2026, 3, 1), "Khởi công"),
        ]);

        // The form shows it back as stored, the amount as the number field needs it.
        var form = await Forms.GetAsync(site.EditorVn, $"/projects/edit/{project.Id}");
        ((IHtmlInputElement)form.QuerySelector("#Input_BudgetAmount")!).Value.ShouldBe("3000000.5");
        ((IHtmlInputElement)form.QuerySelector("#Input_TitleVi")!).Value.ShouldBe(title);
        form.QuerySelectorAll("fieldset.milestone").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_bad_currency_a_budget_without_currency_and_an_end_before_its_start_are_refused_next_to_their_fields()
    {
        const string title = "Dự án có dữ liệu sai";
        var before = await CountProjectsAsync();
        var page = await Forms.GetAsync(site.EditorVn, NewProject);

        var response = await Forms.PostAsync(site.EditorVn, page, NewProject, Project(title, currency: "XYZ"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        ErrorNextTo(page, "Input_BudgetCurrency").ShouldBe("«Đơn vị tiền tệ» phải là mã tiền tệ ISO 4217 gồm ba chữ cái (VND, LAK, USD…).");
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe(title); // what was typed stays

        var fields = Project(title, currency: "");
        fields["Input.ActualStart"] = "2026-03-01";
        fields["Input.ActualEnd"] = "2026-02-01";
        fields["Input.PlannedEnd"] = "2025-12-31";
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, fields));
        ErrorNextTo(page, "Input_BudgetCurrency").ShouldBe("Vui lòng điền «Đơn vị tiền tệ».");
        ErrorNextTo(page, "Input_ActualEnd").ShouldBe("«Kết thúc thực tế» không được trước «Bắt đầu thực tế».");
        ErrorNextTo(page, "Input_PlannedEnd").ShouldBe("«Kết thúc theo kế hoạch» không được trước «Bắt đầu theo kế hoạch».");

        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, Project(title, amount: "-5", currency: "VND")));
        ErrorNextTo(page, "Input_BudgetAmount").ShouldBe("«Kinh phí» không được là số âm.");
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, Project(title, amount: "12.345", currency: "VND")));
        ErrorNextTo(page, "Input_BudgetAmount").ShouldBe("«Kinh phí» phải là một số tiền, tối đa hai chữ số thập phân.");

        // A milestone row needs its label; an empty added row is ignored rather than refused.
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, button: ("AddMilestone", "true")));
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, button: ("AddMilestone", "true")));
        fields = Project(title, currency: "VND");
        fields["Input.Milestones[0].Date"] = "2026-05-01";
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewProject, fields));
        ErrorNextTo(page, "Input_Milestones_0_LabelVi").ShouldBe("Vui lòng điền «Nội dung mốc (tiếng Việt)».");
        ErrorNextTo(page, "Input_Milestones_1_LabelVi").ShouldBeEmpty();

        (await CountProjectsAsync()).ShouldBe(before);
        (await FindAsync(title)).ShouldBeNull();
    }

    [Fact]
    public async Task A_viewer_may_neither_open_nor_post_the_form()
    {
        (await site.Viewer.GetAsync(NewProject, Cancel)).ShouldRedirectTo("/account/denied");
        (await site.Viewer.GetAsync($"/projects/edit/{site.DatasetProject}", Cancel)).ShouldRedirectTo("/account/denied");
        var timeline = await Forms.GetAsync(site.Viewer, $"/partnerships/{site.Partnership}/timeline");
        var forged = await site.Viewer.PostAsync(NewProject, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Dự án của người xem",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(timeline.DocumentElement.OuterHtml),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Dự án của người xem")).ShouldBeNull();

        (await site.EditorVn.GetAsync("/projects/edit?partnership=999999", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.EditorVn.GetAsync("/projects/edit/999999", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_contributors_project_is_a_draft_of_their_organisation_whatever_they_post()
    {
        const string title = "Dự án của Thành ủy Hà Nội";
        var page = await Forms.GetAsync(site.Contributor, NewProject);
        page.QuerySelector("select[name='Input.OwnerOrganisationId']").ShouldBeNull(); // shown, not chosen
        page.QuerySelector("input[name='Input.IsPublic']").ShouldBeNull();
        var fields = Project(title);
        fields["Input.OwnerOrganisationId"] = site.VientianeCity.ToString();
        fields["Input.IsPublic"] = "true";
        var saved = await Forms.PostAsync(site.Contributor, page, NewProject, fields);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        var project = (await FindAsync(title)).ShouldNotBeNull();
        project.OwnerOrganisationId.ShouldBe(site.HanoiParty);
        project.State.ShouldBe(RecordState.Draft);
        project.IsPublic.ShouldBeFalse();
        // Theirs to edit again; another organisation's project (the dataset's) is not.
        (await site.Contributor.GetAsync($"/projects/edit/{project.Id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await site.Contributor.GetAsync($"/projects/edit/{site.DatasetProject}", Cancel)).ShouldRedirectTo("/account/denied");
    }

    [Fact]
    public async Task Editing_a_dataset_project_keeps_its_milestones_and_removing_a_row_deletes_only_that_one()
    {
        Project before;
        await using (var db = site.App.Database.NewContext())
            before = await db.Projects.Include(p => p.Milestones).SingleAsync(p => p.Id == site.DatasetProject, Cancel);
        var url = $"/projects/edit/{site.DatasetProject}";
        var form = await Forms.GetAsync(site.EditorVn, url);
        ((IHtmlInputElement)form.QuerySelector("#Input_BudgetAmount")!).Value.ShouldBe("3000000");
        form.QuerySelectorAll("fieldset.milestone").Length.ShouldBe(before.Milestones.Count);
        var labels = form.QuerySelectorAll("input[name$='.LabelVi']").Select(e => ((IHtmlInputElement)e).Value).ToList();
        var groundbreaking = labels.IndexOf("Khởi công");

        var saved = await Forms.PostAsync(site.EditorVn, form, url, new Dictionary<string, string?>
        {
            ["Input.Sector"] = "Tư pháp; trụ sở cơ quan", [$"Input.Milestones[{groundbreaking}].Remove"] = "true",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        await using var check = site.App.Database.NewContext();
        var after = await check.Projects.Include(p => p.Milestones).SingleAsync(p => p.Id == site.DatasetProject, Cancel);
        after.Sector.ShouldBe("Tư pháp; trụ sở cơ quan");
        after.BudgetAmount.ShouldBe(3_000_000m);
        after.BudgetCurrency.ShouldBe("USD");
        after.Version.ShouldBe(before.Version + 1);
        // The other milestones are the same rows (their citations point at them), untouched.
        after.Milestones.Select(m => m.Id).ShouldBe(before.Milestones.Where(m => m.Label.Vi != "Khởi công").Select(m => m.Id), ignoreOrder: true);
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_sees_both_versions_and_keeps_what_it_typed()
    {
        const string title = "Dự án Trung tâm xúc tiến thương mại";
        var page = await Forms.GetAsync(site.EditorVn, NewProject);
        (await Forms.PostAsync(site.EditorVn, page, NewProject, Project(title))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var project = (await FindAsync(title)).ShouldNotBeNull();
        var url = $"/projects/edit/{project.Id}";
        var formA = await Forms.GetAsync(site.EditorVn, url);
        var formB = await Forms.GetAsync(site.EditorLa, url);
        (await Forms.PostAsync(site.EditorVn, formA, url, new Dictionary<string, string?> { ["Input.BudgetAmount"] = "3500000", ["Input.Sector"] = "Thương mại" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await Forms.PostAsync(site.EditorLa, formB, url, new Dictionary<string, string?> { ["Input.BudgetAmount"] = "4000000" });

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page2 = await ParseAsync(conflict);
        page2.QuerySelector(".conflict h2")!.TextContent.ShouldBe("Có người khác vừa lưu bản ghi này");
        var rows = page2.QuerySelectorAll(".conflict tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent);
        rows.Keys.ShouldBe(["Kinh phí", "Lĩnh vực"], ignoreOrder: true);
        rows["Kinh phí"].QuerySelector(".theirs")!.TextContent.ShouldBe("3500000");
        rows["Kinh phí"].QuerySelector(".mine")!.TextContent.ShouldBe("4000000");
        rows["Lĩnh vực"].QuerySelector(".theirs")!.TextContent.ShouldBe("Thương mại");
        rows["Lĩnh vực"].QuerySelector(".mine")!.TextContent.ShouldBe("Giáo dục");
        ((IHtmlInputElement)page2.QuerySelector("#Input_BudgetAmount")!).Value.ShouldBe("4000000");
        (await FindAsync(title))!.BudgetAmount.ShouldBe(3_500_000m);

        // "Use the saved value" for the sector: the form now holds theirs, the budget stays ours; nothing is saved yet.
        var taken = await ParseAsync(await Forms.PostAsync(site.EditorLa, page2, url, button: ("Take", "Sector")));
        taken.QuerySelectorAll(".conflict tbody tr").ShouldHaveSingleItem().QuerySelector("th")!.TextContent.ShouldBe("Kinh phí");
        ((IHtmlInputElement)taken.QuerySelector("#Input_Sector")!).Value.ShouldBe("Thương mại");
        (await FindAsync(title))!.BudgetAmount.ShouldBe(3_500_000m);

        // Saving merges against the current version: their sector, our budget.
        (await Forms.PostAsync(site.EditorLa, taken, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var merged = (await FindAsync(title))!;
        merged.BudgetAmount.ShouldBe(4_000_000m);
        merged.Sector.ShouldBe("Thương mại");
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
