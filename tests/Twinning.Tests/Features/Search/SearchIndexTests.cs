using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Search;

/// <summary>
/// The indexed search on each engine, through the page a reader uses: every spelling of a place or name in
/// three scripts finds the same records, Lao matches without word boundaries and tone marks, hits are ranked,
/// counted and paged, and a reader sees only what the read rule lets them see.
/// </summary>
public sealed class SearchIndexTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Records of two partnerships, with the spellings the tests look for.</summary>
    private sealed class World
    {
        public int A, B, Vientiane, Thongloun, Reception, MeetingVi, MeetingEn, MeetingLo, MeetingOfB, DraftOfA, LuangNamtha, HoaBinh;
    }

    private async Task<(TwinningAppFactory App, World World)> StartAsync(Engine engine, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false, settings);
        using (app.CreateClient()) { } // starts the host, which migrates
        var w = new World();
        await using (var db = app.Database.NewContext())
        {
            w.A = await TestRecords.SavePartnershipAsync(db);
            (await db.Partnerships.SingleAsync(p => p.Id == w.A, Cancel)).State = RecordState.Approved;
            var b = new Twinning.Features.Partnerships.Partnership
            {
                Name = new("Đà Nẵng – Chăm Pa Sắc", "Da Nang – Champasak"), CityAName = new("Đà Nẵng"), CityACountry = CountryCode.Vietnam,
                CityBName = new("Chăm Pa Sắc", "Champasak", "ຈຳປາສັກ"), CityBCountry = CountryCode.Laos, State = RecordState.Approved,
            };
            db.Partnerships.Add(b);
            var vientiane = Approved(TestRecords.Organisation("org-vte", new("Ủy ban nhân dân Thủ đô Viêng Chăn", "Vientiane Capital Administration", "ອົງການປົກຄອງນະຄອນຫຼວງວຽງຈັນ"), CountryCode.Laos));
            var thongloun = Approved(TestRecords.Person("person-tl", new("Thongloun Sisoulith", "Thongloun Sisoulith", "ທອງລຸນ ສີສຸລິດ"), CountryCode.Laos));
            thongloun.Aliases = [new PersonAlias { Name = "Thoong-lun Xi-xu-lít" }];
            var namtha = Approved(TestRecords.Organisation("org-lnt", new("Sở Ngoại vụ Luông Nặm Tha", "Luang Namtha Foreign Affairs", "ພະແນກການຕ່າງປະເທດ ແຂວງຫຼວງນ້ຳທາ"), CountryCode.Laos, OrganisationKind.Department));
            db.AddRange(vientiane, thongloun, namtha);
            await db.SaveChangesAsync(Cancel);
            w.B = b.Id;
            var meetingVi = Meeting(w.A, "Hội đàm tại Viêng Chăn");
            var meetingEn = Meeting(w.A, "Talks on the river port");
            meetingEn.Summary = new(null, "Held in Vientiane with the capital's departments.");
            var meetingLo = Meeting(w.A, "Trao đổi kinh nghiệm quản lý đô thị");
            meetingLo.Place = new(null, null, "ນະຄອນຫຼວງວຽງຈັນ");
            var hoaBinh = Meeting(w.A, "Gặp mặt đoàn Hòa Bình");
            var reception = Meeting(w.A, "Tiếp đồng chí Thongloun Sisoulith");
            var ofB = Meeting(b.Id, "Hội đàm Viêng Chăn – Chăm Pa Sắc");
            var draft = Meeting(w.A, "Dự thảo chương trình Viêng Chăn");
            draft.State = RecordState.Draft;
            db.AddRange(meetingVi, meetingEn, meetingLo, hoaBinh, reception, ofB, draft);
            await db.SaveChangesAsync(Cancel);
            (w.Vientiane, w.Thongloun, w.LuangNamtha) = (vientiane.Id, thongloun.Id, namtha.Id);
            (w.MeetingVi, w.MeetingEn, w.MeetingLo, w.HoaBinh, w.Reception, w.MeetingOfB, w.DraftOfA) = (meetingVi.Id, meetingEn.Id, meetingLo.Id, hoaBinh.Id, reception.Id, ofB.Id, draft.Id);
        }
        await TestUsers.CreateAsync(app, "viewer-a@search.test", false, new Membership { PartnershipId = w.A, Role = PartnershipRole.Viewer });
        await TestUsers.CreateAsync(app, "editor-a@search.test", false, new Membership { PartnershipId = w.A, Role = PartnershipRole.Editor });
        await TestUsers.CreateAsync(app, "viewer-b@search.test", false, new Membership { PartnershipId = w.B, Role = PartnershipRole.Viewer });
        return (app, w);
    }

    private static T Approved<T>(T record) where T : Twinning.Data.Record
    {
        record.State = RecordState.Approved;
        return record;
    }

    private static Meeting Meeting(int partnershipId, string title) =>
        new() { PartnershipId = partnershipId, Title = new(title), State = RecordState.Approved, StartDate = new DateOnly(2024, 5, 1) };

    /// <summary>What the page shows: per kind, the count it states and the links of its hits, in order.</summary>
    private sealed record Shown(Dictionary<string, int> Counts, Dictionary<string, List<string>> Links, Dictionary<string, bool> More, string Text)
    {
        public List<string> All => Links.Values.SelectMany(l => l).ToList();
    }

    private static async Task<Shown> SearchAsync(HttpClient client, string query, string? kind = null, int page = 1)
    {
        var url = $"/search?q={Uri.EscapeDataString(query)}" + (kind is null ? "" : $"&kind={kind}") + (page > 1 ? $"&p={page}" : "");
        using var response = await client.GetAsync(url, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, url);
        var document = new HtmlParser().ParseDocument(body);
        var groups = document.QuerySelectorAll("section.search-group");
        return new Shown(
            groups.ToDictionary(g => g.GetAttribute("data-kind")!, g => int.Parse(g.GetAttribute("data-count")!)),
            groups.ToDictionary(g => g.GetAttribute("data-kind")!, g => g.QuerySelectorAll("ul li a").Select(a => a.GetAttribute("href")!).ToList()),
            groups.ToDictionary(g => g.GetAttribute("data-kind")!, g => g.GetAttribute("data-more") == "true"),
            document.QuerySelector("main")?.TextContent ?? document.Body!.TextContent);
    }

    [Theory, BothEngines]
    public async Task Every_spelling_of_a_place_in_three_scripts_finds_the_same_records(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        var expected = new[] { $"/organisations/{w.Vientiane}", $"/activities/{w.MeetingVi}", $"/activities/{w.MeetingEn}", $"/activities/{w.MeetingLo}", $"/partnerships/{w.A}/timeline" };
        foreach (var spelling in new[] { "Viêng Chăn", "vieng chan", "VIÊNG CHĂN", "Vientiane", "ວຽງຈັນ", "ນະຄອນຫຼວງ ວຽງຈັນ" })
        {
            var shown = await SearchAsync(viewer, spelling);
            shown.All.ShouldBe(expected, ignoreOrder: true, customMessage: $"{engine}: {spelling}");
        }
    }

    [Theory, BothEngines]
    public async Task Lao_matches_inside_a_run_of_letters_and_ignores_tone_marks_and_typing_order(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        // A name inside a run (Lao has no spaces between words), and the two words typed together.
        (await SearchAsync(viewer, "ສີສຸລິດ")).All.ShouldContain($"/people/{w.Thongloun}");
        (await SearchAsync(viewer, "ທອງລຸນສີສຸລິດ")).All.ShouldContain($"/people/{w.Thongloun}");
        // ຫຼວງນ້ຳທາ stored: full lo for subscript lo, no tone mark, and the tone typed before the vowel sign.
        foreach (var variant in new[] { "ຫລວງນ້ຳທາ", "ຫຼວງນຳທາ", "ຫຼວງນ\u0ECD\u0EC9າທາ", "ແຂວງຫຼວງນ້ຳທາ" })
            (await SearchAsync(viewer, variant)).All.ShouldContain($"/organisations/{w.LuangNamtha}", $"{engine}: {variant}");
        // Another word entirely finds nothing.
        (await SearchAsync(viewer, "ຫຼວງພະບາງ")).All.ShouldBeEmpty();
    }

    [Theory, BothEngines]
    public async Task Vietnamese_accents_d_bar_and_old_or_new_tone_placement_do_not_matter(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        foreach (var query in new[] { "Hòa Bình", "Hoà Bình", "hoa binh", "HOÀ BÌNH" })
            (await SearchAsync(viewer, query)).All.ShouldBe([$"/activities/{w.HoaBinh}"], $"{engine}: {query}");
        (await SearchAsync(viewer, "da nang cham pa sac")).All.ShouldBeEmpty(); // B's partnership: not the viewer's
    }

    [Theory, BothEngines]
    public async Task Any_spelling_of_a_person_finds_them_first_and_the_activities_that_name_them(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        // The reception's title names him in one romanisation only; his other spellings reach it through his record.
        foreach (var spelling in new[] { "Thongloun Sisoulith", "thoong lun xi xu lit", "ທອງລຸນ ສີສຸລິດ", "ທອງລຸນສີສຸລິດ" })
        {
            var shown = await SearchAsync(viewer, spelling);
            shown.Links["Person"].ShouldBe([$"/people/{w.Thongloun}"], $"{engine}: {spelling}");
            shown.Links["Activity"].ShouldBe([$"/activities/{w.Reception}"], $"{engine}: {spelling}");
        }
    }

    [Theory, BothEngines]
    public async Task Two_letters_are_looked_for_in_names_only(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        (await SearchAsync(viewer, "xi")).All.ShouldBe([$"/people/{w.Thongloun}"]); // in his alias
        (await SearchAsync(viewer, "ld")).All.ShouldBeEmpty(); // only in a summary ("Held in Vientiane…")
        (await SearchAsync(viewer, "held")).All.ShouldBe([$"/activities/{w.MeetingEn}"]); // three letters search the text
    }

    [Theory, BothEngines]
    public async Task A_reader_sees_only_their_partnerships_records_and_drafts_per_the_draft_rule(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        using var viewerA = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");
        using var editorA = await TestUsers.SignedInClientAsync(app, "editor-a@search.test");
        using var viewerB = await TestUsers.SignedInClientAsync(app, "viewer-b@search.test");

        var ofA = await SearchAsync(viewerA, "Viêng Chăn");
        ofA.All.ShouldNotContain($"/activities/{w.MeetingOfB}");
        ofA.All.ShouldNotContain($"/activities/{w.DraftOfA}");
        ofA.Counts["Activity"].ShouldBe(3);

        var editor = await SearchAsync(editorA, "Viêng Chăn");
        editor.All.ShouldContain($"/activities/{w.DraftOfA}");
        editor.Counts["Activity"].ShouldBe(4);

        var ofB = await SearchAsync(viewerB, "Viêng Chăn");
        ofB.Links["Activity"].ShouldBe([$"/activities/{w.MeetingOfB}"]);
        ofB.Counts["Activity"].ShouldBe(1);
        ofB.All.ShouldContain($"/organisations/{w.Vientiane}"); // shared records are everyone's
        ofB.All.ShouldNotContain($"/partnerships/{w.A}/timeline");
    }

    [Theory, BothEngines]
    public async Task Own_name_ranks_before_alias_before_part_of_a_name_before_text(Engine engine)
    {
        var (app, _) = await StartAsync(engine);
        await using var __ = app;
        int text, part, alias, exact;
        await using (var db = app.Database.NewContext())
        {
            // Saved in the reverse of the expected order, so the order shown is the ranking's, not the ids'.
            var inText = Approved(TestRecords.Organisation("o-text", new("Hội Hữu nghị"), CountryCode.Vietnam));
            inText.City = "Sisavang";
            db.Add(inText);
            await db.SaveChangesAsync(Cancel);
            var inName = Approved(TestRecords.Organisation("o-part", new("Trường Sisavang Vatthana"), CountryCode.Laos));
            db.Add(inName);
            await db.SaveChangesAsync(Cancel);
            var byAlias = Approved(TestRecords.Organisation("o-alias", new("Công ty Thương mại Lào"), CountryCode.Laos));
            byAlias.Abbreviation = "SISAVANG";
            db.Add(byAlias);
            await db.SaveChangesAsync(Cancel);
            var byName = Approved(TestRecords.Organisation("o-exact", new("Sisavang"), CountryCode.Laos));
            db.Add(byName);
            await db.SaveChangesAsync(Cancel);
            (text, part, alias, exact) = (inText.Id, inName.Id, byAlias.Id, byName.Id);
        }
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");
        var shown = await SearchAsync(viewer, "sisavang", "Organisation");
        shown.Links["Organisation"].ShouldBe([$"/organisations/{exact}", $"/organisations/{alias}", $"/organisations/{part}", $"/organisations/{text}"]);
    }

    [Theory, BothEngines]
    public async Task Counts_cover_every_readable_hit_and_pages_show_each_once(Engine engine)
    {
        var (app, w) = await StartAsync(engine);
        await using var _ = app;
        const int many = 45;
        await using (var db = app.Database.NewContext())
        {
            db.AddRange(Enumerable.Range(1, many).Select(i => Meeting(w.A, $"Xúc tiến thương mại đợt {i}")));
            db.Add(Meeting(w.B, "Xúc tiến thương mại của đối tác khác"));
            await db.SaveChangesAsync(Cancel);
        }
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        var overview = await SearchAsync(viewer, "xuc tien thuong mai");
        overview.Counts.ShouldBe(new Dictionary<string, int> { ["Activity"] = many });
        overview.Links["Activity"].Count.ShouldBe(Twinning.Features.Search.SearchService.PreviewSize);

        var seen = new List<string>();
        for (var page = 1; page <= 3; page++)
            seen.AddRange((await SearchAsync(viewer, "xuc tien thuong mai", "Activity", page)).Links["Activity"]);
        seen.Count.ShouldBe(many);
        seen.Distinct().Count().ShouldBe(many);
        (await SearchAsync(viewer, "xuc tien thuong mai", "Activity", 3)).Links["Activity"].Count.ShouldBe(many - 2 * Twinning.Features.Search.SearchService.PageSize);
    }

    [Theory, BothEngines]
    public async Task A_word_in_more_records_than_the_cap_says_more_than_and_still_lists_name_hits_first(Engine engine)
    {
        const int cap = 5;
        var (app, w) = await StartAsync(engine, new Dictionary<string, string> { ["Search:CountCap"] = $"{cap}" });
        await using var _ = app;
        int named;
        await using (var db = app.Database.NewContext())
        {
            // Text hits first (lower ids, so an index that returns rows in id order meets them first), then one
            // activity whose own title is the words, and the other partnership's many mentions.
            for (var i = 1; i <= 3 * cap; i++)
            {
                var mention = Meeting(w.A, $"Làm việc lần {i}");
                mention.Summary = new($"Bàn về bến cảng Chiềng Khương và tuyến đường {i}.");
                db.Add(mention);
            }
            db.AddRange(Enumerable.Range(1, 3 * cap).Select(i => Meeting(w.B, $"Cảng Chiềng Khương đợt {i}")));
            await db.SaveChangesAsync(Cancel);
            var title = Meeting(w.A, "Cảng Chiềng Khương");
            db.Add(title);
            await db.SaveChangesAsync(Cancel);
            named = title.Id;
        }
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer-a@search.test");

        var overview = await SearchAsync(viewer, "cang chieng khuong");
        overview.Counts["Activity"].ShouldBe(cap);
        overview.More["Activity"].ShouldBeTrue();
        overview.Text.ShouldContain($"hơn {cap}");
        overview.Links["Activity"][0].ShouldBe($"/activities/{named}");

        var one = await SearchAsync(viewer, "cang chieng khuong", "Activity");
        one.Links["Activity"].Count.ShouldBe(cap);
        one.Links["Activity"][0].ShouldBe($"/activities/{named}");
        one.Text.ShouldContain($"Chỉ liệt kê {cap} kết quả đầu");

        // Under the cap, counts are exact and say nothing of "more".
        using var other = await TestUsers.SignedInClientAsync(app, "viewer-b@search.test");
        var few = await SearchAsync(other, "chieng khuong dot 3");
        few.Counts.ShouldBe(new Dictionary<string, int> { ["Activity"] = 1 });
        few.More["Activity"].ShouldBeFalse();
    }
}
