using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Visits;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// The kinds the import reads, in the template's order: those the export's activity sheets cover, then the
/// shared people and organisations. An activity row is recognised by its ID, key, or title and start date; a
/// person or organisation row by its ID, key, or any of its names (and a person's aliases) folded as search folds them.
/// </summary>
public static class ImportableSheets
{
    public static readonly IReadOnlyList<IImportableSheet> All =
    [
        Sheet<Visit>("visits", db => db.Visits,
            Field.Person<Visit>("leader", v => v.LeaderId, (v, id) => v.LeaderId = id),
            Field.Localized<Visit>("host_city", v => v.HostCity, (v, t) => v.HostCity = t, 200),
            Field.Localized<Visit>("purpose", v => v.Purpose, (v, t) => v.Purpose = t, 4000)),
        Sheet<Meeting>("meetings", db => db.Meetings,
            [Field.Choice<Meeting, MeetingKind>("meeting_kind", m => m.MeetingKind, (m, k) => m.MeetingKind = k)]),
        Sheet<Project>("projects", db => db.Projects,
            Field.Organisation<Project>("funder", p => p.FunderId, (p, id) => p.FunderId = id),
            Field.Organisation<Project>("recipient", p => p.RecipientId, (p, id) => p.RecipientId = id),
            [
                Field.Text<Project>("sector", p => p.Sector, (p, s) => p.Sector = s, 200),
                Field.Amount<Project>("budget_amount", p => p.BudgetAmount, (p, a) => p.BudgetAmount = a),
                Field.Currency<Project>("budget_currency", p => p.BudgetCurrency, (p, c) => p.BudgetCurrency = c),
                Field.Choice<Project, IatiActivityStatus>("iati_status", p => p.IatiStatus, (p, s) => p.IatiStatus = s),
                Field.Date<Project>("planned_start", p => p.PlannedStart, (p, d) => p.PlannedStart = d),
                Field.Date<Project>("planned_end", p => p.PlannedEnd, (p, d) => p.PlannedEnd = d),
                Field.Date<Project>("actual_start", p => p.ActualStart, (p, d) => p.ActualStart = d),
                Field.Date<Project>("actual_end", p => p.ActualEnd, (p, d) => p.ActualEnd = d),
            ]),
        Sheet<Programme>("programmes", db => db.Programmes,
            [
                Field.Choice<Programme, ProgrammeKind>("programme_kind", p => p.ProgrammeKind, (p, k) => p.ProgrammeKind = k),
                Field.Whole<Programme>("annual_quota_min", p => p.AnnualQuotaMin, (p, n) => p.AnnualQuotaMin = n),
                Field.Whole<Programme>("annual_quota_max", p => p.AnnualQuotaMax, (p, n) => p.AnnualQuotaMax = n),
                Field.Whole<Programme>("participants_count", p => p.ParticipantsCount, (p, n) => p.ParticipantsCount = n),
            ],
            Field.Organisation<Programme>("provider", p => p.ProviderId, (p, id) => p.ProviderId = id),
            Field.Organisation<Programme>("beneficiary", p => p.BeneficiaryId, (p, id) => p.BeneficiaryId = id)),
        Sheet<PromotionEvent>("events", db => db.Events.Include(e => e.Organisers),
            [
                Field.Choice<PromotionEvent, EventKind>("event_kind", e => e.EventKind, (e, k) => e.EventKind = k),
                Field.Organisers("organisers"),
            ]),
        Sheet<Donation>("donations", db => db.Donations,
            Field.Localized<Donation>("item", d => d.Item, (d, t) => d.Item = t, 1000),
            [Field.Whole<Donation>("quantity", d => d.Quantity, (d, n) => d.Quantity = n)],
            Field.Organisation<Donation>("donor", d => d.DonorId, (d, id) => d.DonorId = id),
            Field.Organisation<Donation>("recipient", d => d.RecipientId, (d, id) => d.RecipientId = id)),
        Organisations,
        People,
    ];

