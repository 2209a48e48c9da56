using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Twinning.Features.Accounts;

/// <summary>Shown when a signed-in user opens something their role does not allow.</summary>
public sealed class DeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
