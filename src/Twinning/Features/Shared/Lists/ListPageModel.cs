using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Shared.Lists;

/// <summary>
/// What every list page shares: the page number (p), the column sorted by (sort) and its direction
/// (desc), the count, and links that keep the reader's filters. A list page names its sortable columns
/// and its default order; an unknown column or page answers 400 like any bad query value.
/// </summary>
public abstract class ListPageModel(IStringLocalizer t) : PageModel
{
    public const int PageSize = 25;

    /// <summary>The UI text, for the checks of the pages built on this one.</summary>
    protected IStringLocalizer Text => t;

    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)] public int PageNumber { get; set; } = 1;
    [BindProperty(SupportsGet = true, Name = "sort"), StringLength(30)] public string? SortBy { get; set; }
    [BindProperty(SupportsGet = true, Name = "desc")] public bool? Descending { get; set; }

    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The columns a reader may sort by; the first is the default.</summary>
    public abstract IReadOnlyList<string> SortKeys { get; }

    /// <summary>Whether the default order runs high to low (newest first for dates).</summary>
    protected virtual bool DescendingByDefault => false;

    public string Sort => SortBy ?? SortKeys[0];
    public bool IsDescending => Descending ?? (SortBy is null && DescendingByDefault);

    [NonHandler] // a filter hook, not a handler
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (SortBy is not null && !SortKeys.Contains(SortBy))
            ModelState.AddModelError("sort", t["List.UnknownSort", SortBy]);
        CheckFilters();
    }

    /// <summary>Checks that span values (a period's start after its end); errors go to ModelState.</summary>
    protected virtual void CheckFilters() { }

    /// <summary>Counts the filtered records and reads the current page of them, in the order chosen.</summary>
    protected async Task<List<T>> PageOfAsync<T>(IQueryable<T> filtered, IOrderedQueryable<T> ordered, CancellationToken ct)
    {
        Total = await filtered.CountAsync(ct);
        return await ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
    }

    /// <summary>The current page of a list already read and ordered (a short one, such as the public partnerships).</summary>
    protected List<T> PageOf<T>(IReadOnlyList<T> ordered)
    {
        Total = ordered.Count;
        return ordered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    /// <summary>This page's address with some query values replaced (null removes one), the rest of the reader's filters kept.</summary>
    public string LinkWith(params (string Key, string? Value)[] changes)
    {
        var values = Request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in changes) values[key] = value;
        return QueryString.Create(values.Where(kv => !string.IsNullOrEmpty(kv.Value))).ToUriComponent() is { Length: > 0 } query ? query : "?";
    }

    /// <summary>Whether the reader has narrowed the list (anything but page and order): the filters then stay unfolded on a phone.</summary>
    public bool IsFiltered => Request.Query.Any(q => q.Key is not ("p" or "sort" or "desc") && !string.IsNullOrEmpty(q.Value));

    public string LinkTo(int page) => LinkWith(("p", page == 1 ? null : page.ToString()));

    /// <summary>A sortable column heading (see _SortHeader.cshtml).</summary>
    public SortColumn Column(string key, string label) => new(this, key, label);

    /// <summary>Sorting by a column: ascending first, the other way when it is already sorted so; back to page 1.</summary>
    public string SortLink(string key) =>
        LinkWith(("sort", key), ("desc", Sort == key && !IsDescending ? "true" : null), ("p", null));
}

public sealed record SortColumn(ListPageModel List, string Key, string Label);
