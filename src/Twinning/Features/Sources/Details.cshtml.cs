using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Sources;

/// <summary>A source's full text with every cited span highlighted and linked to the fact it supports.</summary>
public sealed class SourceDetailsModel(TwinningDb db, RecordLinks recordLinks, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public Source Source { get; private set; } = null!;
    public List<HighlightedText.Run<Citation>> Runs { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];
    public Dictionary<(RecordKind, int), RecordLinks.Link> Links { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        var source = await db.Sources.AsNoTracking().Include(s => s.Citations).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return NotFound();
        if (await permissions.RefuseReadAsync(source, ct) is { } refused) return refused;
        Source = source;
        Citations = source.Citations.OrderBy(c => c.Start).ThenBy(c => c.Id).ToList();
        // Each citation is shown as a quote or a note by its source's kind (CitationWording): name it.
        foreach (var c in Citations) c.Source ??= source;
        Runs = HighlightedText.Split(source.FullText, Citations);
        Links = await recordLinks.ForAsync(Citations, ct);
        return Page();
    }

    /// <summary>The source text with each cited run wrapped in a mark that links to the fact it supports.</summary>
    public IHtmlContent HighlightedHtml()
    {
        var html = new HtmlContentBuilder();
        foreach (var run in Runs)
        {
            if (run.Covering.Count == 0)
            {
                html.Append(run.Text);
                continue;
            }
            // Every citation gets an anchor where it starts, so /sources/{id}#c{citation} lands on it.
            foreach (var other in run.Starting.Skip(1))
                html.AppendHtml($"<span id=\"c{other.Id}\"></span>");
            var first = LinkOf(run.Covering[0]);
            var labels = string.Join(" · ", run.Covering.Select(c => LinkOf(c).Label).Distinct());
            var mark = new TagBuilder("mark");
            if (run.Starting.Count > 0) mark.Attributes["id"] = $"c{run.Starting[0].Id}";
            var link = new TagBuilder("a");
            link.Attributes["href"] = first.Url;
            link.Attributes["title"] = labels;
            link.InnerHtml.Append(run.Text);
            mark.InnerHtml.AppendHtml(link);
            html.AppendHtml(mark);
        }
        return html;
    }

    public RecordLinks.Link LinkOf(Citation c) =>
        Links.GetValueOrDefault((c.RecordKind, c.RecordId)) ?? new RecordLinks.Link("#", c.RecordKind.ToString());
}
