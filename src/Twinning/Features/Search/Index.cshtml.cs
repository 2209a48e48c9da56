using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Twinning.Features.Search;

/// <summary>The search box's results page: every kind's count and best hits, or one kind paged (?kind=…&amp;p=…).</summary>
public sealed class SearchModel(SearchService search, Accounts.PartnershipAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q"), StringLength(SearchService.MaxQueryLength)]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public SearchHitKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)]
    public int PageNumber { get; set; } = 1;

    public SearchResults? Results { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        if (!string.IsNullOrWhiteSpace(Query)) Results = await search.SearchAsync(Query, Kind, PageNumber, ct);
        return Page();
    }

    public string LinkTo(SearchHitKind? kind, int page = 1) =>
        $"/search?q={Uri.EscapeDataString(Query ?? "")}" + (kind is { } k ? $"&kind={k}" : "") + (page > 1 ? $"&p={page}" : "");

    public static string UrlOf(SearchHit hit) => hit.Kind switch
    {
        SearchHitKind.Person => $"/people/{hit.Id}",
        SearchHitKind.Organisation => $"/organisations/{hit.Id}",
        SearchHitKind.Partnership => $"/partnerships/{hit.Id}/timeline",
        SearchHitKind.Agreement => $"/agreements/{hit.Id}",
        SearchHitKind.Source => $"/sources/{hit.Id}",
        _ => $"/activities/{hit.Id}",
    };
}
