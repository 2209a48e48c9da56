using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Search;
using Twinning.Features.Shared.Lists;

namespace Twinning.Features.People;

/// <summary>
/// Everyone on record as a table: found by any spelling of their name (folded as search folds it), by
/// side, sorted by name or side, paged and counted, with the most recent title known for each. Drafts only
/// for those the record page admits.
/// </summary>
public sealed class ListPeopleModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions, IStringLocalizer t) : ListPageModel(t)
{
    [BindProperty(SupportsGet = true, Name = "q"), StringLength(SearchService.MaxQueryLength), Display(Name = "Field.Name")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true), RegularExpression("^[A-Z]{2}$"), Display(Name = "Field.Side")] public string? Side { get; set; }

    public List<Row> People { get; private set; } = [];

    /// <summary>The sides people are recorded for, to choose from.</summary>
    public List<string> Sides { get; private set; } = [];

    public override IReadOnlyList<string> SortKeys { get; } = ["name", "side"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        var readable = (await permissions.ReadFilterAsync(ct)).ApplyShared(db.People.AsNoTracking());
        Sides = await readable.Select(p => p.Country).Distinct().OrderBy(c => c).ToListAsync(ct);

        var query = readable;
        if (!string.IsNullOrWhiteSpace(Name) && TextFolding.Fold(Name) is { Length: > 0 } key) query = query.Where(p => p.SearchKey.Contains(key));
        if (Side is { } side) query = query.Where(p => p.Country == side);
        // Names sort by their Vietnamese spelling (every person has one); the reader's own spelling is shown.
        var withPosts = query.Include(p => p.Positions);
        var ordered = (Sort, IsDescending) switch
        {
            ("side", false) => withPosts.OrderBy(p => p.Country).ThenBy(p => p.Name.Vi).ThenBy(p => p.Id),
            ("side", true) => withPosts.OrderByDescending(p => p.Country).ThenBy(p => p.Name.Vi).ThenBy(p => p.Id),
            (_, true) => withPosts.OrderByDescending(p => p.Name.Vi).ThenBy(p => p.Id),
            _ => withPosts.OrderBy(p => p.Name.Vi).ThenBy(p => p.Id),
        };
        var page = await PageOfAsync(query, ordered, ct);
        People = page.Select(p => new Row(p, p.Positions.OrderByDescending(x => x.From ?? x.AttestedOn).FirstOrDefault()?.Title)).ToList();
        return Page();
    }

    public sealed record Row(Person Person, string? LatestTitle);
}
