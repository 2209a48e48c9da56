using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Twinning.Features.Accounts;
using Twinning.Features.Reports.Docx;
using Twinning.Web;

namespace Twinning.Features.Reports;

/// <summary>
/// The report for one choice: as a printable A4 page (GET) or as a DOCX (handler "docx"). Both render
/// the same <see cref="ReportDocument"/>.
/// </summary>
public sealed class ReportPrintModel(ReportGenerator generator, PartnershipAccess access, IStringLocalizer t) : PageModel
{
    public ReportDocument Report { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public ReportRequest Choice { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var problem = await LoadAsync(partnershipId, ct);
        return problem ?? Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(int partnershipId, CancellationToken ct)
    {
        var problem = await LoadAsync(partnershipId, ct);
        if (problem is not null) return problem;
        var name = $"bao-cao-{partnershipId}-{(Choice.Agreement is { } a ? $"thoa-thuan-{a}" : $"{Choice.From:yyyyMMdd}-{Choice.To:yyyyMMdd}")}-{Choice.Language}.docx";
        return File(DocxReportWriter.Write(Report), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name);
    }

    private async Task<IActionResult?> LoadAsync(int partnershipId, CancellationToken ct)
    {
        // Readers of the partnership only, checked before anything of it is read.
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        if (Choice.IsEmpty) return RejectBadQueryFilter.Reject(HttpContext, nameof(Choice.Agreement), t["Report.Error.Scope"]);
        var report = await generator.ComposeAsync(partnershipId, Choice, ct);
        if (report is null)
            return Choice.Agreement is null ? NotFound() : RejectBadQueryFilter.Reject(HttpContext, nameof(Choice.Agreement), t["Report.Error.Agreement"]);
        Report = report;
        return null;
    }
}
