using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;

namespace Twinning.Features.Exports;

/// <summary>A sheet per kind of activity: the columns every activity has, then the kind's own.</summary>
internal static class ActivitySheets
{
    public static readonly IExportSheet Visits = Sheet("visits", db => db.Visits.Include(v => v.Leader),
        Column.Reference<Visit>("leader", v => v.LeaderId, v => v.Leader?.Name),
        Column.Localized<Visit>("host_city", v => v.HostCity, ColumnWidth.Medium),
        Column.Localized<Visit>("purpose", v => v.Purpose));

    public static readonly IExportSheet Meetings = Sheet("meetings", db => db.Meetings,
        [Column.Of<Meeting>("meeting_kind", m => m.MeetingKind), Column.Of<Meeting>("visit_id", m => m.VisitId, ColumnWidth.Narrow)]);

    /// <summary>The budget is a number with its ISO 4217 currency beside it, so sums in a spreadsheet never mix currencies unseen.</summary>
    public static readonly IExportSheet Projects = Sheet("projects", db => db.Projects.Include(p => p.Funder).Include(p => p.Recipient),
        Column.Reference<Project>("funder", p => p.FunderId, p => p.Funder?.Name),
        Column.Reference<Project>("recipient", p => p.RecipientId, p => p.Recipient?.Name),
        [
            Column.Of<Project>("sector", p => p.Sector, ColumnWidth.Wide),
            Column.Of<Project>("budget_amount", p => p.BudgetAmount),
            Column.Of<Project>("budget_currency", p => p.BudgetCurrency, ColumnWidth.Narrow),
            Column.Of<Project>("iati_status", p => p.IatiStatus),
            Column.Of<Project>("planned_start", p => p.PlannedStart),
            Column.Of<Project>("planned_end", p => p.PlannedEnd),
            Column.Of<Project>("actual_start", p => p.ActualStart),
            Column.Of<Project>("actual_end", p => p.ActualEnd),
        ]);

    public static readonly IExportSheet Programmes = Sheet("programmes", db => db.Programmes.Include(p => p.Provider).Include(p => p.Beneficiary),
        [
            Column.Of<Programme>("programme_kind", p => p.ProgrammeKind),
            Column.Of<Programme>("annual_quota_min", p => p.AnnualQuotaMin, ColumnWidth.Narrow),
            Column.Of<Programme>("annual_quota_max", p => p.AnnualQuotaMax, ColumnWidth.Narrow),
            Column.Of<Programme>("participants_count", p => p.ParticipantsCount, ColumnWidth.Narrow),
        ],
        Column.Reference<Programme>("provider", p => p.ProviderId, p => p.Provider?.Name),
        Column.Reference<Programme>("beneficiary", p => p.BeneficiaryId, p => p.Beneficiary?.Name));

    public static readonly IExportSheet Events = Sheet("events", db => db.Events.Include(e => e.Organisers),
        [
            Column.Of<PromotionEvent>("event_kind", e => e.EventKind),
            Column.Of<PromotionEvent>("organisers", e => Column.Joined(e.Organisers.Select(o => Column.NameOf(o.Name))), ColumnWidth.Wide),
        ]);

    public static readonly IExportSheet Donations = Sheet("donations", db => db.Donations.Include(d => d.Donor).Include(d => d.Recipient),
        Column.Localized<Donation>("item", d => d.Item),
        [Column.Of<Donation>("quantity", d => d.Quantity, ColumnWidth.Narrow)],
        Column.Reference<Donation>("donor", d => d.DonorId, d => d.Donor?.Name),
        Column.Reference<Donation>("recipient", d => d.RecipientId, d => d.Recipient?.Name));

    private static ExportSheet<T> Sheet<T>(string name, Func<TwinningDb, IQueryable<T>> set, params IEnumerable<ExportColumn<T>>[] own) where T : Activity =>
        new(name,
            (db, partnershipId) => set(db).Include(a => a.Commitments).Where(a => a.PartnershipId == partnershipId && a.State == RecordState.Approved).OrderBy(a => a.StartDate).ThenBy(a => a.Id),
            [.. Common<T>(), .. own.SelectMany(c => c)]);

    private static IEnumerable<ExportColumn<T>> Common<T>() where T : Activity =>
    [
        // The version lets the spreadsheet import tell a row exported before someone saved the record (a conflict, not an overwrite).
        Column.Id<T>(a => a.Id), Column.Of<T>("version", a => a.Version, ColumnWidth.Narrow), Column.Of<T>("key", a => a.Key),
        ..Column.Localized<T>("title", a => a.Title),
        Column.Of<T>("start_date", a => a.StartDate),
        Column.Of<T>("end_date", a => a.EndDate),
        Column.Of<T>("date_inferred", a => a.DateInferred, ColumnWidth.Narrow),
        ..Column.Localized<T>("place", a => a.Place, ColumnWidth.Medium),
        Column.Of<T>("status", a => a.Status),
        Column.Of<T>("direction", a => a.Direction, ColumnWidth.Narrow),
        ..Column.Localized<T>("summary", a => a.Summary),
        Column.Of<T>("commitments", a => Column.Joined(a.Commitments.OrderBy(c => c.Id).Select(CommitmentLabel.Of)), ColumnWidth.Wide),
    ];
}
