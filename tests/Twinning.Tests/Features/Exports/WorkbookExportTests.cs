using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;

namespace Twinning.Tests.Features.Exports;

/// <summary>The XLSX workbook, opened again with the Open XML SDK and compared with the database.</summary>
public sealed class WorkbookExportTests(ExportsApp app) : IClassFixture<ExportsApp>
{
    private string Url => $"/partnerships/{app.PartnershipA}/exports/workbook.xlsx";

    [Fact]
    public async Task Every_sheet_holds_exactly_the_approved_records_of_its_kind()
    {
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.ViewerOfA, Url));
        var expected = await app.Factory.WithAppDbAsync(db => ExpectedRecords.IdsAsync(db, app.PartnershipA));

        workbook.SheetNames.ShouldBe(expected.Keys.Select(ExportWords.Vi.SheetTitle), ignoreOrder: true);
        foreach (var (kind, ids) in expected)
        {
            var rows = workbook.Named(kind);
            rows.Select(r => int.Parse(WorkbookReader.Text(r["id"]))).ToHashSet().ShouldBe(ids, ignoreOrder: true, customMessage: kind);
            rows.Count.ShouldBe(ids.Count, kind);
        }
        // The dataset fills most kinds: an empty workbook could not pass by accident.
        expected.Count(e => e.Value.Count > 0).ShouldBeGreaterThanOrEqualTo(11);
    }

    [Fact]
    public async Task Values_match_the_database_with_dates_as_dates_and_amounts_as_numbers()
    {
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.ViewerOfA, Url));
        var (project, visit, anniversary, person) = await app.Factory.WithAppDbAsync(async db => (
            await db.Projects.OrderBy(p => p.Id).FirstAsync(p => p.PartnershipId == app.PartnershipA && p.BudgetAmount != null && p.StartDate != null && p.State == RecordState.Approved),
            await db.Visits.FirstAsync(v => v.Id == app.TrickyVisitId),
            await db.Anniversaries.FirstAsync(a => a.PartnershipId == app.PartnershipA),
            await db.People.FirstAsync(p => p.Name.Lo != null || p.Name.Vi != null)));

        var projectRow = Row(workbook, "projects", project.Id);
        WorkbookReader.Number(projectRow["budget_amount"]).ShouldBe(project.BudgetAmount!.Value);
        WorkbookReader.Text(projectRow["budget_currency"]).ShouldBe(project.BudgetCurrency);
        workbook.Date(projectRow["start_date"]).ShouldBe(project.StartDate!.Value);
        WorkbookReader.Text(projectRow["iati_status"]).ShouldBe(ExportWords.Vi.Text($"Enum.IatiActivityStatus.{project.IatiStatus}"));

        var visitRow = Row(workbook, "visits", visit.Id);
        workbook.Date(visitRow["start_date"]).ShouldBe(new DateOnly(2025, 5, 6));
        workbook.Date(visitRow["end_date"]).ShouldBe(new DateOnly(2025, 5, 9));
        WorkbookReader.Text(visitRow["title_lo"]).ShouldBe(ExportsApp.TrickyLao);
        WorkbookReader.Text(visitRow["summary_vi"]).ShouldBe(ExportsApp.TrickySummary);

        workbook.Date(Row(workbook, "anniversaries", anniversary.Id)["base_date"]).ShouldBe(anniversary.BaseDate);
        WorkbookReader.Text(Row(workbook, "people", person.Id)["name_vi"]).ShouldBe(person.Name.Vi);
    }

    [Fact]
    public async Task The_bare_read_yields_every_row_the_workbook_holds()
    {
        // ExportSheets.ReadAllAsync is the export's read without the writing (the load benchmark's ceiling).
        var expected = await app.Factory.WithAppDbAsync(db => ExpectedRecords.IdsAsync(db, app.PartnershipA));
        var read = await app.Factory.WithAppDbAsync(db => Twinning.Features.Exports.ExportSheets.ReadAllAsync(db, app.PartnershipA, TestContext.Current.CancellationToken));
        read.ShouldBe(expected.Values.Sum(ids => ids.Count));
        read.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task The_file_passes_the_open_xml_schema_validator()
    {
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.ViewerOfA, Url));
        workbook.ValidationErrors().ShouldBeEmpty();
    }

    [Fact]
    public async Task Formula_like_text_is_a_quoted_text_cell_and_never_a_formula()
    {
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.ViewerOfA, Url));
        var cell = Row(workbook, "visits", app.TrickyVisitId)["title_vi"];
        cell.DataType!.Value.ShouldBe(CellValues.InlineString);
        cell.CellFormula.ShouldBeNull();
        WorkbookReader.Text(cell).ShouldBe(ExportsApp.TrickyTitle);
        workbook.Format(cell).QuotePrefix!.Value.ShouldBeTrue();
        workbook.Workbook.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Each_sheet_has_a_frozen_header_row_and_an_autofilter_over_its_rows()
    {
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.ViewerOfA, Url));
        foreach (var name in workbook.SheetNames)
        {
            var sheet = workbook.Sheet(name);
            var pane = sheet.Descendants<Pane>().Single();
            pane.State!.Value.ShouldBe(PaneStateValues.Frozen);
            pane.VerticalSplit!.Value.ShouldBe(1); // ySplit: one row
            pane.TopLeftCell!.Value.ShouldBe("A2");
            var rowCount = sheet.Descendants<Row>().Count();
            sheet.Elements<AutoFilter>().Single().Reference!.Value.ShouldEndWith($"{rowCount}", customMessage: name);
            workbook.Format(sheet.Descendants<Row>().First().Elements<Cell>().First()).FontId!.Value.ShouldBe(1u, "the header is bold");
        }
    }

    [Fact]
    public async Task Drafts_and_other_partnerships_stay_out()
    {
        using var workbook = new WorkbookReader(await app.DownloadAsync(app.EditorOfA, Url));
        var titles = workbook.Named("visits").Select(r => WorkbookReader.Text(r["title_vi"])).ToList();
        titles.ShouldContain(ExportsApp.TrickyTitle);
        titles.ShouldNotContain(ExportsApp.DraftTitle);
        titles.ShouldNotContain(ExportsApp.OtherPartnershipTitle);
        workbook.Named("projects").Select(r => WorkbookReader.Text(r["title_vi"])).ShouldNotContain("Dự án của Bangkok");
    }

    private static Dictionary<string, Cell> Row(WorkbookReader workbook, string sheet, int id) =>
        workbook.Named(sheet).Single(r => WorkbookReader.Text(r["id"]) == id.ToString());
}
