using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Sources;

/// <summary>A source's full text with every cited span highlighted and linked to the fact it supports.</summary>
public sealed class SourceDetailsModel(TwinningDb db, RecordLinks recordLinks) : PageModel
{
    public Source Source { get; private set; } = null!;
    public List<HighlightedText.Run> Runs { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];
    public Dictionary<(RecordKind, int), RecordLinks.Link> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().Include(s => s.Citations).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return NotFound();
        Source = source;
        Citations = source.Citations.OrderBy(c => c.Start).ThenBy(c => c.Id).ToList();
        Runs = HighlightedText.Split(source.FullText, Citations);
        Links = await recordLinks.ForAsync(Citations, ct);
        return Page();
    }

    public RecordLinks.Link LinkOf(Citation c) =>
        Links.GetValueOrDefault((c.RecordKind, c.RecordId)) ?? new RecordLinks.Link("#", c.RecordKind.ToString());
}
