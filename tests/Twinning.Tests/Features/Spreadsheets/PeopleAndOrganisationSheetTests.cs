using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Audit;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Workflow;
using Twinning.Tests.Features.Exports;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>
/// People and organisations from a spreadsheet, and updates of rows that are records already: a row matched by
/// ID, key or a folded name or alias; a changed row shown field by field and written through the workflow and
/// the audit trail; a row exported before someone saved the record is a conflict, never an overwrite.
/// </summary>
public sealed class PeopleAndOrganisationSheetTests(SpreadsheetsApp app) : IClassFixture<SpreadsheetsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static readonly ExportWords Vi = ExportWords.Vi;
    private static string PeopleSheet => Vi.SheetTitle("people");
    private static string OrganisationsSheet => Vi.SheetTitle("organisations");

    [Fact]
    public async Task People_and_organisation_rows_are_new_changed_or_invalid_and_accepting_writes_them_with_their_audit()
    {
        var (person, _, twins, organisation) = await SeedAsync("A");
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), PeopleSheet,
            new Dictionary<string, object>
            {
                [Vi.Header("name_vi")] = "Phạm Thị Bảng Tính A", [Vi.Header("name_lo")] = "ຟ້າມ ທິ ບັງ ຕິ້ງ", [Vi.Header("country")] = "vn",
                [Vi.Header("aliases")] = "Pham Thi Bang Tinh A; Bà Bảng Tính A",
            },
            // Recognised by its name (no ID): the side differs, so the row is a change.
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Trần Văn Kiểm Thử A", [Vi.Header("country")] = "LA" },
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Người Sai Quốc Gia A", [Vi.Header("country")] = "Vietnam" },
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Nguyễn Văn Trùng A", [Vi.Header("country")] = "VN" },
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Người Thiếu Quốc Gia A" },
            // Recognised by its alias alone (the name folds to the same key): nothing differs.
            new Dictionary<string, object> { [Vi.Header("aliases")] = "Tran Van Kiem Thu A" });
        file = TemplateFiller.Fill(file, OrganisationsSheet,
            new Dictionary<string, object>
            {
                [Vi.Header("name_vi")] = "Phòng Bảng tính Viêng Chăn A", [Vi.Header("kind")] = "Sở, ngành", [Vi.Header("country")] = "LA",
                [Vi.Header("parent")] = "sở kiểm thử hà nội a",
            },
            new Dictionary<string, object> { [Vi.Header("id")] = organisation, [Vi.Header("abbreviation")] = "SKT-A" },
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Cơ quan con A", [Vi.Header("country")] = "VN", [Vi.Header("parent")] = "Không Có Cơ Quan Này" });
        var before = await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync);

        var (response, review) = await app.UploadAsync(app.EditorOfA, file);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before, "the review writes nothing");
        var people = RowsOf(review, PeopleSheet);
        people.Select(r => r.ClassName).ShouldBe(["row-new", "row-changed", "row-invalid", "row-invalid", "row-invalid", "row-matching"]);
        people[1].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/people/{person}");
        people[1].QuerySelector("ul.changes")!.TextContent.ShouldContain("Quốc gia: VN → LA");
        people[2].TextContent.ShouldContain("Dòng 4, cột Quốc gia: Vietnam không phải mã quốc gia hai chữ cái (ví dụ VN, LA)");
        people[3].TextContent.ShouldContain($"Dòng 5 ứng với nhiều bản ghi: Nguyễn Văn Trùng A (#{twins[0]}); Nguyễn Văn Trùng A (#{twins[1]}). Hãy ghi mã số vào cột Mã số");
        people[4].TextContent.ShouldContain("Dòng 6, cột Quốc gia: bắt buộc");
        var organisations = RowsOf(review, OrganisationsSheet);
        organisations.Select(r => r.ClassName).ShouldBe(["row-new", "row-changed", "row-invalid"]);
        organisations[1].QuerySelector("ul.changes")!.TextContent.ShouldContain("Tên viết tắt: (trống) → SKT-A");
        organisations[2].TextContent.ShouldContain("Dòng 4, cột Cấp trên: không tìm thấy cơ quan, tổ chức nào tên Không Có Cơ Quan Này");
        review.QuerySelector("#blank-cells")!.TextContent.ShouldContain("Ô để trống giữ nguyên giá trị đang có của bản ghi");
        review.QuerySelector("#review-counts")!.TextContent.ShouldBe("2 mới, 2 thay đổi, 0 xung đột, 1 đã có, 4 có lỗi");

        var (accepted, page) = await app.AcceptAsync(app.EditorOfA, review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#accepted")!.TextContent.ShouldContain("Đã thêm 2 bản ghi. Đã cập nhật 2 bản ghi.");

        var (added, changed, newOrganisation, changedOrganisation) = await app.Factory.WithAppDbAsync(async db => (
            await db.People.Include(p => p.Aliases).SingleAsync(p => p.Name.Vi == "Phạm Thị Bảng Tính A"),
            await db.People.SingleAsync(p => p.Id == person),
            await db.Organisations.SingleAsync(o => o.Name.Vi == "Phòng Bảng tính Viêng Chăn A"),
            await db.Organisations.SingleAsync(o => o.Id == organisation)));
        (added.Country, added.Name.Lo, added.State).ShouldBe(("VN", "ຟ້າມ ທິ ບັງ ຕິ້ງ", RecordState.Approved));
        added.Aliases.Select(a => a.Name).ShouldBe(["Pham Thi Bang Tinh A", "Bà Bảng Tính A"], ignoreOrder: true);
        (changed.Country, changed.Name.Vi, changed.Version).ShouldBe(("LA", "Trần Văn Kiểm Thử A", 2));
        (newOrganisation.Kind, newOrganisation.Country, newOrganisation.ParentId).ShouldBe((OrganisationKind.Department, "LA", organisation));
        changedOrganisation.Abbreviation.ShouldBe("SKT-A");

        var audit = await app.Factory.WithAppDbAsync(db => db.AuditEntries
            .Where(e => (e.RecordType == "Person" && (e.RecordId == added.Id || e.RecordId == person)) || (e.RecordType == "Organisation" && (e.RecordId == newOrganisation.Id || e.RecordId == organisation)))
            .Where(e => e.UserName == "editor-a@sheets.test").ToListAsync());
        audit.Select(e => (e.RecordId, e.Action)).ShouldBe([(added.Id, AuditAction.Created), (person, AuditAction.Updated), (newOrganisation.Id, AuditAction.Created), (organisation, AuditAction.Updated)], ignoreOrder: true);
        audit.Single(e => e.RecordId == person && e.RecordType == "Person").Changes.ShouldContain("\"Country\":{\"before\":\"VN\",\"after\":\"LA\"}");
        audit.Single(e => e.RecordId == organisation && e.RecordType == "Organisation").Changes.ShouldContain("\"after\":\"SKT-A\"");
    }

    [Fact]
    public async Task A_row_exported_before_someone_saved_the_record_is_a_conflict_and_the_rest_is_written()
    {
        var (person, _, _, _) = await SeedAsync("B");
        // A partnership's workbook carries the people its records name: this one leads one of A's visits.
        await app.Factory.WithAppDbAsync(async db =>
        {
            db.Visits.Add(new Twinning.Features.Visits.Visit { PartnershipId = app.PartnershipA, State = RecordState.Approved, Title = new("Đoàn có trưởng đoàn B"), LeaderId = person });
            return await db.SaveChangesAsync();
        });
        var export = await app.WorkbookAsync(app.EditorOfA);
        var edited = WorkbookEditor.Edit(export, PeopleSheet, person, new Dictionary<string, string?> { [Vi.Header("name_en")] = "Tran Van Kiem Thu (file)" });
        edited = TemplateFiller.Fill(edited, OrganisationsSheet, new Dictionary<string, object> { [Vi.Header("name_vi")] = "Cơ quan mới sau xung đột B", [Vi.Header("country")] = "VN" });
        // Someone saves the person after the export.
        await app.Factory.WithAppDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == person)).Name.En = "Tran Van Kiem Thu (page)";
            return await db.SaveChangesAsync();
        });

        var (_, review) = await app.UploadAsync(app.EditorOfA, edited, "export.xlsx");
        var conflict = RowsOf(review, PeopleSheet).Where(r => r.ClassName == "row-conflict").ShouldHaveSingleItem();
        conflict.TextContent.ShouldContain("bản ghi đã được lưu sau khi xuất tệp (phiên bản 1 trong tệp, hiện là 2); dòng này không được ghi");
        conflict.QuerySelector("ul.changes")!.TextContent.ShouldContain("Tran Van Kiem Thu (page) → Tran Van Kiem Thu (file)");
        review.QuerySelectorAll("tr.row-changed").ShouldBeEmpty();

        var (accepted, page) = await app.AcceptAsync(app.EditorOfA, review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#accepted")!.TextContent.ShouldContain("Đã thêm 1 bản ghi. Đã cập nhật 0 bản ghi.");
        (await app.Factory.WithAppDbAsync(db => db.People.SingleAsync(p => p.Id == person))).Name.En.ShouldBe("Tran Van Kiem Thu (page)");
        (await app.Factory.WithAppDbAsync(db => db.Organisations.CountAsync(o => o.Name.Vi == "Cơ quan mới sau xung đột B"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_record_saved_between_the_review_and_the_acceptance_makes_the_acceptance_write_nothing()
    {
        var (person, _, _, organisation) = await SeedAsync("C");
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), PeopleSheet,
            new Dictionary<string, object> { [Vi.Header("id")] = person, [Vi.Header("name_en")] = "Tran Van Kiem Thu (sheet)" },
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Người mới không được ghi C", [Vi.Header("country")] = "VN" });
        file = TemplateFiller.Fill(file, OrganisationsSheet, new Dictionary<string, object> { [Vi.Header("id")] = organisation, [Vi.Header("city")] = "Hà Nội" });
        var (_, review) = await app.UploadAsync(app.EditorOfA, file);
        RowsOf(review, PeopleSheet).Select(r => r.ClassName).ShouldBe(["row-changed", "row-new"]);
        await app.Factory.WithAppDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == person)).Name.En = "Tran Van Kiem Thu (saved meanwhile)";
            return await db.SaveChangesAsync();
        });
        var before = await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync);

        var (accepted, page) = await app.AcceptAsync(app.EditorOfA, review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        page.QuerySelector("#changed-since-review")!.TextContent.ShouldContain("Không ghi gì cả: bản ghi của dòng 2 đã được người khác lưu sau khi bạn xem lại.");
        page.QuerySelector("form[action*='handler=Accept']").ShouldBeNull();
        (await app.Factory.WithAppDbAsync(RowCounts.PerTableAsync)).ShouldBe(before);
        (await app.Factory.WithAppDbAsync(db => db.People.SingleAsync(p => p.Id == person))).Name.En.ShouldBe("Tran Van Kiem Thu (saved meanwhile)");
        (await app.Factory.WithAppDbAsync(db => db.Organisations.SingleAsync(o => o.Id == organisation))).City.ShouldBeNull();
    }

    [Fact]
    public async Task A_contributor_adds_people_as_drafts_but_may_not_change_an_approved_person()
    {
        var (person, _, _, _) = await SeedAsync("D");
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.ContributorOfA), PeopleSheet,
            new Dictionary<string, object> { [Vi.Header("id")] = person, [Vi.Header("country")] = "TH" },
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Người của cộng tác viên D", [Vi.Header("country")] = "LA" });
        var (_, review) = await app.UploadAsync(app.ContributorOfA, file);
        var rows = RowsOf(review, PeopleSheet);
        rows.Select(r => r.ClassName).ShouldBe(["row-invalid", "row-new"]);
        rows[0].TextContent.ShouldContain("Dòng 2: bạn không có quyền thay đổi bản ghi này");

        await app.AcceptAsync(app.ContributorOfA, review);
        var added = await app.Factory.WithAppDbAsync(db => db.People.SingleAsync(p => p.Name.Vi == "Người của cộng tác viên D"));
        added.State.ShouldBe(RecordState.Draft);
        (await app.Factory.WithAppDbAsync(db => db.People.SingleAsync(p => p.Id == person))).Country.ShouldBe("VN");
    }

    [Fact]
    public async Task An_exported_workbook_with_its_people_and_organisations_proposes_nothing()
    {
        await SeedAsync("E");
        var export = await app.WorkbookAsync(app.EditorOfA);
        var (response, review) = await app.UploadAsync(app.EditorOfA, export, "export.xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        review.QuerySelectorAll("tr:not(.row-matching)").Where(r => r.ParentElement?.TagName == "TBODY").ShouldBeEmpty();
        // Every row of the file comes back as already recorded; the file holds the shared records A's records name.
        using var workbook = new WorkbookReader(export);
        RowsOf(review, PeopleSheet).Count.ShouldBe(workbook.Named("people").Count);
        RowsOf(review, OrganisationsSheet).Count.ShouldBe(workbook.Named("organisations").Count);
        workbook.Named("people").Count.ShouldBeGreaterThan(0);
        review.QuerySelector("#nothing-new").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_viewer_and_an_editor_of_another_partnership_are_denied_the_upload()
    {
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), PeopleSheet,
            new Dictionary<string, object> { [Vi.Header("name_vi")] = "Người bị từ chối", [Vi.Header("country")] = "VN" });
        foreach (var client in new[] { app.ViewerOfA, app.EditorOfB })
        {
            (await client.GetAsync(app.Url, Cancel)).ShouldRedirectTo("/account/denied");
            var own = client == app.EditorOfB ? $"/partnerships/{app.PartnershipB}/spreadsheets" : null;
            if (own is not null)
            {
                // Their own page's form and token, posted to A's address: still refused.
                var form = await Forms.GetAsync(client, own);
                using var content = new MultipartFormDataContent
                {
                    { new StringContent(TestUsers.AntiforgeryToken(form.DocumentElement.OuterHtml)), "__RequestVerificationToken" },
                    { new ByteArrayContent(file), "Workbook", "people.xlsx" },
                };
                (await client.PostAsync(app.Url, content, Cancel)).ShouldRedirectTo("/account/denied");
            }
        }
        (await app.Factory.WithAppDbAsync(db => db.People.CountAsync(p => p.Name.Vi == "Người bị từ chối"))).ShouldBe(0);
    }

    /// <summary>
    /// A person with an alias, two people of one name, a second person and an organisation, all approved, named
    /// with <paramref name="tag"/> so each test has its own.
    /// </summary>
    private async Task<(int Person, int Other, int[] Twins, int Organisation)> SeedAsync(string tag) => await app.Factory.WithAppDbAsync(async db =>
    {
        var person = new Person { Name = new($"Trần Văn Kiểm Thử {tag}"), Country = "VN", State = RecordState.Approved, Aliases = [new PersonAlias { Name = $"Tran Van Kiem Thu {tag}" }] };
        var other = new Person { Name = new($"Lê Thị Tham Gia {tag}"), Country = "LA", State = RecordState.Approved };
        var twins = new[] { new Person { Name = new($"Nguyễn Văn Trùng {tag}"), Country = "VN", State = RecordState.Approved }, new Person { Name = new($"Nguyễn Văn Trùng {tag}"), Country = "LA", State = RecordState.Approved } };
        var organisation = new Organisation { Name = new($"Sở Kiểm thử Hà Nội {tag}"), Kind = OrganisationKind.Department, Country = "VN", State = RecordState.Approved };
        db.AddRange(person, other, twins[0], twins[1], organisation);
        await db.SaveChangesAsync();
        return (person.Id, other.Id, twins.Select(t => t.Id).ToArray(), organisation.Id);
    });

    private static List<AngleSharp.Dom.IElement> RowsOf(AngleSharp.Html.Dom.IHtmlDocument review, string sheet) =>
        review.QuerySelectorAll("table.spreadsheet-review").Single(t => t.QuerySelector("caption")!.TextContent == sheet)
            .QuerySelectorAll("tbody tr").ToList();
}
