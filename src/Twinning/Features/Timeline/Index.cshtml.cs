using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Workflow;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Timeline;

/// <summary>Every activity of a partnership in date order, filtered and paged.</summary>
public sealed class TimelineModel(TwinningDb db, PartnershipAccess access, TimelineQuery timeline) : PageModel
{
    public const int PageSize = TimelineQuery.PageSize;

    [BindProperty(SupportsGet = true), Range(1900, 2200, ErrorMessage = "Validation.Range"), Display(Name = "Field.Year")] public int? Year { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Kind")] public ActivityKind? Kind { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Direction")] public Direction? Direction { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Area")] public CommitmentArea? Area { get; set; }
    // Not "page": Razor Pages reserves that route value for the page path.
    [BindProperty(SupportsGet = true, Name = "p"), Range(1, 100_000)] public int PageNumber { get; set; } = 1;

    public Partnership Partnership { get; private set; } = null!;
    public List<Activity> Activities { get; private set; } = [];
    public List<int> Years { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;

        // Approved activities for everyone; drafts and submissions, clearly marked, for those who act on them.
        var readable = await Editing.ReadFilter.OfAsync(access, ct);
        (Activities, Years, Total) = await timeline.LoadAsync(partnershipId, readable, new TimelineFilter(Year, Kind, Direction, Area), PageNumber, ct);
        return Page();
    }

    /// <summary>This page's filters with one value changed, for the pager links.</summary>
    public string LinkTo(int page) =>
        QueryString.Create(new Dictionary<string, string?>
        {
            ["year"] = Year?.ToString(), ["kind"] = Kind?.ToString(), ["direction"] = Direction?.ToString(),
            ["area"] = Area?.ToString(), ["p"] = page.ToString(),
        }.Where(kv => kv.Value is not null)).ToUriComponent();
}
