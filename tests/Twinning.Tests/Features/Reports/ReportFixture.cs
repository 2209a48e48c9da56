using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Agreements;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Reports;

/// <summary>Fetches reports as a Viewer of the dataset's partnership would, and opens the DOCX with the Open XML SDK.</summary>
public static class ReportFixture
{
    public static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The approved city-level agreement with the most commitments: the report with the most to check.</summary>
    public static Task<int> RichestAgreementAsync(DatasetApp app) =>
        app.Factory.WithAppDbAsync(db => db.Agreements
            .Where(a => a.PartnershipId == app.PartnershipId && a.State == RecordState.Approved && a.ParentId == null)
            .OrderByDescending(a => a.Commitments.Count).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync());

    public static async Task<byte[]> DocxAsync(DatasetApp app, string query)
    {
        using var response = await app.Client().GetAsync($"/partnerships/{app.PartnershipId}/reports/print?handler=docx&{query}", Cancel);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return await response.Content.ReadAsByteArrayAsync(Cancel);
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);
}
