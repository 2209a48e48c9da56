using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Visits;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// A kind of activity the spreadsheet import adds: the export's sheet of the same name, and the columns of
/// it that are read back. Columns the import does not read (ids of linked people and organisations, names
/// shown for reading) may stay in the file: they are passed over.
/// </summary>
public interface IImportableSheet
{
    /// <summary>The export sheet's name ("visits").</summary>
    string Name { get; }

    IReadOnlyList<(string Name, FieldKind Kind, Type? Choices, bool Required)> Columns { get; }

    /// <summary>A new activity of this kind in the partnership with the row's cells put on it, and the errors by column.</summary>
    (Activity Activity, List<(string Column, string Error)> Errors) Read(int partnershipId, IReadOnlyDictionary<string, SheetCell> cells, CellReading read);

    /// <summary>The partnership's activities of this kind (the soft-deleted stay out through the query filter).</summary>
    IQueryable<Activity> Existing(TwinningDb db, int partnershipId);
}

public sealed class ImportableSheet<T>(string name, IReadOnlyList<ImportField<T>> fields, Func<TwinningDb, IQueryable<T>> set) : IImportableSheet
    where T : Activity, new()
{
    public string Name => name;

    public IReadOnlyList<(string Name, FieldKind Kind, Type? Choices, bool Required)> Columns { get; } =
        fields.Select(f => (f.Name, f.Kind, f.Choices, f.Required)).ToList();

    public (Activity Activity, List<(string Column, string Error)> Errors) Read(int partnershipId, IReadOnlyDictionary<string, SheetCell> cells, CellReading read)
    {
        // A new activity starts as the forms start one: planned, until the row says otherwise.
        var activity = new T { PartnershipId = partnershipId, Status = ActivityStatus.Planned };
        var errors = new List<(string, string)>();
        foreach (var field in fields)
        {
            if (!cells.TryGetValue(field.Name, out var cell))
            {
                if (field.Required) errors.Add((field.Name, read.T["Spreadsheets.Error.Required"]));
                continue;
            }
            if (field.Apply(activity, cell, read) is { } error) errors.Add((field.Name, error));
        }
        if (activity.StartDate is { } start && activity.EndDate is { } end && end < start)
            errors.Add(("end_date", read.T["Spreadsheets.Error.EndBeforeStart"]));
        return (activity, errors);
    }

    public IQueryable<Activity> Existing(TwinningDb db, int partnershipId) => set(db).Where(a => a.PartnershipId == partnershipId);
}

/// <summary>The kinds the import reads, in the template's order: those the export's activity sheets cover.</summary>
public static class ImportableSheets
{
    public static readonly IReadOnlyList<IImportableSheet> All =
    [
        Sheet<Visit>("visits", db => db.Visits,
            Field.Localized<Visit>("host_city", v => v.HostCity, (v, t) => v.HostCity = t, 200),
            Field.Localized<Visit>("purpose", v => v.Purpose, (v, t) => v.Purpose = t, 4000)),
        Sheet<Meeting>("meetings", db => db.Meetings,
            [Field.Choice<Meeting, MeetingKind>("meeting_kind", (m, k) => m.MeetingKind = k)]),
        Sheet<Project>("projects", db => db.Projects,
        [
            Field.Text<Project>("sector", (p, s) => p.Sector = s, 200),
            Field.Amount<Project>("budget_amount", (p, a) => p.BudgetAmount = a),
            Field.Currency<Project>("budget_currency", (p, c) => p.BudgetCurrency = c),
            Field.Choice<Project, IatiActivityStatus>("iati_status", (p, s) => p.IatiStatus = s),
            Field.Date<Project>("planned_start", (p, d) => p.PlannedStart = d),
            Field.Date<Project>("planned_end", (p, d) => p.PlannedEnd = d),
            Field.Date<Project>("actual_start", (p, d) => p.ActualStart = d),
            Field.Date<Project>("actual_end", (p, d) => p.ActualEnd = d),
        ]),
        Sheet<Programme>("programmes", db => db.Programmes,
        [
            Field.Choice<Programme, ProgrammeKind>("programme_kind", (p, k) => p.ProgrammeKind = k),
            Field.Whole<Programme>("annual_quota_min", (p, n) => p.AnnualQuotaMin = n),
            Field.Whole<Programme>("annual_quota_max", (p, n) => p.AnnualQuotaMax = n),
            Field.Whole<Programme>("participants_count", (p, n) => p.ParticipantsCount = n),
        ]),
        Sheet<PromotionEvent>("events", db => db.Events,
            [Field.Choice<PromotionEvent, EventKind>("event_kind", (e, k) => e.EventKind = k)]),
        Sheet<Donation>("donations", db => db.Donations,
            Field.Localized<Donation>("item", d => d.Item, (d, t) => d.Item = t, 1000),
            [Field.Whole<Donation>("quantity", (d, n) => d.Quantity = n)]),
    ];

    public static IImportableSheet? Named(string? name) => All.FirstOrDefault(s => s.Name == name);

    private static ImportableSheet<T> Sheet<T>(string name, Func<TwinningDb, IQueryable<T>> set, params IEnumerable<ImportField<T>>[] own) where T : Activity, new() =>
        new(name, [.. Common<T>(), .. own.SelectMany(f => f)], set);

    /// <summary>The columns every activity has, with the limits the forms hold them to.</summary>
    private static IEnumerable<ImportField<T>> Common<T>() where T : Activity =>
    [
        ..Field.Localized<T>("title", a => a.Title, (a, t) => a.Title = t, 1000, vietnameseRequired: true),
        Field.Date<T>("start_date", (a, d) => a.StartDate = d),
        Field.Date<T>("end_date", (a, d) => a.EndDate = d),
        ..Field.Localized<T>("place", a => a.Place, (a, t) => a.Place = t, 200),
        Field.Choice<T, ActivityStatus>("status", (a, s) => a.Status = s),
        Field.Choice<T, Direction>("direction", (a, d) => a.Direction = d),
        ..Field.Localized<T>("summary", a => a.Summary, (a, t) => a.Summary = t, 4000),
        Field.Commitments<T>("commitments"),
    ];
}
