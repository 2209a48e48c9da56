using Twinning.Features.Partnerships;
using Twinning.Features.Sources;

namespace Twinning.Data;

/// <summary>Which partnership a record belongs to: what authorization checks a role in, and what the audit log files it under.</summary>
public static class RecordScope
{
    /// <summary>
    /// The partnership itself, an activity's or agreement's partnership, the partnership an article was
    /// imported into; null for records shared by all partnerships (people, organisations, most sources).
    /// </summary>
    public static int? PartnershipOf(Record record) => record switch
    {
        Partnership partnership => partnership.Id,
        IPartnershipScoped scoped => scoped.PartnershipId,
        Source source => source.PartnershipId,
        _ => null,
    };
}
