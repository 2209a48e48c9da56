using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Twinning.Web;

namespace Twinning.Features;

/// <summary>What a reader sees for 400, 404, 500…: a plain message in their language, never a stack trace.</summary>
[IgnoreAntiforgeryToken, Microsoft.AspNetCore.Authorization.AllowAnonymous]
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }
    public Dictionary<string, string[]> Problems { get; private set; } = [];

    public void OnGet(int? code) => Show(code);
    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        Status = code is >= 400 and < 600 ? code.Value : 500;
        // Re-executed for a status code: keep that code rather than answering this page with 200.
        Response.StatusCode = Status;
        if (HttpContext.Items[RejectBadQueryFilter.ItemKey] is Dictionary<string, string[]> problems) Problems = problems;
    }
}
