using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.People;

/// <summary>Everyone on record, by side, with the most recent title known for each.</summary>
public sealed class ListPeopleModel(TwinningDb db, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public List<IGrouping<string, Row>> BySide { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        // Drafts only for those the record page admits (the same rule, as a query).
        var people = await (await permissions.ReadFilterAsync(ct)).ApplyShared(db.People.AsNoTracking()).Include(p => p.Positions).Include(p => p.Aliases)
            .AsSplitQuery().ToListAsync(ct);
        BySide = people
            .Select(p => new Row(p, p.Positions.OrderByDescending(x => x.From ?? x.AttestedOn).FirstOrDefault()?.Title))
            .OrderBy(r => r.Person.Name.ToString(), StringComparer.Create(System.Globalization.CultureInfo.CurrentCulture, true))
            .GroupBy(r => r.Person.Country).OrderBy(g => g.Key).ToList();
        return Page();
    }

    public sealed record Row(Person Person, string? LatestTitle);
}
