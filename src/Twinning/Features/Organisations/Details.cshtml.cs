using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.People;
using Twinning.Features.Sources;

namespace Twinning.Features.Organisations;

/// <summary>An organisation: its place in the hierarchy, its people, its agreements and the works it funded or received.</summary>
public sealed class OrganisationDetailsModel(TwinningDb db, CitationLookup citations, PartnershipAccess access, Editing.RecordPermissions permissions) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public List<Position> Positions { get; private set; } = [];
    public List<Agreement> Agreements { get; private set; } = [];
    public List<Activity> Activities { get; private set; } = [];
    public List<Citation> Citations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await access.CanReadSharedAsync(ct)) return Forbid();
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Parent).Include(o => o.Children)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        if (await permissions.RefuseReadAsync(organisation, ct) is { } refused) return refused;
        Organisation = organisation;
        var readable = await permissions.ReadFilterAsync(ct);
        Positions = await db.Positions.AsNoTracking().Include(p => p.Person)
            .Where(p => p.OrganisationId == id).OrderByDescending(p => p.From ?? p.AttestedOn).ToListAsync(ct);
        Agreements = await readable.Apply(db.Agreements.AsNoTracking())
            .Where(a => a.Parties.Any(o => o.Id == id)).OrderByDescending(a => a.SignedOn).ToListAsync(ct);

        // The activity kinds that name an organisation directly, gathered into one list.
        var projects = await readable.Apply(db.Projects.AsNoTracking()).Where(p => (p.FunderId == id || p.RecipientId == id)).ToListAsync(ct);
        var donations = await readable.Apply(db.Donations.AsNoTracking()).Where(d => (d.DonorId == id || d.RecipientId == id)).ToListAsync(ct);
        var programmes = await readable.Apply(db.Programmes.AsNoTracking()).Where(p => (p.ProviderId == id || p.BeneficiaryId == id)).ToListAsync(ct);
        var events = await readable.Apply(db.Events.AsNoTracking()).Where(e => e.Organisers.Any(o => o.Id == id)).ToListAsync(ct);
        Activities = projects.Cast<Activity>().Concat(donations).Concat(programmes).Concat(events)
            .OrderByDescending(a => a.StartDate).ToList();
        Citations = await citations.ForAsync(RecordKind.Organisation, id, ct);
        return Page();
    }
}
