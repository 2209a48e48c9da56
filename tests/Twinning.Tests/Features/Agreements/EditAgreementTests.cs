using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Agreements;

/// <summary>Creating and editing agreements with their commitments and signatories through the real form, over the dataset.</summary>
public sealed class EditAgreementTests(EditAgreementTests.Site site) : IClassFixture<EditAgreementTests.Site>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// One app for the class, its users signed in once each (the app allows 10 sign-ins a minute per
    /// address); the tests add agreements of their own, each with a title of its own, and change none of the dataset's.
    /// </summary>
    public sealed class Site(PostgresServer postgres) : IAsyncLifetime
    {
        public TwinningAppFactory App { get; private set; } = null!;
        public int Partnership { get; private set; }
        public int Agreement2022 { get; private set; }
        public int Agreement2017 { get; private set; }
        public int PromotionCentreMou { get; private set; }
        public int JusticeHeadquarters { get; private set; }
        public int HanoiCity { get; private set; }
        public int VientianeCity { get; private set; }
        public int PromotionCentre { get; private set; }
        public int Dung { get; private set; }
        public int Anouphap { get; private set; }
        public HttpClient EditorVn { get; private set; } = null!;
        public HttpClient EditorLa { get; private set; } = null!;
        public HttpClient Viewer { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            App = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres);
            using var _ = App.CreateClient();
            await using var db = App.Database.NewContext();
            Partnership = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
            Agreement2022 = await db.Agreements.Where(a => a.Key == "agr-2022-2025").Select(a => a.Id).SingleAsync(Cancel);
            Agreement2017 = await db.Agreements.Where(a => a.Key == "agr-2017-2020-mou").Select(a => a.Id).SingleAsync(Cancel);
            PromotionCentreMou = await db.Agreements.Where(a => a.Key == "agr-2024-hanoi-promotion-centre-mou").Select(a => a.Id).SingleAsync(Cancel);
            JusticeHeadquarters = await db.Commitments.Where(c => c.Key == "cmt-2022-justice-hq").Select(c => c.Id).SingleAsync(Cancel);
            HanoiCity = await db.Organisations.Where(o => o.Key == "org-hanoi-city").Select(o => o.Id).SingleAsync(Cancel);
            VientianeCity = await db.Organisations.Where(o => o.Key == "org-vientiane-city").Select(o => o.Id).SingleAsync(Cancel);
            PromotionCentre = await db.Organisations.Where(o => o.Key == "org-hanoi-promotion-centre").Select(o => o.Id).SingleAsync(Cancel);
            Dung = await db.People.Where(p => p.Key == "person-dinh-tien-dung").Select(p => p.Id).SingleAsync(Cancel);
            Anouphap = await db.People.Where(p => p.Key == "person-anouphap-tounalom").Select(p => p.Id).SingleAsync(Cancel);

            await TestUsers.CreateAsync(App, "editor.vn@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "VN" });
            await TestUsers.CreateAsync(App, "editor.la@vientiane.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Editor, Side = "LA" });
            await TestUsers.CreateAsync(App, "viewer@hanoi.test", false, new Membership { PartnershipId = Partnership, Role = PartnershipRole.Viewer });
            EditorVn = await TestUsers.SignedInClientAsync(App, "editor.vn@hanoi.test");
            EditorLa = await TestUsers.SignedInClientAsync(App, "editor.la@vientiane.test");
            Viewer = await TestUsers.SignedInClientAsync(App, "viewer@hanoi.test");
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var client in new[] { EditorVn, EditorLa, Viewer }) client?.Dispose();
            await App.DisposeAsync();
        }
    }

    private string NewAgreement => $"/agreements/edit?partnership={site.Partnership}";

    /// <summary>The agreement's own fields, as typed into the form.</summary>
    private static List<(string, string?)> Agreement(string title, string? start = "2026", string? end = "2030") =>
    [
        ("Input.TitleVi", title), ("Input.TitleEn", "Cooperation agreement 2026–2030"), ("Input.Kind", "CooperationAgreement"),
        ("Input.Status", "InForce"), ("Input.SignedOn", "2026-01-26"), ("Input.SignedPlaceVi", "  Hà Nội  "),
        ("Input.StartYear", start), ("Input.EndYear", end),
    ];

    /// <summary>One commitment row of the form: Input.Commitments[i].*, responsible organisations one field each as a multi-select posts them.</summary>
    private static IEnumerable<(string, string?)> Commitment(int i, string area, string textVi, string? textEn = null, params int[] responsible)
    {
        var prefix = $"Input.Commitments[{i}]";
        yield return ($"{prefix}.Area", area);
        yield return ($"{prefix}.TextVi", textVi);
        yield return ($"{prefix}.TextEn", textEn);
        yield return ($"{prefix}.ResponsibleIds", null);
        foreach (var o in responsible) yield return ($"{prefix}.ResponsibleIds", o.ToString());
    }

    private static IEnumerable<(string, string?)> Signatory(int i, int person, string title)
    {
        yield return ($"Input.Signatories[{i}].PersonId", person.ToString());
        yield return ($"Input.Signatories[{i}].Title", title);
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    private async Task<Agreement?> FindAsync(string title)
    {
        await using var db = site.App.Database.NewContext();
        return await db.Agreements.AsSplitQuery().Include(a => a.Parties).Include(a => a.Signatories)
            .Include(a => a.Commitments).ThenInclude(c => c.Responsible)
            .SingleOrDefaultAsync(a => a.Title.Vi == title, Cancel);
    }

    private async Task<(int Agreements, int Commitments)> CountAsync()
    {
        await using var db = site.App.Database.NewContext();
        return (await db.Agreements.IgnoreQueryFilters().CountAsync(Cancel), await db.Commitments.CountAsync(Cancel));
    }

    /// <summary>
    /// An Editor's city-level agreement with two commitments and one signatory, made by pressing "add a
    /// commitment" twice and "add a signatory" once, then saving.
    /// </summary>
    private async Task<Agreement> CreateAsync(HttpClient client, string title, params (string, string?)[] extra)
    {
        var page = await Forms.GetAsync(client, NewAgreement);
        page = await ParseAsync(await Forms.PostAsync(client, page, NewAgreement, button: ("AddCommitment", "true")));
        page = await ParseAsync(await Forms.PostAsync(client, page, NewAgreement, button: ("AddCommitment", "true")));
        page = await ParseAsync(await Forms.PostAsync(client, page, NewAgreement, button: ("AddSignatory", "true")));
        List<(string Name, string? Value)> fields =
        [
            .. Agreement(title), ("Input.PredecessorId", site.Agreement2022.ToString()),
            ("Input.PartyIds", site.HanoiCity.ToString()), ("Input.PartyIds", site.VientianeCity.ToString()),
            .. Commitment(0, "PoliticsAndExternalAffairs", "Trao đổi đoàn cấp cao hằng năm.", "Annual high-level delegations."),
            .. Commitment(1, "Tourism", "Mở thêm tour du lịch Hà Nội – Viêng Chăn.", null, site.PromotionCentre, site.HanoiCity),
            .. Signatory(0, site.Dung, "Bí thư Thành ủy Hà Nội"),
        ];
        // A field given in extra replaces the default one of that name.
        fields.RemoveAll(f => extra.Any(e => e.Item1 == f.Name));
        var saved = await Forms.PostAsync(client, page, NewAgreement, [.. fields, .. extra]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));
        var agreement = (await FindAsync(title)).ShouldNotBeNull();
        saved.Headers.Location!.OriginalString.ShouldBe($"/agreements/{agreement.Id}");
        return agreement;
    }

    [Fact]
    public async Task An_editor_creates_an_agreement_with_two_commitments_and_a_signatory_approved_at_once()
    {
        const string title = "Thỏa thuận hợp tác thử nghiệm giai đoạn 2026 - 2030";
        var agreement = await CreateAsync(site.EditorVn, title);

        agreement.PartnershipId.ShouldBe(site.Partnership);
        agreement.ParentId.ShouldBeNull();
        agreement.PredecessorId.ShouldBe(site.Agreement2022);
        agreement.Kind.ShouldBe(AgreementKind.CooperationAgreement);
        agreement.Status.ShouldBe(AgreementStatus.InForce);
        agreement.Title.En.ShouldBe("Cooperation agreement 2026–2030");
        agreement.SignedOn.ShouldBe(new DateOnly(2026, 1, 26));
        agreement.SignedPlace!.Vi.ShouldBe("Hà Nội"); // trimmed
        (agreement.StartYear, agreement.EndYear).ShouldBe((2026, 2030));
        agreement.State.ShouldBe(RecordState.Approved);
        agreement.Parties.Select(o => o.Id).ShouldBe([site.HanoiCity, site.VientianeCity], ignoreOrder: true);

        var signatory = agreement.Signatories.ShouldHaveSingleItem();
        (signatory.PersonId, signatory.Title).ShouldBe((site.Dung, "Bí thư Thành ủy Hà Nội"));

        var commitments = agreement.Commitments.OrderBy(c => c.Area).ToList();
        commitments.Select(c => (c.Area, c.Text.Vi, c.Text.En)).ShouldBe(
        [
            (CommitmentArea.PoliticsAndExternalAffairs, "Trao đổi đoàn cấp cao hằng năm.", "Annual high-level delegations."),
            (CommitmentArea.Tourism, "Mở thêm tour du lịch Hà Nội – Viêng Chăn.", null),
        ]);
        commitments[0].Responsible.ShouldBeEmpty();
        commitments[1].Responsible.Select(o => o.Id).ShouldBe([site.PromotionCentre, site.HanoiCity], ignoreOrder: true);

        var page = await Forms.GetAsync(site.EditorVn, $"/agreements/{agreement.Id}");
        page.QuerySelector("h1")!.TextContent.ShouldBe(title);
        page.QuerySelectorAll("li[id^='commitment-']").Length.ShouldBe(2);
        page.QuerySelector("dl.facts")!.TextContent.ShouldContain("Bí thư Thành ủy Hà Nội");
        // The form shows what was saved: the rows, and each one's choices as selected.
        var form = await Forms.GetAsync(site.EditorVn, $"/agreements/edit/{agreement.Id}");
        form.QuerySelectorAll("fieldset.commitment").Length.ShouldBe(2);
        form.QuerySelectorAll("#Input_PartyIds option[selected]").Select(o => o.GetAttribute("value"))
            .ShouldBe([site.HanoiCity.ToString(), site.VientianeCity.ToString()], ignoreOrder: true);
        form.QuerySelector("#Input_Signatories_0_PersonId option[selected]")!.GetAttribute("value").ShouldBe(site.Dung.ToString());
    }

    [Fact]
    public async Task An_agency_level_agreement_is_made_under_a_city_level_one_and_shows_on_its_page()
    {
        const string title = "Biên bản ghi nhớ hợp tác của Sở Du lịch Hà Nội với phía Vientiane";
        var url = $"/agreements/edit?partnership={site.Partnership}&parent={site.Agreement2022}";
        var page = await Forms.GetAsync(site.EditorVn, url);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Thêm biên bản hợp tác cấp cơ quan");
        page.QuerySelector($"form a[href='/agreements/{site.Agreement2022}']").ShouldNotBeNull();
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, url, button: ("AddCommitment", "true")));
        var saved = await Forms.PostAsync(site.EditorVn, page, url,
        [
            ("Input.TitleVi", title), ("Input.SignedOn", "2024-03-12"), ("Input.PartyIds", site.PromotionCentre.ToString()),
            .. Commitment(0, "Tourism", "Quảng bá du lịch Hà Nội tại Viêng Chăn.", null, site.PromotionCentre),
        ]);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync(Cancel));
        var agreement = (await FindAsync(title)).ShouldNotBeNull();
        agreement.ParentId.ShouldBe(site.Agreement2022);
        agreement.Kind.ShouldBe(AgreementKind.MemorandumOfUnderstanding);
        agreement.State.ShouldBe(RecordState.Approved);

        var parent = await Forms.GetAsync(site.EditorVn, $"/agreements/{site.Agreement2022}");
        parent.QuerySelector($"h2 ~ ul a[href='/agreements/{agreement.Id}']")!.TextContent.ShouldBe(title);
        var child = await Forms.GetAsync(site.EditorVn, $"/agreements/{agreement.Id}");
        child.QuerySelector($"dl.facts a[href='/agreements/{site.Agreement2022}']").ShouldNotBeNull();

        // The parent must be a city-level agreement of the same partnership; the partnership must exist.
        (await site.EditorVn.GetAsync($"/agreements/edit?partnership={site.Partnership}&parent={site.PromotionCentreMou}", Cancel))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.EditorVn.GetAsync($"/agreements/edit?partnership={site.Partnership}&parent=999999", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.EditorVn.GetAsync("/agreements/edit?partnership=999999", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await site.EditorVn.GetAsync("/agreements/edit", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_period_ending_before_it_starts_is_refused_next_to_the_field_and_nothing_is_saved()
    {
        const string title = "Thỏa thuận có giai đoạn sai";
        var before = await CountAsync();
        var page = await Forms.GetAsync(site.EditorVn, NewAgreement);
        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewAgreement, button: ("AddCommitment", "true")));
        var response = await Forms.PostAsync(site.EditorVn, page, NewAgreement,
            [.. Agreement(title, start: "2025", end: "2022"), .. Commitment(0, "Health", "Hợp tác y tế.")]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_EndYear").ShouldBe("Năm kết thúc không được trước năm bắt đầu.");
        Forms.ErrorNextTo(page, "Input_StartYear").ShouldBeEmpty();
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe(title); // what was typed stays
        ((IHtmlTextAreaElement)page.QuerySelector("#Input_Commitments_0_TextVi")!).Value.ShouldBe("Hợp tác y tế.");

        response = await Forms.PostAsync(site.EditorVn, page, NewAgreement, [("Input.StartYear", "1900"), ("Input.EndYear", "")]);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_StartYear").ShouldBe("«Từ năm» phải nằm trong khoảng 1950–2100.");
        Forms.ErrorNextTo(page, "Input_EndYear").ShouldBe("Nhập cả năm bắt đầu và năm kết thúc, hoặc để trống cả hai.");

        response = await Forms.PostAsync(site.EditorVn, page, NewAgreement,
            [("Input.TitleVi", ""), ("Input.StartYear", ""), ("Input.EndYear", ""), .. Commitment(0, "Health", "", "Health cooperation.")]);
        page = await ParseAsync(response);
        Forms.ErrorNextTo(page, "Input_TitleVi").ShouldBe("Vui lòng điền «Tên văn bản (tiếng Việt)».");
        Forms.ErrorNextTo(page, "Input_Commitments_0_TextVi").ShouldBe("Vui lòng điền «Nội dung cam kết (tiếng Việt)».");
        Forms.ErrorNextTo(page, "Input_EndYear").ShouldBeEmpty();

        (await CountAsync()).ShouldBe(before);
        (await FindAsync(title)).ShouldBeNull();
    }

    [Fact]
    public async Task A_commitment_that_an_activity_carries_out_cannot_be_deleted_but_a_free_one_is_deleted_for_good()
    {
        var url = $"/agreements/edit/{site.Agreement2022}";
        var form = await Forms.GetAsync(site.EditorVn, url);
        var index = RowOf(form, site.JusticeHeadquarters);
        var response = await Forms.PostAsync(site.EditorVn, form, url, [($"Input.Commitments[{index}].Remove", "true")]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ParseAsync(response);
        var row = page.QuerySelectorAll("fieldset.commitment")[index];
        row.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).ShouldContain(t => t.StartsWith("Không thể xóa cam kết này"));
        await using (var db = site.App.Database.NewContext())
        {
            (await db.Commitments.AnyAsync(c => c.Id == site.JusticeHeadquarters, Cancel)).ShouldBeTrue();
            (await db.Activities.AnyAsync(a => a.Commitments.Any(c => c.Id == site.JusticeHeadquarters), Cancel)).ShouldBeTrue();
        }

        // A commitment nothing carries out is deleted for good, with its citations; the other stays.
        var agreement = await CreateAsync(site.EditorVn, "Thỏa thuận bỏ bớt một cam kết");
        var tourism = agreement.Commitments.Single(c => c.Area == CommitmentArea.Tourism);
        await using (var db = site.App.Database.NewContext())
        {
            var source = await db.Sources.Select(s => s.Id).FirstAsync(Cancel);
            db.Citations.Add(new Citation { SourceId = source, RecordKind = RecordKind.Commitment, RecordId = tourism.Id, Quote = "du lịch" });
            await db.SaveChangesAsync(Cancel);
        }
        url = $"/agreements/edit/{agreement.Id}";
        form = await Forms.GetAsync(site.EditorVn, url);
        (await Forms.PostAsync(site.EditorVn, form, url, [($"Input.Commitments[{RowOf(form, tourism.Id)}].Remove", "true")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync("Thỏa thuận bỏ bớt một cam kết"))!.Commitments.ShouldHaveSingleItem().Area.ShouldBe(CommitmentArea.PoliticsAndExternalAffairs);
        await using (var db = site.App.Database.NewContext())
        {
            (await db.Commitments.AnyAsync(c => c.Id == tourism.Id, Cancel)).ShouldBeFalse();
            (await db.Citations.AnyAsync(c => c.RecordKind == RecordKind.Commitment && c.RecordId == tourism.Id, Cancel)).ShouldBeFalse();
            (await db.Agreements.SingleAsync(a => a.Id == agreement.Id, Cancel)).Version.ShouldBeGreaterThan(agreement.Version);
        }
    }

    [Fact]
    public async Task A_viewer_may_neither_open_nor_post_the_form()
    {
        (await site.Viewer.GetAsync(NewAgreement, Cancel)).ShouldRedirectTo("/account/denied");
        (await site.Viewer.GetAsync($"/agreements/edit/{site.Agreement2022}", Cancel)).ShouldRedirectTo("/account/denied");
        var page = await Forms.GetAsync(site.Viewer, $"/agreements/{site.Agreement2022}");
        var forged = await site.Viewer.PostAsync(NewAgreement, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.TitleVi"] = "Thỏa thuận của người xem",
            ["__RequestVerificationToken"] = TestUsers.AntiforgeryToken(page.DocumentElement.OuterHtml),
        }), Cancel);
        forged.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        forged.ShouldRedirectTo("/account/denied");
        (await FindAsync("Thỏa thuận của người xem")).ShouldBeNull();
    }

    [Fact]
    public async Task The_second_of_two_simultaneous_edits_sees_both_versions_and_keeps_what_it_typed()
    {
        var agreement = await CreateAsync(site.EditorVn, "Thỏa thuận hợp tác sửa cùng lúc");
        var url = $"/agreements/edit/{agreement.Id}";
        var formA = await Forms.GetAsync(site.EditorVn, url);
        var formB = await Forms.GetAsync(site.EditorLa, url);
        var tourism = RowOf(formA, agreement.Commitments.Single(c => c.Area == CommitmentArea.Tourism).Id);
        (await Forms.PostAsync(site.EditorVn, formA, url, [("Input.TitleVi", "Thỏa thuận hợp tác (bản của Hà Nội)"), ($"Input.Commitments[{tourism}].Remove", "true")]))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await Forms.PostAsync(site.EditorLa, formB, url, [("Input.TitleVi", "Thỏa thuận hợp tác (bản của Viêng Chăn)")]);

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await ParseAsync(conflict);
        page.QuerySelector(".conflict h2")!.TextContent.ShouldBe("Có người khác vừa lưu bản ghi này");
        var rows = page.QuerySelectorAll(".conflict tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent);
        rows.Keys.ShouldBe(["Tên văn bản (tiếng Việt)", "Nội dung cam kết"], ignoreOrder: true);
        rows["Tên văn bản (tiếng Việt)"].QuerySelector(".theirs")!.TextContent.ShouldBe("Thỏa thuận hợp tác (bản của Hà Nội)");
        rows["Tên văn bản (tiếng Việt)"].QuerySelector(".mine")!.TextContent.ShouldBe("Thỏa thuận hợp tác (bản của Viêng Chăn)");
        rows["Nội dung cam kết"].QuerySelector(".mine")!.TextContent.ShouldContain("Mở thêm tour du lịch");
        rows["Nội dung cam kết"].QuerySelector(".theirs")!.TextContent.ShouldNotContain("Mở thêm tour du lịch");
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe("Thỏa thuận hợp tác (bản của Viêng Chăn)");
        (await FindAsync("Thỏa thuận hợp tác (bản của Hà Nội)")).ShouldNotBeNull();

        // "Use the saved value" for the commitments, then save: their commitments, our title.
        var taken = await ParseAsync(await Forms.PostAsync(site.EditorLa, page, url, button: ("Take", "Commitments")));
        taken.QuerySelectorAll("fieldset.commitment").Length.ShouldBe(1);
        taken.QuerySelectorAll(".conflict tbody tr").ShouldHaveSingleItem().QuerySelector("th")!.TextContent.ShouldBe("Tên văn bản (tiếng Việt)");
        (await Forms.PostAsync(site.EditorLa, taken, url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var merged = (await FindAsync("Thỏa thuận hợp tác (bản của Viêng Chăn)")).ShouldNotBeNull();
        merged.Commitments.ShouldHaveSingleItem().Area.ShouldBe(CommitmentArea.PoliticsAndExternalAffairs);
    }

    [Fact]
    public async Task Add_a_commitment_shows_one_more_empty_row_without_saving_and_an_empty_row_is_ignored()
    {
        const string title = "Thỏa thuận đang nhập";
        var before = await CountAsync();
        var page = await Forms.GetAsync(site.EditorVn, NewAgreement);
        page.QuerySelectorAll("fieldset.commitment").Length.ShouldBe(0);
        var response = await Forms.PostAsync(site.EditorVn, page, NewAgreement, [.. Agreement(title)], ("AddCommitment", "true"));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page = await ParseAsync(response);
        page.QuerySelectorAll("fieldset.commitment").Length.ShouldBe(1);
        ((IHtmlTextAreaElement)page.QuerySelector("#Input_Commitments_0_TextVi")!).Value.ShouldBeEmpty();
        ((IHtmlInputElement)page.QuerySelector("#Input_TitleVi")!).Value.ShouldBe(title);
        page.QuerySelectorAll(".field-error").Select(e => e.TextContent.Trim()).ShouldAllBe(t => t.Length == 0);

        page = await ParseAsync(await Forms.PostAsync(site.EditorVn, page, NewAgreement, Commitment(0, "Culture", "Giao lưu văn hóa.").ToList(), ("AddCommitment", "true")));
        page.QuerySelectorAll("fieldset.commitment").Length.ShouldBe(2);
        ((IHtmlTextAreaElement)page.QuerySelector("#Input_Commitments_0_TextVi")!).Value.ShouldBe("Giao lưu văn hóa.");
        page.QuerySelector("#Input_Commitments_0_Area option[selected]")!.GetAttribute("value").ShouldBe("Culture");
        (await CountAsync()).ShouldBe(before);

        // On an existing agreement too: its rows and one more, nothing saved.
        var existing = await Forms.GetAsync(site.EditorVn, $"/agreements/edit/{site.Agreement2017}");
        var rows = existing.QuerySelectorAll("fieldset.commitment").Length;
        rows.ShouldBe(7);
        var more = await ParseAsync(await Forms.PostAsync(site.EditorVn, existing, $"/agreements/edit/{site.Agreement2017}", button: ("AddCommitment", "true")));
        more.QuerySelectorAll("fieldset.commitment").Length.ShouldBe(rows + 1);
        (await CountAsync()).ShouldBe(before);

        // Saved with the second row left empty: one commitment.
        (await Forms.PostAsync(site.EditorVn, page, NewAgreement)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await FindAsync(title))!.Commitments.ShouldHaveSingleItem().Text.Vi.ShouldBe("Giao lưu văn hóa.");
    }

    [Fact]
    public async Task Markup_typed_into_a_commitment_is_stored_as_written_and_shown_encoded()
    {
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var agreement = await CreateAsync(site.EditorVn, "Thỏa thuận có nội dung lạ", [.. Commitment(1, "Tourism", hostile, "<b>bold</b>")]);
        agreement.Commitments.Select(c => c.Text.Vi).ShouldContain(hostile);
        var html = await site.EditorVn.GetStringAsync($"/agreements/{agreement.Id}", Cancel);
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("<img src=x");
        html.ShouldContain("&lt;script&gt;");
        var form = await site.EditorVn.GetStringAsync($"/agreements/edit/{agreement.Id}", Cancel);
        form.ShouldNotContain("<script>alert");
        form.ShouldNotContain("<b>bold</b>");
    }

    /// <summary>The index of the commitment row holding this commitment in the form.</summary>
    private static int RowOf(IHtmlDocument form, int commitmentId)
    {
        var rows = form.QuerySelectorAll("fieldset.commitment").ToList();
        var index = rows.FindIndex(r => ((IHtmlInputElement)r.QuerySelector("input[name$='.Id']")!).Value == commitmentId.ToString());
        index.ShouldBeGreaterThanOrEqualTo(0, $"no row for commitment {commitmentId}");
        return index;
    }


}
