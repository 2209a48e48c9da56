using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;

namespace Twinning.Features.Sources;

/// <summary>
/// Cite a source for a record: the quote must stand in the source's text, and its offsets are found
/// there, so the source page can highlight it. Also removes a citation.
/// </summary>
public sealed class CiteModel(TwinningDb db, RecordPermissions permissions, IStringLocalizer t) : PageModel
{
    public sealed record Choice(string Value, string Group, string Label);

    [BindProperty, Required(ErrorMessage = "Validation.Required"), Display(Name = "Cite.Record")] public string? Record { get; set; }
    [BindProperty, Required(ErrorMessage = "Validation.Required"), StringLength(4000, ErrorMessage = "Validation.Length"), Display(Name = "Cite.Quote")] public string? Quote { get; set; }
    [BindProperty, Range(1, 1000), Display(Name = "Cite.Occurrence")] public int Occurrence { get; set; } = 1;

    public Source Source { get; private set; } = null!;
    public List<Choice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!ModelState.IsValid) return Page();
        var target = await ResolveAsync(Record!, ct);
        if (target is null) { ModelState.AddModelError(nameof(Record), t["Validation.Unknown"]); return Page(); }
        if (!await permissions.CanEditAsync(target.Value.Record, ct)) return Forbid();

        var quote = Quote!.Replace("\r\n", "\n").Normalize(System.Text.NormalizationForm.FormC);
        var start = QuoteLocator.Find(Source.FullText, quote, Occurrence);
        if (start < 0) { ModelState.AddModelError(nameof(Quote), t["Cite.NotInText"]); return Page(); }
        db.Citations.Add(new Citation { SourceId = Source.Id, RecordKind = target.Value.Kind, RecordId = target.Value.Record.Id, Quote = quote, Start = start, Length = quote.Length });
        await db.SaveChangesAsync(ct);
        return Redirect($"/sources/{Source.Id}#c{db.Citations.Local.Last().Id}");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int citationId, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var citation = await db.Citations.FirstOrDefaultAsync(c => c.Id == citationId && c.SourceId == id, ct);
        if (citation is null) return NotFound();
        // Unciting a fact changes the record it stood for: that record's partnership decides, not the shared source.
        if (await CitedRecords.FindAsync(db, citation.RecordKind, citation.RecordId, ct) is { } cited && !await permissions.CanEditAsync(cited, ct))
            return Forbid();
        db.Citations.Remove(citation);
        await db.SaveChangesAsync(ct);
        return Redirect($"/sources/{id}");
    }

    /// <summary>Loads the source and the records that may be cited; a result when the page must not go on.</summary>
    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null) return NotFound();
        if (!await permissions.CanEditAsync(source, ct)) return Forbid();
        Source = source;
        // A citation is new, never a stored link: only records the user may read are offered (the read rule, drafts
        // included, as the lists and the pickers apply it), so no draft's name shows to those who may not open it.
        var readable = await permissions.ReadFilterAsync(ct);
        Choices =
        [
            .. (await RecordOptions.PeopleAsync(db, readable, [], ct)).ByVietnameseName().Select(p => new Choice($"Person:{p.Id}", t["Nav.People"], p.Name.Vi ?? "")),
            .. (await RecordOptions.OrganisationsAsync(db, readable, [], ct)).ByVietnameseName().Select(o => new Choice($"Organisation:{o.Id}", t["Nav.Organisations"], o.Name.Vi ?? "")),
            .. (await readable.Apply(db.Agreements.AsNoTracking()).OrderBy(a => a.SignedOn).Select(a => new { a.Id, a.Title.Vi }).ToListAsync(ct)).Select(a => new Choice($"Agreement:{a.Id}", t["Nav.Agreements"], a.Vi ?? "")),
            .. (await readable.Apply(db.Activities.AsNoTracking()).OrderByDescending(a => a.StartDate).Select(a => new { a.Id, a.Title.Vi }).ToListAsync(ct)).Select(a => new Choice($"Activity:{a.Id}", t["Cite.Activities"], a.Vi ?? "")),
        ];
        return null;
    }

    private async Task<(RecordKind Kind, Record Record)?> ResolveAsync(string value, CancellationToken ct)
    {
        var parts = value.Split(':');
        if (parts.Length != 2 || !int.TryParse(parts[1], out var id) || !Enum.TryParse<RecordKind>(parts[0], out var kind)) return null;
        // The form offers whole records only; a part (a position…) is cited from its record's own form.
        Record? record = kind is RecordKind.Person or RecordKind.Organisation or RecordKind.Agreement or RecordKind.Activity
            ? await CitedRecords.FindAsync(db, kind, id, ct) : null;
        return record is null ? null : (kind, record);
    }
}
