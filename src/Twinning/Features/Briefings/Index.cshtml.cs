using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Reports;
using Twinning.Features.Reports.Docx;
using Twinning.Features.Workflow;
using Twinning.Web;

namespace Twinning.Features.Briefings;

/// <summary>
/// The briefing pack for a meeting: the form (GET, no state changed, so no antiforgery), the pack as a
/// page once counterparts are chosen, and the same pack as DOCX (handler "docx").
/// </summary>
public sealed class BriefingModel(TwinningDb db, PartnershipAccess access, IStringLocalizer t, TimeProvider clock) : PageModel
{
    public Partnership Partnership { get; private set; } = null!;
    public List<Person> People { get; private set; } = [];
    public ReportDocument? Pack { get; private set; }
    public DateOnly Date { get; private set; }

    /// <summary>Meetings and visits to prepare, nearest to today first (the coming one before last week's).</summary>
    public List<MeetingChoice> Meetings { get; private set; } = [];

    /// <summary>How many meetings the picker offers: the near ones are what people prepare for.</summary>
    public const int MeetingsOffered = 12;

    [BindProperty(SupportsGet = true)]
    public BriefingRequest Choice { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var problem = await LoadAsync(partnershipId, ct);
        if (problem is not null) return problem;
        // The picker lists approved people only: a pack cannot be made for anyone else.
        People = await db.People.AsNoTracking().Where(p => p.State == RecordState.Approved).OrderBy(p => p.Name.Vi).ToListAsync(ct);
        var meetings = await db.Activities.AsNoTracking().Include(a => a.Participants)
            .Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved && a.StartDate != null
                && (a.Kind == ActivityKind.Meeting || a.Kind == ActivityKind.Visit))
            .ToListAsync(ct);
        var today = clock.Today();
        Meetings = NearestFirst(meetings, today).Take(MeetingsOffered)
            .Select(a => new MeetingChoice(a, a.Participants.Select(p => p.PersonId).Distinct().Take(BriefingRequest.MaxPeople).ToList()))
            .ToList();
        return Page();
    }

    /// <summary>By distance from today in days; of two equally near, the coming one first (it is the one to prepare).</summary>
    public static IEnumerable<Activity> NearestFirst(IEnumerable<Activity> meetings, DateOnly today) =>
        meetings.OrderBy(a => Math.Abs(a.StartDate!.Value.DayNumber - today.DayNumber))
            .ThenBy(a => a.StartDate < today).ThenBy(a => a.Id);

    public sealed record MeetingChoice(Activity Meeting, List<int> People);

    public async Task<IActionResult> OnGetDocxAsync(int partnershipId, CancellationToken ct)
    {
        var problem = await LoadAsync(partnershipId, ct);
        if (problem is not null) return problem;
        if (Pack is null) return RejectBadQueryFilter.Reject(HttpContext, nameof(Choice.People), t["Briefing.Error.NoPeople"]);
        return File(DocxReportWriter.Write(Pack), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            $"briefing-{partnershipId}-{Date:yyyyMMdd}-{Choice.Language}.docx");
    }

    private async Task<IActionResult?> LoadAsync(int partnershipId, CancellationToken ct)
    {
        // Readers of the partnership only, checked before anything of it is read.
        if (!await access.CanReadAsync(partnershipId, ct)) return Forbid();
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        Partnership = partnership;
        // The day in the issuing city (Hanoi, or Vientiane for a Lao pack), not on the server's UTC clock.
        var today = IssuingSide.Today(clock, partnership, Choice.Language);
        Date = Choice.Date ?? today;
        if (Choice.IsEmpty) return null;

        var data = await new BriefingQuery(db).LoadAsync(partnership, Choice.People, Date, ct);
        if (data is null) return RejectBadQueryFilter.Reject(HttpContext, nameof(Choice.People), t["Briefing.Error.Person"]);
        using (new ReportCulture(Choice.Language))
            Pack = new BriefingComposer(t, today).Compose(data, Choice.Language);
        return null;
    }
}
