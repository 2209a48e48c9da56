using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twinning.Features.Accounts;

namespace Twinning.Features.Calendar;

/// <summary>
/// The signed-in user's calendar feed address: create it, replace it (the old address stops working) or
/// revoke it. The address is shown once, right after it is made: only its hash is kept.
/// </summary>
public sealed class CalendarTokenModel(FeedTokens tokens, PartnershipAccess access) : PageModel
{
    public DateTime? IssuedAt { get; private set; }

    /// <summary>The new feed address, only in the answer to the post that made it.</summary>
    public string? FeedUrl { get; private set; }

    public bool Revoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        IssuedAt = (await tokens.OfUserAsync(access.UserId!, ct))?.CreatedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        var token = await tokens.IssueAsync(access.UserId!, ct);
        FeedUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/calendar/{token}.ics";
        IssuedAt = (await tokens.OfUserAsync(access.UserId!, ct))?.CreatedAt;
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        await tokens.RevokeAsync(access.UserId!, ct);
        Revoked = true;
        return Page();
    }
}
