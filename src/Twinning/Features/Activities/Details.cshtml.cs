using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Donations;
using Twinning.Features.Editing;
using Twinning.Features.Events;
using Twinning.Features.Partnerships;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;

namespace Twinning.Features.Activities;

/// <summary>
/// One page for every kind of activity: the shared facts (date, place, people, commitments carried out,
/// sources) and a section for what only that kind has (a visit's meetings, a project's budget…).
/// </summary>
public sealed class ActivityDetailsModel(TwinningDb db, CitationLookup citations, RecordPermissions permissions) : PageModel
{
    public Activity Activity { get; private set; } = null!;
    public Partnership Partnership { get; private set; } = null!;
    public List<Citation> Citations { get; private set; } = [];
    public ILookup<int, Citation> PartCitations { get; private set; } = Enumerable.Empty<Citation>().ToLookup(c => 0);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var activity = await db.Activities.AsNoTracking().AsSplitQuery()
            .Include(a => a.Participants).ThenInclude(p => p.Person)
            .Include(a => a.Commitments).ThenInclude(c => c.Agreement)
            .Include(a => ((Visit)a).Leader).Include(a => ((Visit)a).InvitedBy)
            .Include(a => ((Visit)a).Meetings).ThenInclude(m => m.Participants).ThenInclude(p => p.Person)
            .Include(a => ((Meeting)a).Visit).Include(a => ((Meeting)a).AgreementsSigned)
            .Include(a => ((Project)a).Funder).Include(a => ((Project)a).Recipient).Include(a => ((Project)a).Milestones)
            .Include(a => ((Programme)a).Intakes).Include(a => ((Programme)a).Provider).Include(a => ((Programme)a).Beneficiary)
            .Include(a => ((PromotionEvent)a).Organisers)
            .Include(a => ((Donation)a).Donor).Include(a => ((Donation)a).Recipient)
            .FirstOrDefaultAsync(a => a.Id == id, ct);
        if (activity is null) return NotFound();
        if (await permissions.RefuseReadAsync(activity, ct) is { } refused) return refused;
        Activity = activity;
        Partnership = await db.Partnerships.AsNoTracking().FirstAsync(p => p.Id == activity.PartnershipId, ct);
        Citations = await citations.ForAsync(RecordKind.Activity, id, ct);
        PartCitations = activity switch
        {
            Project p => await citations.ForAsync(RecordKind.Milestone, p.Milestones.Select(m => m.Id), ct),
            Programme p => await citations.ForAsync(RecordKind.Intake, p.Intakes.Select(i => i.Id), ct),
            _ => PartCitations,
        };
        return Page();
    }
}
