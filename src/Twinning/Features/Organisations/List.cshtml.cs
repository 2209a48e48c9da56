using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Search;
using Twinning.Features.Shared.Lists;

namespace Twinning.Features.Organisations;

/// <summary>
/// Every organisation on record as a table: found by any spelling of its name or its abbreviation (folded as
/// search folds it), narrowed by side and kind, sorted, paged and counted, each with the body it belongs to.
/// Drafts only for those the record page admits (the same rule, as a query).
/// </summary>
public sealed class ListOrganisationsModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions, IStringLocalizer t) : ListPageModel(t)
{
    [BindProperty(SupportsGet = true, Name = "q"), StringLength(SearchService.MaxQueryLength), Display(Name = "Filter.Name")] public string? Name { get; set; }
    [BindProperty(SupportsGet = true), RegularExpression("^[A-Z]{2}$"), Display(Name = "Field.Side")] public string? Side { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Kind")] public OrganisationKind? Kind { get; set; }

    public List<Organisation> Organisations { get; private set; } = [];

    /// <summary>The sides organisations are recorded for, to choose from.</summary>
    public List<string> Sides { get; private set; } = [];

    public override IReadOnlyList<string> SortKeys { get; } = ["name", "kind", "side"];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        var readable = (await permissions.ReadFilterAsync(ct)).ApplyShared(db.Organisations.AsNoTracking());
        Sides = await readable.Select(o => o.Country).Distinct().OrderBy(c => c).ToListAsync(ct);

        var query = readable;
        if (!string.IsNullOrWhiteSpace(Name) && TextFolding.Fold(Name) is { Length: > 0 } key) query = query.Where(o => o.SearchKey.Contains(key));
        if (Side is { } side) query = query.Where(o => o.Country == side);
        if (Kind is { } kind) query = query.Where(o => o.Kind == kind);
        // Names sort by their Vietnamese spelling (every organisation has one); the reader's own spelling is shown.
        // A parent the reader may not see (a draft) is not named: the filter applies to it as well.
        var withParent = query.Include(o => o.Parent);
        var ordered = (Sort, IsDescending) switch
        {
            ("kind", false) => withParent.OrderBy(o => o.Kind).ThenBy(o => o.Name.Vi).ThenBy(o => o.Id),
            ("kind", true) => withParent.OrderByDescending(o => o.Kind).ThenBy(o => o.Name.Vi).ThenBy(o => o.Id),
            ("side", false) => withParent.OrderBy(o => o.Country).ThenBy(o => o.Name.Vi).ThenBy(o => o.Id),
            ("side", true) => withParent.OrderByDescending(o => o.Country).ThenBy(o => o.Name.Vi).ThenBy(o => o.Id),
            (_, true) => withParent.OrderByDescending(o => o.Name.Vi).ThenBy(o => o.Id),
            _ => withParent.OrderBy(o => o.Name.Vi).ThenBy(o => o.Id),
        };
        Organisations = await PageOfAsync(query, ordered, ct);
        var parentIds = Organisations.Select(o => o.ParentId).OfType<int>().Distinct().ToList();
        var visibleParents = await readable.Where(o => parentIds.Contains(o.Id)).Select(o => o.Id).ToListAsync(ct);
        foreach (var o in Organisations.Where(o => o.ParentId is { } id && !visibleParents.Contains(id))) o.Parent = null;
        return Page();
    }
}
