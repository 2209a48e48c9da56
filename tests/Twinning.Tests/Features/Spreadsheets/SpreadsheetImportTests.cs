using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Activities;
using Twinning.Features.Audit;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Features.Exports;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>
/// A template filled in, uploaded, reviewed row by row and accepted: what the review says of each row, what
/// is written (and by whose rights), and that an exported workbook imported again proposes nothing new.
/// </summary>
public sealed class SpreadsheetImportTests(SpreadsheetsApp app) : IClassFixture<SpreadsheetsApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static readonly ExportWords Vi = ExportWords.Vi;
    private static string Visits => Vi.SheetTitle("visits");

    private static Dictionary<string, object> Visit(string title, object start, string direction = "Đoàn vào") => new()
    {
        [Vi.Header("title_vi")] = title, [Vi.Header("start_date")] = start, [Vi.Header("direction")] = direction,
        [Vi.Header("status")] = "Hoàn thành", [Vi.Header("place_lo")] = "ນະຄອນຫຼວງວຽງຈັນ",
    };

    [Fact]
    public async Task Each_row_is_shown_as_new_matching_or_invalid_with_the_cells_error_and_accepting_writes_the_new_ones()
    {
        var existing = await app.Factory.WithAppDbAsync(db => db.Visits.FirstAsync(v => v.PartnershipId == app.PartnershipA && v.State == RecordState.Approved && v.StartDate != null && v.Title.Vi != null));
        var commitments = await app.Factory.WithAppDbAsync(db => db.Commitments.Where(c => c.Agreement!.PartnershipId == app.PartnershipA && c.Key != null).OrderBy(c => c.Id).Take(2).ToListAsync());
        var withCommitments = Visit("Đoàn Sở Văn hóa Viêng Chăn thăm Hà Nội", new DateOnly(2025, 3, 12));
        // One picked from the list (key and text), one typed by its key alone.
        withCommitments[Vi.Header("commitments")] = $"{commitments[0].Key}: {commitments[0].Text.Vi}; {commitments[1].Key}";
        var unknownCommitment = Visit("Đoàn thực hiện cam kết lạ", new DateOnly(2025, 5, 1));
        unknownCommitment[Vi.Header("commitments")] = "cmt-khong-co";
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.EditorOfA), Visits,
            withCommitments,
            Visit("Đoàn có ngày sai", "31/02/2024"),
            // Only what recognises it, the rest blank: blank cells leave the record as it is, so the row changes nothing.
            new Dictionary<string, object> { [Vi.Header("title_vi")] = existing.Title.Vi!, [Vi.Header("start_date")] = existing.StartDate!.Value },
            Visit("Đoàn có hướng lạ", new DateOnly(2025, 4, 1), direction: "Sang phải"),
            unknownCommitment);
        var before = await CountsAsync();

        var (response, review) = await app.UploadAsync(app.EditorOfA, file);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = review.QuerySelectorAll("table.spreadsheet-review tbody tr").ToList();
        rows.Select(r => r.ClassName).ShouldBe(["row-new", "row-invalid", "row-matching", "row-invalid", "row-invalid"]);
        rows[1].TextContent.ShouldContain("Dòng 3, cột Ngày bắt đầu: 31/02/2024 không phải là ngày");
        rows[2].QuerySelector("a")!.GetAttribute("href").ShouldBe($"/activities/{existing.Id}");
        rows[3].TextContent.ShouldContain("Dòng 5, cột Hướng đoàn: Sang phải không thuộc danh sách: Đoàn ra; Đoàn vào; Chung / trực tuyến");
        rows[4].TextContent.ShouldContain("Dòng 6, cột Cam kết thực hiện: cmt-khong-co không phải là cam kết trong các thỏa thuận của quan hệ đối tác này");
        (await CountsAsync()).ShouldBe(before, "the review writes nothing");

        var (accepted, page) = await app.AcceptAsync(app.EditorOfA, review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#accepted")!.TextContent.ShouldContain("Đã thêm 1 bản ghi.");
        var added = await app.Factory.WithAppDbAsync(db => db.Visits.Include(v => v.Commitments).SingleAsync(v => v.Title.Vi == "Đoàn Sở Văn hóa Viêng Chăn thăm Hà Nội"));
        added.Commitments.Select(c => c.Id).ShouldBe(commitments.Select(c => c.Id), ignoreOrder: true);
        (added.PartnershipId, added.StartDate, added.Direction, added.Status, added.Place!.Lo, added.State)
            .ShouldBe((app.PartnershipA, new DateOnly(2025, 3, 12), Direction.BToA, ActivityStatus.Completed, "ນະຄອນຫຼວງວຽງຈັນ", RecordState.Approved));
        var audit = await app.Factory.WithAppDbAsync(db => db.AuditEntries.Where(e => e.RecordId == added.Id && e.Action == AuditAction.Created).ToListAsync());
        audit.ShouldHaveSingleItem().UserName.ShouldBe("editor-a@sheets.test");
        (await CountsAsync()).ShouldBe((before.Activities + 1, before.Audit + 1));
    }

    [Fact]
    public async Task A_contributors_rows_become_drafts_of_their_organisation()
    {
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.ContributorOfA), Vi.SheetTitle("events"), new Dictionary<string, object>
        {
            [Vi.Header("title_vi")] = "Hội chợ hàng Việt tại Viêng Chăn (bảng tính)", [Vi.Header("start_date")] = new DateOnly(2025, 10, 2),
            [Vi.Header("event_kind")] = "Hội chợ", [Vi.Header("end_date")] = new DateOnly(2025, 10, 5),
        });
        var (_, review) = await app.UploadAsync(app.ContributorOfA, file);
        review.QuerySelectorAll("tr.row-new").Length.ShouldBe(1);
        await app.AcceptAsync(app.ContributorOfA, review);

        var added = await app.Factory.WithAppDbAsync(db => db.Events.SingleAsync(e => e.Title.Vi == "Hội chợ hàng Việt tại Viêng Chăn (bảng tính)"));
        (added.State, added.OwnerOrganisationId, added.EventKind, added.EndDate)
            .ShouldBe((RecordState.Draft, app.ContributorOrganisation, Twinning.Features.Events.EventKind.Fair, new DateOnly(2025, 10, 5)));
    }

    [Fact]
    public async Task A_row_changing_a_draft_the_user_may_not_read_is_refused_without_naming_it()
    {
        // The export tests' draft visit of A, made by nobody here: a Contributor of another organisation may not read it.
        var draft = await app.Factory.WithAppDbAsync(db => db.Visits.SingleAsync(v => v.Title.Vi == ExportsApp.DraftTitle));
        var file = TemplateFiller.Fill(await app.TemplateAsync(app.ContributorOfA), Visits,
            new Dictionary<string, object> { [Vi.Header("id")] = draft.Id, [Vi.Header("title_vi")] = "Tên khác" });

        // The row would change the title: refused without naming the record, to a user who may not read it.
        var (_, review) = await app.UploadAsync(app.ContributorOfA, file);
        var row = review.QuerySelector("tr.row-invalid")!;
        row.QuerySelector("a").ShouldBeNull();
        row.TextContent.ShouldNotContain(ExportsApp.DraftTitle);
        row.TextContent.ShouldContain("Dòng 2: bạn không có quyền thay đổi bản ghi này");

        var (_, asEditor) = await app.UploadAsync(app.EditorOfA, file);
        asEditor.QuerySelector("tr.row-changed a")!.GetAttribute("href").ShouldBe($"/activities/{draft.Id}");
    }

    [Theory, InlineData("vi"), InlineData("en"), InlineData("lo")]
    public async Task An_exported_workbook_imported_again_proposes_nothing_new(string exportLanguage)
    {
        var reader = exportLanguage == "vi" ? app.EditorOfA : await ReaderInAsync(exportLanguage);
        var workbook = await app.WorkbookAsync(reader);
        var before = await CountsAsync();

        var (response, review) = await app.UploadAsync(app.EditorOfA, workbook, "export.xlsx");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        review.QuerySelector("#nothing-new").ShouldNotBeNull();
        review.QuerySelectorAll("tr.row-new, tr.row-invalid").ShouldBeEmpty();
        var approved = await app.Factory.WithAppDbAsync(async db =>
            await db.Activities.CountAsync(a => a.PartnershipId == app.PartnershipA && a.State == RecordState.Approved)
            // The people and organisations A's records name (SharedRecordsExportTests checks which those are).
            + await db.People.CountAsync(p => p.State == RecordState.Approved && Twinning.Features.Exports.SharedRecordLinks.PersonIds(db, app.PartnershipA).Contains(p.Id))
            + (await Twinning.Features.Exports.SharedRecordLinks.OrganisationIdsAsync(db, app.PartnershipA, default)).Count);
        review.QuerySelectorAll("tr.row-matching").Length.ShouldBe(approved);
        review.QuerySelector("form[action*='handler=Accept']").ShouldBeNull();
        (await CountsAsync()).ShouldBe(before);
    }

    private async Task<(int Activities, int Audit)> CountsAsync() => await app.Factory.WithAppDbAsync(async db =>
        (await db.Activities.IgnoreQueryFilters().CountAsync(), await db.AuditEntries.CountAsync()));

    private async Task<HttpClient> ReaderInAsync(string language)
    {
        var client = await Twinning.Tests.Infrastructure.TestUsers.SignedInClientAsync(app.Factory, "editor-a@sheets.test");
        var page = await client.GetStringAsync(app.Url, Cancel);
        using var switched = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = language, ["returnUrl"] = "/", ["__RequestVerificationToken"] = Twinning.Tests.Infrastructure.TestUsers.AntiforgeryToken(page),
        }), Cancel);
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return client;
    }
}
