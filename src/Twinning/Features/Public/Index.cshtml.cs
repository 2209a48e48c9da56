using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Twinning.Features.Search;
using Twinning.Features.Shared.Lists;

namespace Twinning.Features.Public;

/// <summary>Every partnership with a public timeline, by name, filtered and paged: anyone may read it.</summary>
[AllowAnonymous]
public sealed class PublicIndexModel(PublicPartnerships partnerships, IStringLocalizer t) : ListPageModel(t)
{
    [BindProperty(SupportsGet = true, Name = "q"), StringLength(SearchService.MaxQueryLength)] public string? Name { get; set; }

    public List<PublicPartnerships.Entry> Partnerships { get; private set; } = [];

    public override IReadOnlyList<string> SortKeys { get; } = ["name"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var all = await partnerships.ListAsync(Name, ct);
        if (IsDescending) all.Reverse();
        Partnerships = PageOf(all);
        return Page();
    }
}
