using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Sources;

/// <summary>
/// Where a cited record is shown, and what it is called: turns the polymorphic (kind, id) of
/// citations into page links, with one query per record kind present.
/// </summary>
public sealed class RecordLinks(TwinningDb db)
{
    public sealed record Link(string Url, string Label);

    private sealed record Found(int Id, string Url, string? Label);

    public Task<Dictionary<(RecordKind, int), Link>> ForAsync(IEnumerable<Citation> citations, CancellationToken ct) =>
        ForAsync(citations.Select(c => (c.RecordKind, c.RecordId)), ct);

    /// <summary>Links of records named by (kind, id); a record that no longer exists (deleted) has none.</summary>
    public async Task<Dictionary<(RecordKind, int), Link>> ForAsync(IEnumerable<(RecordKind Kind, int Id)> records, CancellationToken ct)
    {
        var links = new Dictionary<(RecordKind, int), Link>();
        foreach (var group in records.GroupBy(r => r.Kind))
        {
            var ids = group.Select(r => r.Id).Distinct().ToList();
            var found = group.Key switch
            {
                RecordKind.Person => await db.People.Where(p => ids.Contains(p.Id))
                    .Select(p => new Found(p.Id, "/people/" + p.Id, p.Name.Vi ?? p.Name.En)).ToListAsync(ct),
                RecordKind.Position => await db.Positions.Where(p => ids.Contains(p.Id))
                    .Select(p => new Found(p.Id, "/people/" + p.PersonId, (p.Person!.Name.Vi ?? p.Person.Name.En) + " — " + p.Title)).ToListAsync(ct),
                RecordKind.Organisation => await db.Organisations.Where(o => ids.Contains(o.Id))
                    .Select(o => new Found(o.Id, "/organisations/" + o.Id, o.Name.Vi ?? o.Name.En)).ToListAsync(ct),
                RecordKind.Agreement => await db.Agreements.Where(a => ids.Contains(a.Id))
                    .Select(a => new Found(a.Id, "/agreements/" + a.Id, a.Title.Vi ?? a.Title.En)).ToListAsync(ct),
                RecordKind.Commitment => await db.Commitments.Where(c => ids.Contains(c.Id))
                    .Select(c => new Found(c.Id, "/agreements/" + c.AgreementId + "#commitment-" + c.Id, c.Text.Vi ?? c.Text.En)).ToListAsync(ct),
                RecordKind.Activity => await db.Activities.Where(a => ids.Contains(a.Id))
                    .Select(a => new Found(a.Id, "/activities/" + a.Id, a.Title.Vi ?? a.Title.En)).ToListAsync(ct),
                RecordKind.Milestone => await db.Projects.SelectMany(p => p.Milestones.Where(m => ids.Contains(m.Id)),
                    (p, m) => new Found(m.Id, "/activities/" + p.Id, (p.Title.Vi ?? p.Title.En) + " — " + (m.Label.Vi ?? m.Label.En))).ToListAsync(ct),
                RecordKind.Intake => await db.Programmes.SelectMany(p => p.Intakes.Where(i => ids.Contains(i.Id)),
                    (p, i) => new Found(i.Id, "/activities/" + p.Id, (p.Title.Vi ?? p.Title.En) + " — " + i.Year)).ToListAsync(ct),
                RecordKind.Invitation => await db.Invitations.Where(i => ids.Contains(i.Id))
                    .Select(i => new Found(i.Id, "/people/" + i.InviteeId, i.Description.Vi ?? i.Description.En)).ToListAsync(ct),
                RecordKind.Anniversary => await db.Anniversaries.Where(a => ids.Contains(a.Id))
                    .Select(a => new Found(a.Id, "/partnerships/" + a.PartnershipId, a.Name.Vi ?? a.Name.En)).ToListAsync(ct),
                _ => new List<Found>(),
            };
            foreach (var f in found) links[(group.Key, f.Id)] = new Link(f.Url, f.Label ?? "");
        }
        return links;
    }
}
