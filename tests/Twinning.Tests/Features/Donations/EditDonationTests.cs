using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Donations;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Donations;

/// <summary>Creating and editing donations through the real form, over the dataset.</summary>
public sealed class EditDonationTests(EditDonationTests.Site site) : IClassFixture<EditDonationTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>One app for the class, its users signed in once each (sign-ins are rate-limited); the tests add donations of their own.</summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int HanoiParty { get; private set; }
        public int VientianeParty { get; private set; }
        public int DatasetDonation { get; private set; }
        public HttpClient Editor { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            HanoiParty = await db.Organisations.Where(o => o.Key == "org-hanoi-party-committee").Select(o => o.Id).SingleAsync(Cancel);
            VientianeParty = await db.Organisations.Where(o => o.Key == "org-vientiane-party-committee").Select(o => o.Id).SingleAsync(Cancel);
            DatasetDonation = await db.Donations.Where(d => d.Key == "don-2017-11-computers").Select(d => d.Id).SingleAsync(Cancel);
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

    private string NewDonation => $"/donations/edit?partnership={site.Partnership}";

    private Dictionary<string, string?> Donation(string title, string quantity = "50") => new()
    {
        ["Input.TitleVi"] = title, ["Input.StartDate"] = "2026-04-02", ["Input.Direction"] = "AToB", ["Input.Status"] = "Completed",
        ["Input.ItemVi"] = "  Máy tính xách tay ", ["Input.ItemEn"] = "Laptops", ["Input.Quantity"] = quantity,
        ["Input.DonorId"] = site.HanoiParty.ToString(), ["Input.RecipientId"] = site.VientianeParty.ToString(),
    };

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    private async Task<Donation?> FindAsync(string title)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Donations.SingleOrDefaultAsync(d => d.Title.Vi == title, Cancel);
    }

    private async Task<int> CountDonationsAsync()
    {
        await using var db = site.App.Database.NewContext();
        return await db.Activities.IgnoreQueryFilters().CountAsync(a => a.Kind == ActivityKind.Donation, Cancel);
    }

    [Fact]
    public async Task An_editor_creates_a_donation_approved_at_once()
    {
        const string title = "Thành ủy Hà Nội trao tặng máy tính cho Thành ủy Viêng Chăn";
        var page = await Forms.GetAsync(site.Editor, NewDonation);
        var saved = await Forms.PostAsync(site.Editor, page, NewDonation, Donation(title));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));

        var donation = (await FindAsync(title)).ShouldNotBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe($"/activities/{donation.Id}");
        donation.PartnershipId.ShouldBe(site.Partnership);
        donation.State.ShouldBe(RecordState.Approved);
        donation.StartDate.ShouldBe(new DateOnly(2026, 4, 2));
        donation.EndDate.ShouldBeNull();
        donation.Status.ShouldBe(ActivityStatus.Completed);
        donation.Item.Vi.ShouldBe("Máy tính xách tay");
        donation.Item.En.ShouldBe("Laptops");
        donation.Quantity.ShouldBe(50);
        donation.DonorId.ShouldBe(site.HanoiParty);
        donation.RecipientId.ShouldBe(site.VientianeParty);
        donation.Summary.ShouldBeNull();
        donation.Place.ShouldBeNull();

        var view = await Forms.GetAsync(site.Editor, $"/activities/{donation.Id}");
        view.QuerySelector("main")!.TextContent.ShouldContain("50 × Máy tính xách tay");
    }

    [Fact]
    public async Task A_quantity_of_zero_and_a_missing_item_are_refused_next_to_their_fields_and_nothing_is_saved()
    {
        const string title = "Trao tặng có số lượng sai";
        var before = await CountDonationsAsync();
        var page = await Forms.GetAsync(site.Editor, NewDonation);
        var response = await Forms.PostAsync(site.Editor, page, NewDonation, Donation(title, quantity: "0"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        ErrorNextTo(page, "Input_Quantity").ShouldBe("«Số lượng» phải từ 1 trở lên.");
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe(title); // what was typed stays

        var fields = Donation(title);
        fields["Input.ItemVi"] = " ";
        page = await ParseAsync(await Forms.PostAsync(site.Editor, page, NewDonation, fields));
        ErrorNextTo(page, "Input_ItemVi").ShouldBe("Vui lòng điền «Hiện vật (tiếng Việt)».");
        ErrorNextTo(page, "Input_Quantity").ShouldBeEmpty();

        (await CountDonationsAsync()).ShouldBe(before);
        (await FindAsync(title)).ShouldBeNull();
    }

    [Fact]
    public async Task A_viewer_may_neither_open_nor_post_the_form()
    {
        (await site.Viewer.GetAsync(NewDonation, Cancel)).ShouldRedirectTo("/account/denied");
        (await site.Viewer.GetAsync($"/donations/edit/{site.DatasetDonation}", Cancel)).ShouldRedirectTo("/account/denied");
        var timeline = await Forms.GetAsync(site.Viewer, $"/partnerships/{site.Partnership}/timeline");
        var forged = await site.Viewer.PostAsync(NewDonation, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Trao tặng của người xem", ["Input.ItemVi"] = "Sách",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(timeline.DocumentElement.OuterHtml),
        }), Cancel);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Trao tặng của người xem")).ShouldBeNull();
    }

    [Fact]
    public async Task Editing_the_dataset_donation_keeps_what_the_form_does_not_show()
    {
        Donation before;
        await using (var db = site.App.Database.NewContext())
            before = await db.Donations.SingleAsync(d => d.Id == site.DatasetDonation, Cancel);
        var url = $"/donations/edit/{site.DatasetDonation}";
        var form = await Forms.GetAsync(site.Editor, url);
        ((IHtmlInputElement)form.QuerySelector("#Input_ItemVi")!).Value.ShouldBe(before.Item.Vi);
        (await Forms.PostAsync(site.Editor, form, url, new Dictionary<string, string?> { ["Input.Quantity"] = "60" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await using var check = site.App.Database.NewContext();
        var after = await check.Donations.SingleAsync(d => d.Id == site.DatasetDonation, Cancel);
        after.Quantity.ShouldBe(60);
        (after.Item.Vi, after.Item.En, after.Item.Lo).ShouldBe((before.Item.Vi, before.Item.En, before.Item.Lo));
        (after.Title.Vi, after.Title.En, after.Title.Lo).ShouldBe((before.Title.Vi, before.Title.En, before.Title.Lo));
        (after.StartDate, after.EndDate, after.DateInferred).ShouldBe((before.StartDate, before.EndDate, before.DateInferred));
        after.DonorId.ShouldBe(before.DonorId);
        after.Version.ShouldBe(before.Version + 1);
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
