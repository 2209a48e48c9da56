using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Import;

/// <summary>
/// Paste an article or upload several (.txt, .html, .docx). Each becomes a draft source with a review
/// screen of the records it proposes. With script, files are sent one at a time so each shows its own
/// progress; without it, the form posts them all and the page lists the outcome of each.
/// </summary>
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes, ValueLengthLimit = (int)MaxRequestBytes)]
public sealed class ImportModel(TwinningDb db, RecordPermissions permissions, ArticleIntake intake, IStringLocalizer t) : PageModel
{
    /// <summary>
    /// Room for a few saved web pages at once, and for a pasted text too long to be an article (percent-encoded
    /// Vietnamese triples in size) to reach <see cref="ArticleIntake.MaxPastedChars"/> and be refused with a reason
    /// rather than by the form reader. Each file is also held to the library's own limit.
    /// </summary>
    public const long MaxRequestBytes = 100L * 1024 * 1024;

    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Outlet { get; set; }
    [BindProperty, StringLength(2000, ErrorMessage = "Validation.Length"), Web.WebAddress(ErrorMessage = "Source.BadUrl"), Display(Name = "Source.Url")]
    public string? Address { get; set; }
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public Partnership Partnership { get; private set; } = null!;
    public List<IntakeResult> Results { get; } = [];

    public string ReviewUrl(int sourceId) => $"/partnerships/{Partnership.Id}/import/{sourceId}";

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct) =>
        await AllowedAsync(partnershipId, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int partnershipId, CancellationToken ct)
    {
        if (await AllowedAsync(partnershipId, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        if (string.IsNullOrWhiteSpace(Text) && Files.Count == 0)
        {
            ModelState.AddModelError(nameof(Text), t["Import.Error.Nothing"]);
            return Page();
        }
        if (!string.IsNullOrWhiteSpace(Text))
        {
            if (Text.Length > ArticleIntake.MaxPastedChars) Results.Add(new IntakeResult(t["Import.Pasted"], null, false, RejectionReason.TooLarge, null));
            else Results.Add(await intake.ReceiveAsync(ArticleInput.FromText(Text, LooksLikeHtml(Text) ? ArticleFormat.Html : ArticleFormat.PlainText), t["Import.Pasted"], Details(), Partnership.Id, ct));
        }
        foreach (var file in Files) Results.Add(await ReceiveFileAsync(file, ct));
        // One article read well: straight to its review.
        if (Results is [{ SourceId: { } only }]) return Redirect(ReviewUrl(only));
        return Page();
    }

    /// <summary>One file, sent by the page's script: the outcome as JSON, for its progress line.</summary>
    public async Task<IActionResult> OnPostFileAsync(int partnershipId, CancellationToken ct)
    {
        if (await AllowedAsync(partnershipId, ct) is { } refused) return refused;
        if (Files is not [var file]) return BadRequest();
        if (ModelState[nameof(Address)]?.Errors is [var error, ..])
            return new JsonResult(new { name = file.FileName, error = error.ErrorMessage }) { StatusCode = StatusCodes.Status400BadRequest };
        var result = await ReceiveFileAsync(file, ct);
        return new JsonResult(new
        {
            name = result.Name,
            review = result.SourceId is { } id ? ReviewUrl(id) : null,
            again = result.AlreadyImported,
            error = result.Rejected is { } reason ? RejectionText(reason) : null,
        });
    }

    public string RejectionText(RejectionReason reason) => t[$"Import.Rejected.{reason}"];

    private async Task<IntakeResult> ReceiveFileAsync(IFormFile file, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        ArticleInput input;
        try
        {
            await using var stream = file.OpenReadStream();
            input = ArticleInput.FromStream(stream, name);
        }
        catch (ArticleRejectedException e)
        {
            return new IntakeResult(name, null, false, e.Reason, e.Message);
        }
        return await intake.ReceiveAsync(input, name, Details(), Partnership.Id, ct);
    }

    /// <summary>The title, outlet and address typed on the form apply to a single article only.</summary>
    private SourceDetails Details() =>
        Files.Count + (string.IsNullOrWhiteSpace(Text) ? 0 : 1) == 1 ? new SourceDetails(Title, Outlet, Address) : new SourceDetails(null, null, null);

    /// <summary>A pasted whole web page (copied as source) is read as HTML, so its boilerplate is dropped the same way.</summary>
    private static bool LooksLikeHtml(string text)
    {
        var start = text.TrimStart();
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    private async Task<IActionResult?> AllowedAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await permissions.CanCreateActivityAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;
        return null;
    }
}
