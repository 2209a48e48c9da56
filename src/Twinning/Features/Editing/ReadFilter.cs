using System.Linq.Expressions;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Shared;
using Twinning.Features.Workflow;

namespace Twinning.Features.Editing;

/// <summary>
/// <see cref="RecordPermissions.CanReadAsync"/> as a query, for every page that lists records of
/// partnerships (timeline, agreement page, person and organisation pages, search, lists, the calendar
/// feed): approved records of the partnerships the user reads; drafts and submissions only for their
/// author, the Editors of the side they came from, Administrators, and Contributors for their own
/// organisation's activities. One rule, so a list never shows a draft its record page would refuse.
/// </summary>
public sealed class ReadFilter
{
    private readonly bool _administrator;
    private readonly string? _userId;
    private readonly IReadOnlyList<Membership> _memberships;

    private ReadFilter(bool administrator, string? userId, IReadOnlyList<Membership> memberships, IReadOnlyList<int> readable)
    {
        _administrator = administrator;
        _userId = userId;
        _memberships = memberships;
        Readable = readable;
    }

    /// <summary>The partnerships whose approved records the user reads.</summary>
    public IReadOnlyList<int> Readable { get; }

    public static async Task<ReadFilter> OfAsync(PartnershipAccess access, CancellationToken ct) =>
        new(access.IsAdministrator, access.UserId, await access.MembershipsAsync(ct), await access.ReadablePartnershipIdsAsync(ct));

    /// <summary>The records of <paramref name="records"/> this user may read.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> records) where T : Record, IPartnershipScoped =>
        records.Where(Predicate<T>());

    /// <summary>
    /// The predicate, built per user from their few memberships so the database sees plain comparisons
    /// (EF cannot compare against a list of (partnership, side) pairs).
    /// </summary>
    public Expression<Func<T, bool>> Predicate<T>() where T : Record, IPartnershipScoped
    {
        var readable = Readable;
        Expression<Func<T, bool>> inReadable = r => readable.Contains(r.PartnershipId);
        if (_administrator) return inReadable;

        var userId = _userId;
        Expression<Func<T, bool>> visible = r => r.State == RecordState.Approved || (userId != null && r.CreatedById == userId);
        foreach (var membership in _memberships)
        {
            var partnershipId = membership.PartnershipId;
            var side = membership.Side;
            if (membership.Role == PartnershipRole.Editor)
                visible = visible.Or(side is null
                    ? r => r.PartnershipId == partnershipId
                    : r => r.PartnershipId == partnershipId && (r.SubmittedBySide == null || r.SubmittedBySide == side));
            else if (membership.Role == PartnershipRole.Contributor && membership.OrganisationId is { } organisationId
                     && typeof(Activity).IsAssignableFrom(typeof(T)))
                visible = visible.Or(OwnOrganisation<T>(partnershipId, organisationId));
        }
        return inReadable.And(visible);
    }

    /// <summary>
    /// The shared records (people, organisations: of no partnership) this user may read: approved ones for
    /// every member of some partnership; drafts for their author, Administrators, and Editors of any
    /// partnership of the side they were submitted from (the record rule with no partnership to narrow it).
    /// </summary>
    public IQueryable<T> ApplyShared<T>(IQueryable<T> records) where T : Record
    {
        if (_administrator) return records;
        if (_memberships.Count == 0) return records.Where(_ => false);
        var userId = _userId;
        var editorSides = _memberships.Where(m => m.Role == PartnershipRole.Editor).Select(m => m.Side).Distinct().ToList();
        var anySide = editorSides.Contains(null);
        var sides = editorSides.OfType<string>().ToList();
        var isEditor = editorSides.Count > 0;
        return records.Where(r => r.State == RecordState.Approved || (userId != null && r.CreatedById == userId)
            || (isEditor && (anySide || r.SubmittedBySide == null || sides.Contains(r.SubmittedBySide))));
    }

    /// <summary>r => r.PartnershipId == id &amp;&amp; ((Activity)r).OwnerOrganisationId == organisation, for any activity type.</summary>
    private static Expression<Func<T, bool>> OwnOrganisation<T>(int partnershipId, int organisationId) where T : Record, IPartnershipScoped
    {
        Expression<Func<Activity, bool>> own = a => a.PartnershipId == partnershipId && a.OwnerOrganisationId == organisationId;
        var record = Expression.Parameter(typeof(T), "r");
        var body = Predicates.Rebind(own, Expression.Convert(record, typeof(Activity)));
        return Expression.Lambda<Func<T, bool>>(body, record);
    }
}
