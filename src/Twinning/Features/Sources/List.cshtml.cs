using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Sources;

/// <summary>All sources, articles first, newest first.</summary>
public sealed class ListSourcesModel(TwinningDb db) : PageModel
{
    public sealed record Row(int Id, string Title, string? Outlet, DateOnly? PublishedOn, SourceKind Kind, int Citations);

    public List<Row> Sources { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Sources = await db.Sources.AsNoTracking()
            .OrderBy(s => s.Kind).ThenByDescending(s => s.PublishedOn).ThenBy(s => s.Title)
            .Select(s => new Row(s.Id, s.Title, s.Outlet, s.PublishedOn, s.Kind, s.Citations.Count))
            .ToListAsync(ct);
}
