using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Editing;
using Twinning.Features.Events;
using Twinning.Features.Partnerships;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Shared.Lists;
using Way = Twinning.Features.Activities.Direction;

namespace Twinning.Features.Activities;

/// <summary>
/// A partnership's activities as a table (visits, projects, programmes, donations… one kind or all),
/// filtered by period, side, direction, status, commitment area and a project's stage, sorted and paged;
/// the dashboard's figures link here. Drafts only for those who may read them (<see cref="ReadFilter"/>).
/// </summary>
public sealed class ListActivitiesModel(TwinningDb db, PartnershipAccess access, IStringLocalizer t) : ListPageModel(t)
{
    private static readonly DateOnly Earliest = new(1900, 1, 1), Latest = new(2200, 12, 31);

    [BindProperty(SupportsGet = true), Display(Name = "Field.Kind")] public ActivityKind? Kind { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.From")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.To")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Direction")] public Direction? Direction { get; set; }
    /// <summary>A side's country code: the activities its city travelled or gave for, organised or funded, and the joint ones.</summary>
    [BindProperty(SupportsGet = true), RegularExpression("^[A-Z]{2}$"), Display(Name = "Field.Side")] public string? Side { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Status")] public ActivityStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Field.Area")] public CommitmentArea? Area { get; set; }
    /// <summary>A project's IATI stage, as the dashboard counts projects by it.</summary>
    [BindProperty(SupportsGet = true), Display(Name = "Project.IatiStatus")] public IatiActivityStatus? Stage { get; set; }

    public Partnership Partnership { get; private set; } = null!;
    public List<Activity> Activities { get; private set; } = [];

    public override IReadOnlyList<string> SortKeys { get; } = ["date", "title", "kind", "status"];
    protected override bool DescendingByDefault => true;

    protected override void CheckFilters()
    {
        foreach (var (name, date) in new[] { ("from", From), ("to", To) })
            if (date is { } d && (d < Earliest || d > Latest))
                ModelState.AddModelError(name, Text["Audit.Log.DateOutOfRange", d.ToString("yyyy-MM-dd")]);
        if (From > To) ModelState.AddModelError("from", Text["Audit.Log.FromAfterTo"]);
    }

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;

        var readable = await ReadFilter.OfAsync(access, ct);
        var query = readable.Apply(db.Activities.AsNoTracking()).Where(a => a.PartnershipId == partnershipId);
        if (Kind is { } kind) query = query.Where(a => a.Kind == kind);
        // An activity belongs to a period by the day it is ordered by: its start, else its end.
        if (From is { } from) query = query.Where(a => (a.StartDate ?? a.EndDate) >= from);
        if (To is { } to) query = query.Where(a => (a.StartDate ?? a.EndDate) <= to);
        if (Side is { } side) query = query.Where(OnSide(partnership, side));
        if (Direction is { } direction) query = query.Where(a => a.Direction == direction);
        if (Status is { } status) query = query.Where(a => a.Status == status);
        if (Area is { } area) query = query.Where(a => a.Commitments.Any(c => c.Area == area));
        if (Stage is { } stage) query = query.Where(a => a is Project && ((Project)a).IatiStatus == stage);

        var ordered = (Sort, IsDescending) switch
        {
            ("title", false) => query.OrderBy(a => a.Title.Vi).ThenBy(a => a.Id),
            ("title", true) => query.OrderByDescending(a => a.Title.Vi).ThenBy(a => a.Id),
            ("kind", false) => query.OrderBy(a => a.Kind).ThenByDescending(a => a.StartDate ?? a.EndDate).ThenBy(a => a.Id),
            ("kind", true) => query.OrderByDescending(a => a.Kind).ThenByDescending(a => a.StartDate ?? a.EndDate).ThenBy(a => a.Id),
            ("status", false) => query.OrderBy(a => a.Status).ThenByDescending(a => a.StartDate ?? a.EndDate).ThenBy(a => a.Id),
            ("status", true) => query.OrderByDescending(a => a.Status).ThenByDescending(a => a.StartDate ?? a.EndDate).ThenBy(a => a.Id),
            // Undated activities come last either way.
            (_, false) => query.OrderBy(a => (a.StartDate ?? a.EndDate) == null).ThenBy(a => a.StartDate ?? a.EndDate).ThenBy(a => a.Id),
            (_, true) => query.OrderBy(a => (a.StartDate ?? a.EndDate) == null).ThenByDescending(a => a.StartDate ?? a.EndDate).ThenByDescending(a => a.Id),
        };
        Activities = await PageOfAsync(query, ordered, ct);
        return Page();
    }

    /// <summary>
    /// Whether an activity is a side's: its delegation travelled, or it gave (the direction runs from its city),
    /// the activity is joint (for a side of this partnership), or one of its bodies organised it (a project's funder, a programme's provider, a
    /// donor, an event's organiser). A direction names cities, so when both cities share a country either way is that side's.
    /// </summary>
    private static System.Linq.Expressions.Expression<Func<Activity, bool>> OnSide(Partnership p, string side)
    {
        var fromA = p.CityACountry == side;
        var fromB = p.CityBCountry == side;
        return a => ((fromA || fromB) && a.Direction == Way.Joint)
            || (fromA && a.Direction == Way.AToB) || (fromB && a.Direction == Way.BToA)
            || (a is Project && ((Project)a).Funder!.Country == side)
            || (a is Programme && ((Programme)a).Provider!.Country == side)
            || (a is Donation && ((Donation)a).Donor!.Country == side)
            || (a is PromotionEvent && ((PromotionEvent)a).Organisers.Any(o => o.Country == side));
    }

    /// <summary>The partnership's sides to choose from: each country once, with its city.</summary>
    public IEnumerable<(string Country, string City)> Sides =>
        new[] { (Partnership.CityACountry, Partnership.CityAName.ToString()), (Partnership.CityBCountry, Partnership.CityBName.ToString()) }
            .GroupBy(s => s.Item1).Select(g => (g.Key, string.Join(", ", g.Select(s => s.Item2))));
}
