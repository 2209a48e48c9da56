using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Sources;

namespace Twinning.Features.Editing;

/// <summary>
/// The kinds of record people keep, by the short name used in addresses (/history/person/12,
/// /workflow/activity/7) and the page that shows one. Audit entries name the concrete type
/// (Visit, Meeting…), which <see cref="ForAuditType"/> maps back. <see cref="HasEditPage"/> narrows the
/// edit page to the records of the kind that have one (of the activities, only visits so far).
/// </summary>
public sealed record RecordType(string Name, Type ClrType, Func<int, string> DetailsUrl, Func<int, string>? EditUrl = null, Func<Record, bool>? HasEditPage = null)
{
    public static readonly IReadOnlyList<RecordType> All =
    [
        new("partnership", typeof(Partnership), id => $"/partnerships/{id}", id => $"/partnerships/edit/{id}"),
        new("organisation", typeof(Organisation), id => $"/organisations/{id}", id => $"/organisations/edit/{id}"),
        new("person", typeof(Person), id => $"/people/{id}", id => $"/people/edit/{id}"),
        new("agreement", typeof(Agreement), id => $"/agreements/{id}", id => $"/agreements/edit/{id}"),
        new("activity", typeof(Activity), id => $"/activities/{id}", id => $"/visits/edit/{id}", r => r is Visits.Visit),
        new("invitation", typeof(Invitation), _ => "/", id => $"/invitations/edit/{id}"),
        new("anniversary", typeof(Anniversary), _ => "/", id => $"/anniversaries/edit/{id}"),
        new("source", typeof(Source), id => $"/sources/{id}", id => $"/sources/edit/{id}"),
    ];

    /// <summary>The page that edits this record, or null when it has none.</summary>
    public string? EditUrlOf(Record record) =>
        record is Activity activity ? ActivityForms.EditUrl(activity) : EditUrl is not null && (HasEditPage?.Invoke(record) ?? true) ? EditUrl(record.Id) : null;

    public static RecordType? Named(string? name) => All.FirstOrDefault(t => t.Name == name);

    /// <summary>The kind a record belongs to (a Visit is an activity).</summary>
    public static RecordType Of(Record record) => All.First(t => t.ClrType.IsInstanceOfType(record));

    /// <summary>The record type an audit entry's type name belongs to (a Visit is an activity).</summary>
    public static RecordType? ForAuditType(string clrName) =>
        All.FirstOrDefault(t => t.ClrType.Name == clrName)
        ?? All.FirstOrDefault(t => t.ClrType.Assembly.GetTypes().Any(c => c.Name == clrName && c.IsAssignableTo(t.ClrType)));

    /// <summary>The CLR type names audit entries use for this kind (activity → Visit, Meeting, Project…).</summary>
    public IReadOnlyList<string> AuditTypeNames() =>
        ClrType.Assembly.GetTypes().Where(c => !c.IsAbstract && c.IsAssignableTo(ClrType)).Select(c => c.Name).ToList();

    /// <summary>Loads one record of this kind (deleted ones too when asked), or null.</summary>
    public async Task<Record?> FindAsync(TwinningDb db, int id, bool includeDeleted = false, CancellationToken ct = default)
    {
        var set = (IQueryable<Record>)typeof(RecordType).GetMethod(nameof(Set), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(ClrType).Invoke(null, [db])!;
        if (includeDeleted) set = set.IgnoreQueryFilters();
        return await set.FirstOrDefaultAsync(r => r.Id == id, ct);
    }

    private static IQueryable<Record> Set<T>(TwinningDb db) where T : Record => db.Set<T>();
}