    public static IImportableSheet? Named(string? name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>Organisations are shared by every partnership: a row is any body on record, a new one is everyone's.</summary>
    private static IImportableSheet Organisations => new ImportableSheet<Organisation>("organisations", "name_vi",
        "Spreadsheets.Error.UnknownOrganisationId", "Spreadsheets.Error.RepeatedName",
        [
            ..Field.Localized<Organisation>("name", o => o.Name, (o, t) => o.Name = t, 400, vietnameseRequired: true),
            Field.Text<Organisation>("abbreviation", o => o.Abbreviation, (o, a) => o.Abbreviation = a, 40),
            Field.Choice<Organisation, OrganisationKind>("kind", o => o.Kind, (o, k) => o.Kind = k),
            Field.Country<Organisation>("country", o => o.Country, (o, c) => o.Country = c),
            Field.Text<Organisation>("city", o => o.City, (o, c) => o.City = c, 120),
            ..Field.Organisation<Organisation>("parent", o => o.ParentId, (o, id) => o.ParentId = id),
        ],
        async (db, _, ct) => await db.Organisations.AsNoTracking().OrderBy(o => o.Id).ToListAsync(ct),
        async (db, id, ct) => await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct),
        _ => new Organisation { Kind = OrganisationKind.Other },
        o => RecordDirectory.Keys(o.Name.All()),
        o => o.Name.ToString(), o => $"/organisations/{o.Id}",
        (o, read) => o.ParentId is { } parent && parent == (read.Current?.Id ?? o.Id) ? [("parent", read.T["Spreadsheets.Error.OwnParent"].Value)] : []);

    /// <summary>People are shared too; a row's names and aliases recognise them whatever the spelling.</summary>
    private static IImportableSheet People => new ImportableSheet<Person>("people", "name_vi",
        "Spreadsheets.Error.UnknownPersonId", "Spreadsheets.Error.RepeatedName",
        [
            ..Field.Localized<Person>("name", p => p.Name, (p, t) => p.Name = t, 200, vietnameseRequired: true),
            Field.Country<Person>("country", p => p.Country, (p, c) => p.Country = c),
            Field.Aliases("aliases"),
        ],
        async (db, _, ct) => await db.People.AsNoTracking().Include(p => p.Aliases).OrderBy(p => p.Id).ToListAsync(ct),
        async (db, id, ct) => await db.People.Include(p => p.Aliases).FirstOrDefaultAsync(p => p.Id == id, ct),
        _ => new Person(),
        p => RecordDirectory.Keys(p.SearchNames()),
        p => p.Name.ToString(), p => $"/people/{p.Id}");

    private static ImportableSheet<T> Sheet<T>(string name, Func<TwinningDb, IQueryable<T>> set, params IEnumerable<ImportField<T>>[] own) where T : Activity, new() =>
        new(name, "title_vi", "Spreadsheets.Error.UnknownId", "Spreadsheets.Error.Repeated",
            [.. Common<T>(), .. own.SelectMany(f => f)],
            async (db, partnershipId, ct) => await set(db).AsNoTracking().AsSplitQuery().Include(a => a.Commitments).Include(a => a.Participants)
                .Where(a => a.PartnershipId == partnershipId).ToListAsync(ct),
            async (db, id, ct) => await set(db).AsSplitQuery().Include(a => a.Commitments).Include(a => a.Participants).FirstOrDefaultAsync(a => a.Id == id, ct),
            // A new activity starts as the forms start one: planned, until the row says otherwise.
            partnershipId => new T { PartnershipId = partnershipId, Status = ActivityStatus.Planned },
            a => TitleAndStart(a) is { } identity ? [identity] : [],
            a => a.Title.Vi ?? a.Title.En ?? a.Title.Lo ?? "", a => $"/activities/{a.Id}",
            (a, read) => a.StartDate is { } start && a.EndDate is { } end && end < start ? [("end_date", read.T["Spreadsheets.Error.EndBeforeStart"].Value)] : []);

    /// <summary>The columns every activity has, with the limits the forms hold them to.</summary>
    private static IEnumerable<ImportField<T>> Common<T>() where T : Activity =>
    [
        ..Field.Localized<T>("title", a => a.Title, (a, t) => a.Title = t, 1000, vietnameseRequired: true),
        Field.Date<T>("start_date", a => a.StartDate, (a, d) => a.StartDate = d),
        Field.Date<T>("end_date", a => a.EndDate, (a, d) => a.EndDate = d),
        ..Field.Localized<T>("place", a => a.Place, (a, t) => a.Place = t, 200),
        Field.Choice<T, ActivityStatus>("status", a => a.Status, (a, s) => a.Status = s),
        Field.Choice<T, Direction>("direction", a => a.Direction, (a, d) => a.Direction = d),
        ..Field.Localized<T>("summary", a => a.Summary, (a, t) => a.Summary = t, 4000),
        Field.Commitments<T>("commitments"),
        Field.Participants<T>("participants"),
    ];

    /// <summary>Titles compared as a person would (case, accents' composition and spacing aside), with the start date.</summary>
    private static string? TitleAndStart(Activity activity) =>
        string.IsNullOrWhiteSpace(activity.Title.Vi) ? null
            : string.Join(' ', activity.Title.Vi.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
              + "|" + activity.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
