using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;
using static Twinning.Tests.Features.Reports.ReportFixture;

namespace Twinning.Tests.Features.Reports;

/// <summary>A report goes to the leaders: only what has been approved may appear in it, in the DOCX and in the print view.</summary>
public sealed class ReportDraftsTests(DatasetApp app) : IClassFixture<DatasetApp>
{
    [Fact]
    public async Task Drafts_and_submissions_stay_out_and_an_approved_record_goes_in()
    {
        var agreement = await RichestAgreementAsync(app);
        var marker = Guid.NewGuid().ToString("N")[..8];
        string Title(RecordState state) => $"Hoạt động thử {state} {marker}";
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            var commitment = await db.Commitments.Where(c => c.AgreementId == agreement).OrderBy(c => c.Id).FirstAsync(Cancel);
            var day = await db.Activities.Where(a => a.Commitments.Any(c => c.Id == commitment.Id) && a.StartDate != null).Select(a => a.StartDate).FirstOrDefaultAsync(Cancel)
                ?? new DateOnly(2026, 6, 1);
            db.Visits.Add(new Visit { PartnershipId = app.PartnershipId, Title = new(Title(RecordState.Draft)), StartDate = day, Status = ActivityStatus.Completed, State = RecordState.Draft, Commitments = [commitment] });
            db.Projects.Add(new Project { PartnershipId = app.PartnershipId, Title = new(Title(RecordState.Submitted)), StartDate = day, Status = ActivityStatus.Completed, State = RecordState.Submitted, BudgetAmount = 1_000_000, BudgetCurrency = "USD", Commitments = [commitment] });
            db.Projects.Add(new Project { PartnershipId = app.PartnershipId, Title = new(Title(RecordState.Approved)), StartDate = day, Status = ActivityStatus.InProgress, State = RecordState.Approved, Commitments = [commitment] });
            await db.SaveChangesAsync(Cancel);
        }

        using var document = Open(await DocxAsync(app, $"Agreement={agreement}&Language=vi"));
        var text = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        var html = await app.Client().GetStringAsync($"/partnerships/{app.PartnershipId}/reports/print?Agreement={agreement}&Language=vi", Cancel);

        foreach (var report in new[] { text, html })
        {
            report.ShouldContain(Title(RecordState.Approved)); // the check below can fail: records do reach the report
            report.ShouldNotContain(Title(RecordState.Draft));
            report.ShouldNotContain(Title(RecordState.Submitted));
        }
        // Nor do they count in the charts: the submitted project's budget is not in any chart part.
        var submitted = Title(RecordState.Submitted);
        foreach (var chart in document.MainDocumentPart.ChartParts) chart.ChartSpace.InnerText.ShouldNotContain(submitted);
    }
}
