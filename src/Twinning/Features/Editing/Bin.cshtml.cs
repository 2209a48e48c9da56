using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Editing;

/// <summary>Deleted records of a partnership (and shared ones), for its Editors to restore.</summary>
public sealed class BinModel(TwinningDb db, PartnershipAccess access) : PageModel
{
    public sealed record Row(RecordType Type, int Id, string Title, int Version, DateTime DeletedAt);

    public Partnership Partnership { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int partnershipId, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return NotFound();
        var isEditor = access.IsAdministrator
            || (await access.MembershipsAsync(ct)).Any(m => m.PartnershipId == partnershipId && m.Role == PartnershipRole.Editor);
        if (!isEditor) return Forbid();
        Partnership = partnership;

        var deleted = new List<Row>();
        deleted.AddRange((await db.Activities.IgnoreQueryFilters().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.DeletedAt != null).ToListAsync(ct))
            .Select(a => new Row(RecordType.Named("activity")!, a.Id, a.Title.ToString(), a.Version, a.DeletedAt!.Value)));
        deleted.AddRange((await db.Agreements.IgnoreQueryFilters().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.DeletedAt != null).ToListAsync(ct))
            .Select(a => new Row(RecordType.Named("agreement")!, a.Id, a.Title.ToString(), a.Version, a.DeletedAt!.Value)));
        deleted.AddRange((await db.People.IgnoreQueryFilters().AsNoTracking().Where(p => p.DeletedAt != null).ToListAsync(ct))
            .Select(p => new Row(RecordType.Named("person")!, p.Id, p.Name.ToString(), p.Version, p.DeletedAt!.Value)));
        deleted.AddRange((await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.DeletedAt != null).ToListAsync(ct))
            .Select(o => new Row(RecordType.Named("organisation")!, o.Id, o.Name.ToString(), o.Version, o.DeletedAt!.Value)));
        deleted.AddRange((await db.Invitations.IgnoreQueryFilters().AsNoTracking().Where(i => i.PartnershipId == partnershipId && i.DeletedAt != null).ToListAsync(ct))
            .Select(i => new Row(RecordType.Named("invitation")!, i.Id, i.Description.ToString(), i.Version, i.DeletedAt!.Value)));
        deleted.AddRange((await db.Anniversaries.IgnoreQueryFilters().AsNoTracking().Where(a => a.PartnershipId == partnershipId && a.DeletedAt != null).ToListAsync(ct))
            .Select(a => new Row(RecordType.Named("anniversary")!, a.Id, a.Name.ToString(), a.Version, a.DeletedAt!.Value)));
        deleted.AddRange((await db.Sources.IgnoreQueryFilters().AsNoTracking().Where(s => (s.PartnershipId == null || s.PartnershipId == partnershipId) && s.DeletedAt != null).ToListAsync(ct))
            .Select(s => new Row(RecordType.Named("source")!, s.Id, s.Title, s.Version, s.DeletedAt!.Value)));
        Rows = deleted.OrderByDescending(r => r.DeletedAt).ToList();
        return Page();
    }
}
