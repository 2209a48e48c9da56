using System.Text.Json;
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
/// Activities, people and organisations from a spreadsheet: download the template, fill it (or take an export),
/// upload it, review each row (new, matching, changed with its fields before and after, a conflict, invalid with
/// the cell's error) and accept the new and changed ones in one go. Between the review and the acceptance the
/// file travels in the form with the versions of the records it would change, sealed with the app's
/// data-protection keys for this user and partnership, so nothing half-imported is kept on the server and any
/// instance can accept it. Those who may add activities to the partnership (its Editors and Contributors,
/// Administrators) may use it; each change is also put to the record rule.
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
    public AcceptedFile? Accepted { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>The matched records this user may open: only those are linked and named (a draft of someone else's stays unseen).</summary>
    public HashSet<Record> Readable { get; } = new(ReferenceEqualityComparer.Instance);

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
        Seal(bytes);
        return Page();
    }

    public async Task<IActionResult> OnPostAcceptAsync(int partnershipId, CancellationToken ct)
    {
        if (await AllowedAsync(partnershipId, ct) is { } refused) return refused;
        SealedReview reviewed;
        try
        {
            reviewed = JsonSerializer.Deserialize<SealedReview>(Protector().Unprotect(Sealed ?? "")) ?? throw new FormatException();
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or JsonException)
        {
            return Refuse("Spreadsheets.Error.Expired");
        }
        var bytes = Convert.FromBase64String(reviewed.File);
        FileName = reviewed.Name;
        if (await ReviewAsync(bytes, ct, tracking: true) is { } failed) return failed;
        Accepted = await new SpreadsheetAcceptance(db, workflow, access).AcceptAsync(Partnership, Review!, reviewed.Versions, ct);
        if (!Accepted.Written)
        {
            // Nothing was written: the file is reviewed again as things are now, and uploaded again to be accepted.
            db.ChangeTracker.Clear();
            await ReviewAsync(bytes, ct);
            Sealed = null;
            Problem = t["Spreadsheets.Error.ChangedSinceReview", string.Join(", ", Accepted.Conflicts.Select(r => r.Number))];
            return new PageResult { StatusCode = StatusCodes.Status409Conflict };
        }
        Review = null;
        return Page();
    }

    public string StateText(Record record) => t[$"Enum.RecordState.{record.State}"];

    /// <summary>Reads the file against the partnership; a file that cannot be read is refused with its reason and nothing else.</summary>
    private async Task<IActionResult?> ReviewAsync(byte[] bytes, CancellationToken ct, bool tracking = false)
    {
        try
        {
            Review = await new SpreadsheetReview(db, SheetWords.For(catalog), t, permissions).ReviewAsync(Partnership.Id, bytes, ct, tracking);
            Readable.Clear();
            foreach (var existing in Review.Rows.Select(r => r.Existing).OfType<Record>())
                if (await permissions.CanReadAsync(existing, ct)) Readable.Add(existing);
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

    /// <summary>The file and the versions of the records its changed rows would change, sealed for the acceptance form.</summary>
    private void Seal(byte[] bytes) =>
        Sealed = Protector().Protect(JsonSerializer.Serialize(new SealedReview(Convert.ToBase64String(bytes), FileName, Review!.ChangedVersions())), SealLifetime);

    private sealed record SealedReview(string File, string? Name, Dictionary<string, int> Versions);

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
