using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Editing;

/// <summary>One entry of a form's person or organisation list: what the option shows and is sorted by, nothing more.</summary>
/// <param name="Name">The names in the three languages; rendered (<see cref="LocalizedText.ToString"/>) in the reader's language.</param>
/// <param name="Country">The side the person or body belongs to (ISO 3166-1 alpha-2), for the forms that group by side.</param>
public sealed record RecordOption(int Id, LocalizedText Name, string Country);

/// <summary>
/// The people and organisations a form offers to choose from, for every form that links them (visits,
/// meetings, agreements, the activity forms, invitations, citations, a person's posts, an organisation's parent). Two rules, one place:
/// <list type="bullet">
/// <item>Only what the user may read (<see cref="ReadFilter.ApplyShared{T}"/>, the rule of the pickers'
/// /lookup and of the lists): a draft's name is not shown to a member who may not open the draft.</item>
/// <item>Plus the records the form's record already links, readable or not: the form shows them selected
/// and a save of the unchanged form keeps them, so an Editor's save never silently drops a link someone
/// else made. They are shown by name, as the record's own page (activity, agreement, person) already
/// shows its linked people and bodies to whoever may read the record: the form discloses nothing more,
/// and the editor can see whom they keep or remove. Only links already stored are exempt; an id merely
/// posted is not, so a form cannot be used to link, or learn the name of, a draft the user cannot read.</item>
/// </list>
/// Projected in SQL to the option's columns: a country's 16,000 people and bodies are never loaded whole.
/// A static helper rather than a service: its callers already hold the context and the read rule, and the
/// activity choices are also built outside a page (the API, spreadsheet acceptance).
/// </summary>
public static class RecordOptions
{
    public static Task<List<RecordOption>> PeopleAsync(TwinningDb db, ReadFilter readable, IEnumerable<int?> linked, CancellationToken ct) =>
        LoadAsync(db.People.AsNoTracking(), readable, linked,
            p => new RecordOption(p.Id, new LocalizedText(p.Name.Vi, p.Name.En, p.Name.Lo), p.Country), ct);

    public static Task<List<RecordOption>> OrganisationsAsync(TwinningDb db, ReadFilter readable, IEnumerable<int?> linked, CancellationToken ct) =>
        LoadAsync(db.Organisations.AsNoTracking(), readable, linked,
            o => new RecordOption(o.Id, new LocalizedText(o.Name.Vi, o.Name.En, o.Name.Lo), o.Country), ct);

    /// <summary>By name in the reader's language and its collation (the person lists).</summary>
    public static List<RecordOption> ByName(this IEnumerable<RecordOption> options) =>
        options.OrderBy(o => o.Name.ToString(), StringComparer.CurrentCulture).ThenBy(o => o.Id).ToList();

    /// <summary>The bodies of <paramref name="firstCountry"/> (the partnership's first city's side) first, each side by name.</summary>
    public static List<RecordOption> SideFirst(this IEnumerable<RecordOption> options, string firstCountry) =>
        options.OrderBy(o => o.Country == firstCountry ? 0 : 1)
            .ThenBy(o => o.Name.ToString(), StringComparer.CurrentCulture).ThenBy(o => o.Id).ToList();

    /// <summary>By the Vietnamese name as stored (ordinal), the order the citation, invitation and post lists always had.</summary>
    public static List<RecordOption> ByVietnameseName(this IEnumerable<RecordOption> options) =>
        options.OrderBy(o => o.Name.Vi ?? "", StringComparer.Ordinal).ThenBy(o => o.Id).ToList();

    /// <summary>By side, then by the Vietnamese name as stored (ordinal): the order of the lists of bodies on the person and organisation forms.</summary>
    public static List<RecordOption> BySideThenVietnameseName(this IEnumerable<RecordOption> options) =>
        options.OrderBy(o => o.Country, StringComparer.Ordinal).ThenBy(o => o.Name.Vi ?? "", StringComparer.Ordinal).ThenBy(o => o.Id).ToList();

    private static async Task<List<RecordOption>> LoadAsync<T>(IQueryable<T> records, ReadFilter readable, IEnumerable<int?> linked,
        Expression<Func<T, RecordOption>> option, CancellationToken ct) where T : Record
    {
        var options = await readable.ApplyShared(records).Select(option).ToListAsync(ct);
        var missing = linked.OfType<int>().Distinct().Except(options.Select(o => o.Id)).ToList();
        // Usually none: only links to drafts the user may not read are fetched apart.
        if (missing.Count > 0)
            options.AddRange(await records.Where(r => missing.Contains(r.Id)).Select(option).ToListAsync(ct));
        return options;
    }
}
