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

/// <summary>A partnership at a glance: headline figures, coming anniversaries, latest activities (read by <see cref="DashboardQuery"/>).</summary>
public sealed class DashboardModel(TwinningDb db, TimeProvider clock, PartnershipAccess access, DashboardQuery query, IStringLocalizer t) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public DashboardData Data { get; private set; } = null!;
    public int AgreementsInForce => Data.AgreementsInForce;
    public int AgencyAgreementsInForce => Data.AgencyAgreementsInForce;
    public int ActivityCount => Data.ActivityCount;
    public List<VisitsInYear> VisitsPerYear => Data.VisitsPerYear;
    public List<ProjectsInStatus> ProjectsByStatus => Data.ProjectsByStatus;
    public List<Programme> Programmes => Data.Programmes;
    public int ProgrammeCount => Data.ProgrammeCount;
    public List<AnniversaryMilestone> Milestones { get; private set; } = [];
    public List<Activity> Latest => Data.Latest;
    public IReadOnlyList<Chart> Charts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        Partnership = partnership;
        Data = await query.LoadAsync(partnershipId, ct);

        // The partnership's day, by the same rule as its reports (the issuing city's time zone), not the
        // server's UTC: at 00:30 in Hanoi an anniversary of that day has come, though UTC is still on the eve.
        var today = Reports.IssuingSide.Today(clock, partnership, System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        Milestones = Data.Anniversaries.SelectMany(a => a.MilestonesFrom(today, 2)).OrderBy(m => m.Date).ToList();
        // The partnership's names label the charts: they are its record, whose revision keeps Data.
        Charts = Data.ChartsIn($"{System.Globalization.CultureInfo.CurrentUICulture.Name}/{System.Globalization.CultureInfo.CurrentCulture.Name}",
            () => ChartBuilder.All(Data.Facts, partnership, t));
        return Page();
    }
}
