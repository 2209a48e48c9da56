using System.Net;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;
using Twinning.Tests.Features.Exports;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Spreadsheets;

/// <summary>The import's queries and its one-transaction write on SQLite and on PostgreSQL alike, and the round trip after it.</summary>
public sealed class SpreadsheetsOnBothEnginesTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Projects_and_programmes_from_a_template_are_added_and_then_export_and_import_as_nothing_new(Engine engine)
    {
        await using var factory = await TwinningAppFactory.CreateAsync(engine, postgres);
        using var _ = factory.CreateClient();
        var partnership = await factory.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync());
        await TestUsers.CreateAsync(factory, "editor@engines-sheets.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "LA" });
        using var editor = await TestUsers.SignedInClientAsync(factory, "editor@engines-sheets.test");
        var url = $"/partnerships/{partnership}/spreadsheets";
        var vi = ExportWords.Vi;

        var template = await editor.GetByteArrayAsync(url + "?handler=Template", Cancel);
        var file = TemplateFiller.Fill(template, vi.SheetTitle("projects"), new Dictionary<string, object>
        {
            [vi.Header("title_vi")] = "Dự án trạm bơm tưới Xaythany", [vi.Header("title_lo")] = "ໂຄງການສະຖານີສູບນ້ຳໄຊທານີ",
            [vi.Header("budget_amount")] = 2500000, [vi.Header("budget_currency")] = "usd", [vi.Header("iati_status")] = "Implementation",
            [vi.Header("planned_start")] = new DateOnly(2025, 1, 15), [vi.Header("start_date")] = "2025-02-01",
        });
        file = TemplateFiller.Fill(file, vi.SheetTitle("programmes"), new Dictionary<string, object>
        {
            [vi.Header("title_vi")] = "Học bổng ngành y 2026", [vi.Header("programme_kind")] = "Scholarship",
            [vi.Header("annual_quota_min")] = 10, [vi.Header("annual_quota_max")] = 15, [vi.Header("start_date")] = "01/09/2026",
        });

        var app = new UploadingClient(editor, url);
        var (uploaded, review) = await app.UploadAsync(file);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.OK, engine.ToString());
        review.QuerySelectorAll("tr.row-new").Length.ShouldBe(2);
        var (accepted, _) = await app.AcceptAsync(review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (project, programme) = await factory.WithAppDbAsync(async db => (
            await db.Projects.SingleAsync(p => p.Title.Vi == "Dự án trạm bơm tưới Xaythany"),
            await db.Programmes.SingleAsync(p => p.Title.Vi == "Học bổng ngành y 2026")));
        (project.BudgetAmount, project.BudgetCurrency, project.IatiStatus, project.PlannedStart, project.StartDate, project.Title.Lo, project.State)
            .ShouldBe((2500000m, "USD", IatiActivityStatus.Implementation, new DateOnly(2025, 1, 15), new DateOnly(2025, 2, 1), "ໂຄງການສະຖານີສູບນ້ຳໄຊທານີ", RecordState.Approved));
        (programme.ProgrammeKind, programme.AnnualQuotaMin, programme.AnnualQuotaMax, programme.StartDate)
            .ShouldBe((ProgrammeKind.Scholarship, 10, 15, new DateOnly(2026, 9, 1)));

        var (again, roundTrip) = await app.UploadAsync(await editor.GetByteArrayAsync($"/partnerships/{partnership}/exports/workbook.xlsx", Cancel));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        roundTrip.QuerySelector("#nothing-new").ShouldNotBeNull(engine.ToString());
        roundTrip.QuerySelectorAll("tr.row-new, tr.row-invalid").ShouldBeEmpty();
    }

    [Theory, BothEngines]
    public async Task People_organisations_links_and_changes_are_written_in_one_go_and_the_export_then_proposes_nothing(Engine engine)
    {
        await using var factory = await TwinningAppFactory.CreateAsync(engine, postgres);
        using var _ = factory.CreateClient();
        var partnership = await factory.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync());
        var (person, organisation) = await factory.WithAppDbAsync(async db =>
        {
            var p = new Twinning.Features.People.Person { Name = new("Đào Văn Hai Máy"), Country = "VN", State = RecordState.Approved };
            var o = new Twinning.Features.Organisations.Organisation { Name = new("Sở Hai Máy"), Country = "VN", State = RecordState.Approved };
            db.AddRange(p, o);
            await db.SaveChangesAsync();
            return (p.Id, o.Id);
        });
        await TestUsers.CreateAsync(factory, "editor@engines-people.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        using var editor = await TestUsers.SignedInClientAsync(factory, "editor@engines-people.test");
        var url = $"/partnerships/{partnership}/spreadsheets";
        var vi = ExportWords.Vi;

        var file = TemplateFiller.Fill(await editor.GetByteArrayAsync(url + "?handler=Template", Cancel), vi.SheetTitle("people"),
            new Dictionary<string, object> { [vi.Header("name_vi")] = "Bùi Thị Hai Máy", [vi.Header("country")] = "LA", [vi.Header("aliases")] = "Bui Thi Hai May" },
            new Dictionary<string, object> { [vi.Header("id")] = person, [vi.Header("name_en")] = "Dao Van Hai May" });
        file = TemplateFiller.Fill(file, vi.SheetTitle("organisations"),
            new Dictionary<string, object> { [vi.Header("name_vi")] = "Phòng Hai Máy", [vi.Header("country")] = "VN", [vi.Header("parent")] = "So Hai May" });
        file = TemplateFiller.Fill(file, vi.SheetTitle("events"),
            new Dictionary<string, object> { [vi.Header("title_vi")] = "Hội chợ hai máy", [vi.Header("start_date")] = new DateOnly(2026, 3, 3), [vi.Header("organisers")] = "Sở Hai Máy" });

        var app = new UploadingClient(editor, url);
        var (_, review) = await app.UploadAsync(file);
        (review.QuerySelectorAll("tr.row-new").Length, review.QuerySelectorAll("tr.row-changed").Length, review.QuerySelectorAll("tr.row-invalid").Length)
            .ShouldBe((3, 1, 0), engine.ToString());
        var (accepted, _) = await app.AcceptAsync(review);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (added, changed, office, fair) = await factory.WithAppDbAsync(async db => (
            await db.People.Include(p => p.Aliases).SingleAsync(p => p.Name.Vi == "Bùi Thị Hai Máy"),
            await db.People.SingleAsync(p => p.Id == person),
            await db.Organisations.SingleAsync(o => o.Name.Vi == "Phòng Hai Máy"),
            await db.Events.Include(e => e.Organisers).SingleAsync(e => e.Title.Vi == "Hội chợ hai máy")));
        (added.Country, added.Aliases.Single().Name, changed.Name.En, office.ParentId, fair.Organisers.Single().Id)
            .ShouldBe(("LA", "Bui Thi Hai May", "Dao Van Hai May", organisation, organisation), engine.ToString());

        var (_, roundTrip) = await app.UploadAsync(await editor.GetByteArrayAsync($"/partnerships/{partnership}/exports/workbook.xlsx", Cancel));
        roundTrip.QuerySelector("#nothing-new").ShouldNotBeNull(engine.ToString());
        roundTrip.QuerySelectorAll("tr.row-new, tr.row-changed, tr.row-conflict, tr.row-invalid").ShouldBeEmpty();
    }
}
