using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Search;
using Twinning.Features.Workflow;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// The people and organisations a sheet's cells may name: by ID ("12" or "#12") or by any spelling of the
/// name, folded as the search box and the people list fold them (<see cref="TextFolding"/>). Only records the
/// user may read are found, so a link never reveals or attaches someone else's draft. A name that fits
/// several is an error naming them, unless exactly one of them is what the record already links to (so an
/// export whose names repeat still reads back as it was written).
/// </summary>
public sealed class RecordDirectory
{
    private readonly TwinningDb _db;
    private readonly IStringLocalizer _t;
    private readonly Dictionary<int, Person> _people;
    private readonly Dictionary<int, Organisation> _organisations;
    private readonly ILookup<string, Person> _peopleByName;
    private readonly ILookup<string, Organisation> _organisationsByName;

    private RecordDirectory(TwinningDb db, IStringLocalizer t, List<Person> people, List<Organisation> organisations)
    {
        _db = db;
        _t = t;
        _people = people.ToDictionary(p => p.Id);
        _organisations = organisations.ToDictionary(o => o.Id);
        _peopleByName = people.SelectMany(p => p.SearchNames().Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct().Select(k => (k, p))).ToLookup(x => x.k, x => x.p);
        _organisationsByName = organisations.SelectMany(o => o.SearchNames().Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct().Select(k => (k, o))).ToLookup(x => x.k, x => x.o);
    }

    /// <summary>
    /// When set (at acceptance), organisations handed out for many-to-many links are the context's tracked
    /// instances, so saving links them rather than inserting copies. The review reads without tracking.
    /// </summary>
    public bool Tracking { get; set; }

    public static async Task<RecordDirectory> LoadAsync(TwinningDb db, RecordPermissions permissions, IStringLocalizer t, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Include(p => p.Aliases).ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToListAsync(ct);
        return new RecordDirectory(db, t, await ReadableAsync(people, permissions, ct), await ReadableAsync(organisations, permissions, ct));
    }

    /// <summary>Approved records are read by every member; the few drafts are put to the one rule each.</summary>
    private static async Task<List<T>> ReadableAsync<T>(List<T> records, RecordPermissions permissions, CancellationToken ct) where T : Record
    {
        var readable = new List<T>(records.Count);
        foreach (var record in records)
            if (record.State == RecordState.Approved || await permissions.CanReadAsync(record, ct)) readable.Add(record);
        return readable;
    }

    public Person? PersonById(int? id) => id is { } n ? _people.GetValueOrDefault(n) : null;
    public Organisation? OrganisationById(int? id) => id is { } n ? _organisations.GetValueOrDefault(n) : null;

    /// <summary>The organisation to link: the tracked instance at acceptance, the one read at review.</summary>
    public Organisation LinkableOrganisation(int id) => Tracking ? _db.Organisations.Find(id)! : _organisations[id];

    public string PersonLabel(int? id) => id is null ? "" : PersonById(id) is { } p ? $"{p.Name} (#{p.Id})" : $"#{id}";
    public string OrganisationLabel(int? id) => id is null ? "" : OrganisationById(id) is { } o ? $"{o.Name} (#{o.Id})" : $"#{id}";

    /// <summary>The person a cell names, or the error in the reader's words.</summary>
    public (int? Id, string? Error) Person(string text, IEnumerable<int> current) =>
        Find(text, _people, _peopleByName, current, "Spreadsheets.Error.NoPersonId", "Spreadsheets.Error.NoPerson", "Spreadsheets.Error.SeveralPeople", p => $"{p.Name} (#{p.Id})");

    /// <summary>The organisation a cell names, or the error in the reader's words.</summary>
    public (int? Id, string? Error) Organisation(string text, IEnumerable<int> current) =>
        Find(text, _organisations, _organisationsByName, current, "Spreadsheets.Error.NoOrganisationId", "Spreadsheets.Error.NoOrganisation", "Spreadsheets.Error.SeveralOrganisations", o => $"{o.Name} (#{o.Id})");

    /// <summary>Records already on file under one of these folded names (for matching a sheet's rows): readable or not.</summary>
    public static IEnumerable<string> Keys(IEnumerable<string?> names) => names.Select(TextFolding.Fold).Where(k => k.Length > 0).Distinct();

    private (int? Id, string? Error) Find<T>(string text, Dictionary<int, T> byId, ILookup<string, T> byName, IEnumerable<int> current,
        string noId, string noName, string several, Func<T, string> label) where T : Record
    {
        var trimmed = text.Trim();
        if (ParseId(trimmed) is { } id)
            return byId.ContainsKey(id) ? (id, null) : (null, _t[noId, trimmed].Value);
        var candidates = byName[TextFolding.Fold(trimmed)].DistinctBy(r => r.Id).ToList();
        if (candidates.Count == 1) return (candidates[0].Id, null);
        if (candidates.Count == 0) return (null, _t[noName, trimmed].Value);
        var linked = candidates.Where(c => current.Contains(c.Id)).ToList();
        if (linked.Count == 1) return (linked[0].Id, null);
        return (null, _t[several, trimmed, string.Join("; ", candidates.OrderBy(c => c.Id).Select(label))].Value);
    }

    /// <summary>"12" or "#12": an ID rather than a name.</summary>
    private static int? ParseId(string text)
    {
        var digits = text.StartsWith('#') ? text[1..] : text;
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }
}
