using Twinning.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Workflow;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Charts;
using Microsoft.Extensions.Localization;
using Twinning.Features.Anniversaries;
using Twinning.Features.Partnerships;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;

namespace Twinning.Features.Dashboard;

/// <summary>A partnership at a glance: headline figures, coming anniversaries, latest activities.</summary>
public sealed class DashboardModel(TwinningDb db, TimeProvider clock, PartnershipAccess access, ChartQueries charts, IStringLocalizer t) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public int AgreementsInForce { get; private set; }
    public int AgencyAgreementsInForce { get; private set; }
    public int ActivityCount { get; private set; }
    public List<VisitsInYear> VisitsPerYear { get; private set; } = [];
    public List<ProjectsInStatus> ProjectsByStatus { get; private set; } = [];
    public List<Programme> Programmes { get; private set; } = [];
    public List<AnniversaryMilestone> Milestones { get; private set; } = [];
    public List<Activity> Latest { get; private set; } = [];
    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;

        // Figures count Approved records only: drafts and submissions are not yet part of the record.
        var agreements = db.Agreements.Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved && a.Status == AgreementStatus.InForce);
        AgreementsInForce = await agreements.CountAsync(a => a.ParentId == null, ct);
        AgencyAgreementsInForce = await agreements.CountAsync(a => a.ParentId != null, ct);
        var activities = db.Activities.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved);
        ActivityCount = await activities.CountAsync(ct);

        var visits = await db.Visits.AsNoTracking()
            .Where(v => v.PartnershipId == partnershipId && v.State == RecordState.Approved && v.StartDate != null)
            .GroupBy(v => new { v.StartDate!.Value.Year, v.Direction })
            .Select(g => new { g.Key.Year, g.Key.Direction, Count = g.Count() })
            .ToListAsync(ct);
        VisitsPerYear = visits.GroupBy(v => v.Year).OrderByDescending(g => g.Key)
            .Select(g => new VisitsInYear(g.Key, g.Where(v => v.Direction == Direction.AToB).Sum(v => v.Count),
                g.Where(v => v.Direction == Direction.BToA).Sum(v => v.Count), g.Where(v => v.Direction == Direction.Joint).Sum(v => v.Count)))
            .ToList();

        // The chart facts already hold every approved project's status and budget: group those rather
        // than read the projects a second time. Budgets are summed here, not in SQL: SQLite cannot sum decimals.
        var facts = await charts.ForPartnershipAsync(partnershipId, ct);
        ProjectsByStatus = facts.Projects.GroupBy(p => p.Status).OrderBy(g => g.Key)
            .Select(g => new ProjectsInStatus(g.Key, g.Count(), g.Where(p => p.Budget is not null && p.Currency is not null)
                .GroupBy(p => p.Currency!).OrderBy(c => c.Key).Select(c => new Budget(c.Sum(p => p.Budget!.Value), c.Key)).ToList()))
            .ToList();

        Programmes = await db.Programmes.AsNoTracking().Include(p => p.Intakes)
            .Where(p => p.PartnershipId == partnershipId && p.State == RecordState.Approved).OrderBy(p => p.StartDate).ToListAsync(ct);

        // The partnership's day, by the same rule as its reports (the issuing city's time zone), not the
        // server's UTC: at 00:30 in Hanoi an anniversary of that day has come, though UTC is still on the eve.
        var today = Reports.IssuingSide.Today(clock, partnership, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var anniversaries = await db.Anniversaries.AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved).ToListAsync(ct);
        Milestones = anniversaries.SelectMany(a => a.MilestonesFrom(today, 2)).OrderBy(m => m.Date).ToList();

        Charts = ChartBuilder.All(facts, partnership, t);

        Latest = await activities.Where(a => a.StartDate != null)
            .OrderByDescending(a => a.StartDate).ThenByDescending(a => a.Id).Take(8).ToListAsync(ct);
        return Page();
    }

    public sealed record VisitsInYear(int Year, int AToB, int BToA, int Joint);
    public sealed record Budget(decimal Amount, string Currency);
    public sealed record ProjectsInStatus(IatiActivityStatus Status, int Count, List<Budget> Budgets);
}
