using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Audit;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Features.Exports;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>
/// The people and organisations an activity row names (a visit's leader and participants, an event's organisers,
/// a project's funder): by ID, or by a name that fits exactly one record the user may read; any other name is the
/// cell's error. And a Contributor's change of their organisation's activity becomes a draft, as on its form.
/// </summary>
public sealed class ActivityLinkSheetTests(SpreadsheetsApp app) : IClassFixture<SpreadsheetsApp>
{
    private static readonly ExportWords Vi = ExportWords.Vi;

    [Fact]
    public async Task Links_are_read_by_id_or_by_one_fitting_name_and_accepting_writes_them()
    {
        var seed = await SeedAsync();
        var school = await app.Factory.WithAppDbAsync(db => db.Projects.SingleAsync(p => p.Key == "proj-test-planned-school"));
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), Vi.SheetTitle("visits"),
            new Dictionary<string, object>
            {
                [Vi.Header("title_vi")] = "Đoàn liên kết L", [Vi.Header("start_date")] = new DateOnly(2025, 8, 1),
                // Folded as search folds it: no diacritics, any case.
                [Vi.Header("leader")] = "tran van kiem thu l", [Vi.Header("participants")] = $"Trần Văn Kiểm Thử L; #{seed.Other}",
            },
            new Dictionary<string, object> { [Vi.Header("title_vi")] = "Đoàn trưởng đoàn trùng tên L", [Vi.Header("leader")] = "Nguyễn Văn Trùng L" },
            new Dictionary<string, object> { [Vi.Header("title_vi")] = "Đoàn người lạ L", [Vi.Header("participants")] = "Ai Đó Không Có L" },
            new Dictionary<string, object> { [Vi.Header("title_vi")] = "Đoàn mã số sai L", [Vi.Header("leader_id")] = 999999 });
        file = TemplateFiller.Fill(file, Vi.SheetTitle("events"), new Dictionary<string, object>
        {
            [Vi.Header("title_vi")] = "Hội chợ liên kết L", [Vi.Header("start_date")] = new DateOnly(2025, 9, 1),
            [Vi.Header("organisers")] = $"Sở Kiểm thử Hà Nội L; #{seed.Association}",
        });
        file = TemplateFiller.Fill(file, Vi.SheetTitle("projects"), new Dictionary<string, object>
        {
            [Vi.Header("id")] = school.Id, [Vi.Header("funder")] = "SỞ KIỂM THỬ HÀ NỘI L",
        });

        var (response, review) = await app.UploadAsync(app.EditorOfA, file);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var visits = review.QuerySelectorAll("table.spreadsheet-review").Single(t => t.QuerySelector("caption")!.TextContent == Vi.SheetTitle("visits")).QuerySelectorAll("tbody tr").ToList();
        visits.Select(r => r.ClassName).ShouldBe(["row-new", "row-invalid", "row-invalid", "row-invalid"]);
        visits[1].TextContent.ShouldContain($"Dòng 3, cột Trưởng đoàn: Nguyễn Văn Trùng L có thể là nhiều nhân vật: Nguyễn Văn Trùng L (#{seed.Twins[0]}); Nguyễn Văn Trùng L (#{seed.Twins[1]}); hãy ghi mã số");
        visits[2].TextContent.ShouldContain("Dòng 4, cột Người tham gia: không tìm thấy nhân vật nào tên Ai Đó Không Có L");
        visits[3].TextContent.ShouldContain("Dòng 5, cột Trưởng đoàn (mã số): không có nhân vật nào mang mã số 999999");
        review.QuerySelectorAll("tr.row-new").Length.ShouldBe(2);
        var project = review.QuerySelector("tr.row-changed")!;
        project.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/activities/{school.Id}");
        project.QuerySelector("ul.changes")!.TextContent.ShouldContain($"Bên tài trợ: (trống) → Sở Kiểm thử Hà Nội L (#{seed.Department})");

        var (accepted, _) = await app.AcceptAsync(app.EditorOfA, review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var (visit, fair, funded) = await app.Factory.WithAppDbAsync(async db => (
            await db.Visits.Include(v => v.Participants).SingleAsync(v => v.Title.Vi == "Đoàn liên kết L"),
            await db.Events.Include(e => e.Organisers).SingleAsync(e => e.Title.Vi == "Hội chợ liên kết L"),
            await db.Projects.SingleAsync(p => p.Id == school.Id)));
        visit.LeaderId.ShouldBe(seed.Person);
        visit.Participants.Select(p => p.PersonId).ShouldBe([seed.Person, seed.Other], ignoreOrder: true);
        fair.Organisers.Select(o => o.Id).ShouldBe([seed.Department, seed.Association], ignoreOrder: true);
        (funded.FunderId, funded.Version, funded.State).ShouldBe((seed.Department, school.Version + 1, RecordState.Approved));
        var audit = await app.Factory.WithAppDbAsync(db => db.AuditEntries.SingleAsync(e => e.RecordType == "Project" && e.RecordId == school.Id && e.Action == AuditAction.Updated && e.UserName == "editor-a@sheets.test"));
        audit.Changes.ShouldContain($"\"FunderId\":{{\"before\":null,\"after\":{seed.Department}}}");
    }

    [Fact]
    public async Task A_contributor_cannot_link_a_draft_they_may_not_read_and_their_change_to_their_activity_becomes_a_draft()
    {
        var seed = await SeedAsync(" C");
        var own = await app.Factory.WithAppDbAsync(async db =>
        {
            var visit = new Visit
            {
                PartnershipId = app.PartnershipA, OwnerOrganisationId = app.ContributorOrganisation, State = RecordState.Approved,
                Title = new("Đoàn của tổ chức cộng tác viên"), StartDate = new DateOnly(2025, 11, 3),
            };
            db.Visits.Add(visit);
            await db.SaveChangesAsync();
            return visit.Id;
        });
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.ContributorOfA), Vi.SheetTitle("visits"),
            new Dictionary<string, object> { [Vi.Header("id")] = own, [Vi.Header("title_en")] = "Delegation of the contributor's body", [Vi.Header("leader")] = $"#{seed.Person}" },
            new Dictionary<string, object> { [Vi.Header("title_vi")] = "Đoàn có trưởng đoàn nháp", [Vi.Header("leader")] = "Người Nháp Bí Mật L C" });

        var (_, review) = await app.UploadAsync(app.ContributorOfA, file);
        var rows = review.QuerySelectorAll("table.spreadsheet-review tbody tr").ToList();
        rows.Select(r => r.ClassName).ShouldBe(["row-changed", "row-invalid"]);
        rows[1].TextContent.ShouldContain("Dòng 3, cột Trưởng đoàn: không tìm thấy nhân vật nào tên Người Nháp Bí Mật L C");

        await app.AcceptAsync(app.ContributorOfA, review);
        var changed = await app.Factory.WithAppDbAsync(db => db.Visits.SingleAsync(v => v.Id == own));
        (changed.State, changed.Title.En, changed.LeaderId).ShouldBe((RecordState.Draft, "Delegation of the contributor's body", seed.Person));
        var audit = await app.Factory.WithAppDbAsync(db => db.AuditEntries.SingleAsync(e => e.RecordType == "Visit" && e.RecordId == own && e.Action == AuditAction.Updated));
        audit.UserName.ShouldBe("contributor-a@sheets.test");
    }

    [Fact]
    public async Task An_activity_row_exported_before_the_activity_was_saved_again_is_a_conflict()
    {
        var school = await app.Factory.WithAppDbAsync(db => db.Projects.SingleAsync(p => p.Key == "proj-test-planned-school"));
        var edited = WorkbookEditor.Edit(await app.WorkbookAsync(app.EditorOfA), Vi.SheetTitle("projects"), school.Id,
            new Dictionary<string, string?> { [Vi.Header("sector")] = "Giáo dục (trong tệp)" });
        await app.Factory.WithAppDbAsync(async db =>
        {
            (await db.Projects.SingleAsync(p => p.Id == school.Id)).Sector = "Giáo dục (trên trang)";
            return await db.SaveChangesAsync();
        });

        var (_, review) = await app.UploadAsync(app.EditorOfA, edited, "export.xlsx");
        var conflict = review.QuerySelectorAll("tr.row-conflict").ShouldHaveSingleItem();
        conflict.QuerySelector("a")!.GetAttribute("href").ShouldBe($"/activities/{school.Id}");
        conflict.QuerySelector("ul.changes")!.TextContent.ShouldContain("Lĩnh vực: Giáo dục (trên trang) → Giáo dục (trong tệp)");
        review.QuerySelector("form[action*='handler=Accept']").ShouldBeNull("a conflict alone gives nothing to accept");
        (await app.Factory.WithAppDbAsync(db => db.Projects.SingleAsync(p => p.Id == school.Id))).Sector.ShouldBe("Giáo dục (trên trang)");
    }

    private sealed record Seeded(int Person, int Other, int[] Twins, int Department, int Association);

    /// <summary>Approved people and organisations for the links (two people of one name among them), and a draft person nobody here made.</summary>
    private async Task<Seeded> SeedAsync(string tag = "") => await app.Factory.WithAppDbAsync(async db =>
    {
        var person = new Person { Name = new($"Trần Văn Kiểm Thử L{tag}"), Country = "VN", State = RecordState.Approved };
        var other = new Person { Name = new($"Lê Thị Tham Gia L{tag}"), Country = "LA", State = RecordState.Approved };
        var twins = new[] { new Person { Name = new($"Nguyễn Văn Trùng L{tag}"), Country = "VN", State = RecordState.Approved }, new Person { Name = new($"Nguyễn Văn Trùng L{tag}"), Country = "LA", State = RecordState.Approved } };
        var draft = new Person { Name = new($"Người Nháp Bí Mật L{tag}"), Country = "VN", State = RecordState.Draft };
        var department = new Organisation { Name = new($"Sở Kiểm thử Hà Nội L{tag}"), Kind = OrganisationKind.Department, Country = "VN", State = RecordState.Approved };
        var association = new Organisation { Name = new($"Hội Hữu nghị L{tag}"), Kind = OrganisationKind.Association, Country = "LA", State = RecordState.Approved };
        db.AddRange(person, other, twins[0], twins[1], draft, department, association);
        await db.SaveChangesAsync();
        return new Seeded(person.Id, other.Id, twins.Select(t => t.Id).ToArray(), department.Id, association.Id);
    });
}
