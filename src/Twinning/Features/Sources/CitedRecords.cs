using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Sources;

/// <summary>
/// The record a citation speaks for, found from its (kind, id) link: the record itself, or the record a
/// cited part belongs to (a position's person, a commitment's agreement, a milestone's project, an
/// intake's programme). Changing a citation is changing that record, so it is that record's rights which
/// are checked.
/// </summary>
public static class CitedRecords
{
    public static async Task<Record?> FindAsync(TwinningDb db, RecordKind kind, int id, CancellationToken ct) => kind switch
    {
        RecordKind.Person => await db.People.FirstOrDefaultAsync(p => p.Id == id, ct),
        RecordKind.Organisation => await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct),
        RecordKind.Agreement => await db.Agreements.FirstOrDefaultAsync(a => a.Id == id, ct),
        RecordKind.Activity => await db.Activities.FirstOrDefaultAsync(a => a.Id == id, ct),
        RecordKind.Invitation => await db.Invitations.FirstOrDefaultAsync(i => i.Id == id, ct),
        RecordKind.Anniversary => await db.Anniversaries.FirstOrDefaultAsync(a => a.Id == id, ct),
        RecordKind.Position => await db.People.FirstOrDefaultAsync(p => p.Positions.Any(x => x.Id == id), ct),
        RecordKind.Commitment => await db.Agreements.FirstOrDefaultAsync(a => a.Commitments.Any(x => x.Id == id), ct),
        RecordKind.Milestone => await db.Projects.FirstOrDefaultAsync(p => p.Milestones.Any(x => x.Id == id), ct),
        RecordKind.Intake => await db.Programmes.FirstOrDefaultAsync(p => p.Intakes.Any(x => x.Id == id), ct),
        _ => null,
    };
}
