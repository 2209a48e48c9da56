using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Editing;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Web;

namespace Twinning.Features.Audit;

/// <summary>
/// A record as an audit line names it: "Meeting: Hội đàm Hà Nội – Viêng Chăn, 12/03/2024", linked to its
/// page unless it is deleted. <see cref="Hidden"/> stands for a record the reader may not see: its name is
/// not shown (a draft person named in an activity's history stays unseen, as on every other page).
/// </summary>
public sealed record RecordName(string Kind, string Name, string? Url, bool Hidden = false)
{
    public override string ToString() => $"{Kind}: {Name}";
}

/// <summary>Reads the names of many records at once (a page of the audit log names dozens), bin included.</summary>
public sealed class RecordNames(TwinningDb db, RecordPermissions permissions, IStringLocalizer t)
{
    private readonly Dictionary<(Type, int), RecordName> _known = [];

    /// <summary>The names of the records of (a subtype of) <paramref name="type"/> with these ids; unknown ids are left out.</summary>
    public async Task<IReadOnlyDictionary<int, RecordName>> OfAsync(Type type, IEnumerable<int> ids, CancellationToken ct)
    {
        var kind = RecordType.All.FirstOrDefault(k => k.ClrType.IsAssignableFrom(type));
        var wanted = ids.Distinct().ToList();
        var result = new Dictionary<int, RecordName>();
        if (kind is null) return result;
        var missing = wanted.Where(id => !_known.ContainsKey((kind.ClrType, id))).ToList();
        if (missing.Count > 0)
            foreach (var record in await LoadAsync(kind.ClrType, missing, ct))
                _known[(kind.ClrType, record.Id)] = await NameAsync(kind, record, ct);
        foreach (var id in wanted)
            if (_known.TryGetValue((kind.ClrType, id), out var name)) result[id] = name;
        return result;
    }

    public async Task<RecordName> OfAsync(Record record, CancellationToken ct)
    {
        var kind = RecordType.Of(record);
        return _known[(kind.ClrType, record.Id)] = await NameAsync(kind, record, ct);
    }

    private async Task<RecordName> NameAsync(RecordType kind, Record record, CancellationToken ct)
    {
        var kindWord = record is Activity activity ? t.Enum(activity.Kind) : t[$"Audit.Kind.{kind.Name}"].Value;
        if (!await permissions.CanReadAsync(record, ct)) return new RecordName(kindWord, t["Audit.Hidden"], null, Hidden: true);
        return new RecordName(kindWord, Label(record), record.DeletedAt is null ? kind.DetailsUrl(record.Id) : null);
    }

    /// <summary>The record's own name in the reader's language; an activity's with its date, which tells like-named meetings apart.</summary>
    private string Label(Record record) => record switch
    {
        Person p => p.Name.ToString(),
        Organisation o => o.Name.ToString(),
        Partnership p => p.Name.ToString(),
        Agreement a => a.Title.ToString(),
        Activity a => a.StartDate is null ? a.Title.ToString() : $"{a.Title}, {t.Dates(a)}",
        Source s => s.Title,
        Anniversary a => a.Name.ToString(),
        Invitation i => i.Description.ToString(),
        _ => "",
    } is { Length: > 0 } label ? label : t["Value.Unknown"];

    private async Task<List<Record>> LoadAsync(Type type, List<int> ids, CancellationToken ct)
    {
        var set = (IQueryable<Record>)typeof(RecordNames).GetMethod(nameof(Set), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [db])!;
        return await set.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
    }

    private static IQueryable<Record> Set<T>(TwinningDb db) where T : Record => db.Set<T>();
}
