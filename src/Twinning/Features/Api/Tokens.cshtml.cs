using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Api;

/// <summary>
/// The signed-in user's personal access tokens for the API: make one (name, read or write, one
/// partnership or all, lifetime), see it once, revoke it. Only the hash is kept.
/// </summary>
public sealed class TokensModel(AccessTokens tokens, PartnershipAccess access, TwinningDb db, TimeProvider clock, Microsoft.Extensions.Localization.IStringLocalizer t) : PageModel
{
    public static readonly int[] Lifetimes = [30, 90, 365];

    [BindProperty] public TokenInput Input { get; set; } = new();

    public List<AccessToken> Tokens { get; private set; } = [];
    public List<Partnership> Partnerships { get; private set; } = [];
    public DateTime Now { get; private set; }

    /// <summary>The new token, only in the answer to the post that made it.</summary>
    public string? NewToken { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Input.PartnershipId is { } p && Partnerships.All(x => x.Id != p))
            ModelState.AddModelError("Input.PartnershipId", t["Validation.Unknown"]);
        if (!Lifetimes.Contains(Input.LifetimeDays)) ModelState.AddModelError("Input.LifetimeDays", t["Validation.Unknown"]);
        if (!ModelState.IsValid) return Page();
        NewToken = await tokens.CreateAsync(access.UserId!, Input.Name, Input.Scope, Input.PartnershipId, Input.LifetimeDays, ct);
        Input = new TokenInput();
        ModelState.Clear();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int tokenId, CancellationToken ct)
    {
        // Only one's own tokens: another user's id simply matches nothing.
        if (!await tokens.RevokeAsync(access.UserId!, tokenId, ct)) return NotFound();
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        Tokens = await tokens.OfUserAsync(access.UserId!, ct);
        var readable = await access.ReadablePartnershipIdsAsync(ct);
        Partnerships = await db.Partnerships.AsNoTracking().Where(p => readable.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
    }

    public string PartnershipName(int? id) => id is null ? "" : Partnerships.FirstOrDefault(p => p.Id == id)?.Name.ToString() ?? $"#{id}";
}

public sealed class TokenInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(100, ErrorMessage = "Validation.Length"), Display(Name = "Tokens.Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Tokens.Scope")]
    public AccessScope Scope { get; set; } = AccessScope.Read;

    [Display(Name = "Tokens.Partnership")]
    public int? PartnershipId { get; set; }

    [Display(Name = "Tokens.Lifetime")]
    public int LifetimeDays { get; set; } = 90;
}
