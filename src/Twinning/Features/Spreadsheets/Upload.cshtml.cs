using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;
using Twinning.Features.Workflow;
using Twinning.Web.Localization;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// Activities from a spreadsheet: download the template, fill it (or take an export), upload it, review
/// each row (new, matching, invalid with the cell's error) and accept the new ones in one go. Between the
/// review and the acceptance the file travels in the form, sealed with the app's data-protection keys for
/// this user and partnership, so nothing half-imported is kept on the server and any instance can accept it.
/// Those who may add activities to the partnership (its Editors and Contributors, Administrators) may use it.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = (int)MaxRequestBytes)]
public sealed class UploadModel(TwinningDb db, RecordPermissions permissions, RecordWorkflow workflow, PartnershipAccess access,
    UiTextCatalog catalog, IDataProtectionProvider protection, IStringLocalizer t) : PageModel
{
    /// <summary>Room for the largest file read, and for it sealed (a third larger in base64) in the acceptance form.</summary>
    public const long MaxRequestBytes = WorkbookFile.MaxBytes * 2;

    [BindProperty] public IFormFile? Workbook { get; set; }

    /// <summary>The reviewed file, sealed: what "accept" writes from.</summary>
    [BindProperty] public string? Sealed { get; set; }

    public Partnership Partnership { get; private set; } = null!;
    public ReviewedFile? Review { get; private set; }
    public string? FileName { get; private set; }
    public List<Activity>? Added { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>The matched records this user may open: only those are linked and named (a draft of someone else's stays unseen).</summary>
    public HashSet<int> Readable { get; } = [];

    private static readonly TimeSpan SealLifetime = TimeSpan.FromHours(2);

    public string TemplateUrl => $"/partnerships/{Partnership.Id}/spreadsheets?handler=Template";

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct) => await AllowedAsync(partnershipId, ct) ?? Page();

    public async Task<IActionResult> OnGetTemplateAsync(int partnershipId, CancellationToken ct)
    {
        if (await AllowedAsync(partnershipId, ct) is { } refused) return refused;
        var commitments = (await SpreadsheetReview.PartnershipCommitments(db, partnershipId).AsNoTracking().ToListAsync(ct)).Select(Exports.CommitmentLabel.Of).ToList();
        return File(SpreadsheetTemplate.Write(Partnership, commitments, t), Exports.XlsxExport.ContentType, $"{Partnership.Key ?? $"partnership-{Partnership.Id}"}-template.xlsx");
    }

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken ct)
    {
        if (await AllowedAsync(partnershipId, ct) is { } refused) return refused;
        if (Workbook is null || Workbook.Length == 0) return Refuse("Spreadsheets.Error.NoFile");
        if (Workbook.Length > WorkbookFile.MaxBytes) return Refuse("Spreadsheets.Error.TooLarge", WorkbookFile.MaxBytes / (1024 * 1024));
        FileName = Path.GetFileName(Workbook.FileName);
        using var buffer = new MemoryStream();
        await Workbook.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (await ReviewAsync(bytes, ct) is { } failed) return failed;
        Sealed = Protector().Protect(Convert.ToBase64String(bytes), SealLifetime);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(int partnershipId, CancellationToken ct)
    {
        if (await AllowedAsync(partnershipId, ct) is { } refused) return refused;
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(Protector().Unprotect(Sealed ?? ""));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return Refuse("Spreadsheets.Error.Expired");
        }
        if (await ReviewAsync(bytes, ct) is { } failed) return failed;
        Added = await new SpreadsheetAcceptance(db, workflow, access).AcceptAsync(Partnership, Review!, ct);
        Review = null;
        return Page();
    }

    public string StateText(Activity activity) => t[$"Enum.RecordState.{activity.State}"];

    /// <summary>Reads the file against the partnership; a file that cannot be read is refused with its reason and nothing else.</summary>
    private async Task<IActionResult?> ReviewAsync(byte[] bytes, CancellationToken ct)
    {
        try
        {
            Review = await new SpreadsheetReview(db, SheetWords.For(catalog), t).ReviewAsync(Partnership.Id, bytes, ct);
            foreach (var existing in Review.Rows.Select(r => r.Existing).OfType<Activity>().DistinctBy(a => a.Id))
                if (await permissions.CanReadAsync(existing, ct)) Readable.Add(existing.Id);
            return null;
        }
        catch (UnreadableWorkbook e)
        {
            return Refuse(e.Reason, e.Arguments);
        }
    }

    private PageResult Refuse(string reason, params object[] arguments)
    {
        Problem = t[reason, arguments];
        Review = null;
        Sealed = null;
        ModelState.AddModelError(nameof(Workbook), Problem);
        return new PageResult { StatusCode = StatusCodes.Status400BadRequest };
    }

    /// <summary>A seal valid for one user and one partnership for two hours: a form copied to another account or partnership does not open.</summary>
    private ITimeLimitedDataProtector Protector() =>
        protection.CreateProtector("Twinning.Spreadsheets.Upload", Partnership.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), access.UserId ?? "")
            .ToTimeLimitedDataProtector();

    private async Task<IActionResult?> AllowedAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await permissions.CanCreateActivityAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;
        return null;
    }
}
