using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Twinning.Features.Search;

/// <summary>The search box's results page.</summary>
public sealed class SearchModel(SearchService search, Accounts.PartnershipAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q"), StringLength(SearchService.MaxQueryLength)]
    public string? Query { get; set; }

    public SearchResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        if (!string.IsNullOrWhiteSpace(Query)) Results = await search.SearchAsync(Query, ct);
        return Page();
    }

    public static string UrlOf(SearchHit hit) => hit.Kind switch
    {
        SearchHitKind.Person => $"/people/{hit.Id}",
        SearchHitKind.Organisation => $"/organisations/{hit.Id}",
        SearchHitKind.Agreement => $"/agreements/{hit.Id}",
        _ => $"/activities/{hit.Id}",
    };
}
