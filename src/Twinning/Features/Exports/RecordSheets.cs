using Microsoft.EntityFrameworkCore;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Exports;

/// <summary>The sheets of records that are not activities: shared ones (people, organisations, sources) and a partnership's own.</summary>
internal static class RecordSheets
{
    private const RecordState Approved = RecordState.Approved;

    // People, organisations and sources belong to no partnership: a partnership's export carries those its own
    // records name (SharedRecordLinks), not the whole deployment's.
    public static readonly IExportSheet People = new ExportSheet<Person>("people",
        (db, partnershipId) =>
        {
            var linked = SharedRecordLinks.PersonIds(db, partnershipId);
            return db.People.Include(p => p.Aliases).Where(p => p.State == Approved && linked.Contains(p.Id)).OrderBy(p => p.Id);
        },
        [
            Column.Id<Person>(p => p.Id), Column.Of<Person>("version", p => p.Version, ColumnWidth.Narrow), Column.Of<Person>("key", p => p.Key),
            ..Column.Localized<Person>("name", p => p.Name),
            Column.Of<Person>("country", p => p.Country, ColumnWidth.Narrow),
            Column.Of<Person>("aliases", p => Column.Joined(p.Aliases.Select(a => a.Name)), ColumnWidth.Wide),
        ]);

    public static readonly IExportSheet Organisations = new ExportSheet<Organisation>("organisations",
        async (db, partnershipId, ct) =>
        {
            var linked = (await SharedRecordLinks.OrganisationIdsAsync(db, partnershipId, ct)).ToList();
            return db.Organisations.Include(o => o.Parent).Where(o => o.State == Approved && linked.Contains(o.Id)).OrderBy(o => o.Id);
        },
        [
            Column.Id<Organisation>(o => o.Id), Column.Of<Organisation>("version", o => o.Version, ColumnWidth.Narrow), Column.Of<Organisation>("key", o => o.Key),
            ..Column.Localized<Organisation>("name", o => o.Name),
            Column.Of<Organisation>("abbreviation", o => o.Abbreviation, ColumnWidth.Narrow),
            Column.Of<Organisation>("kind", o => o.Kind),
            Column.Of<Organisation>("country", o => o.Country, ColumnWidth.Narrow),
            Column.Of<Organisation>("city", o => o.City),
            ..Column.Reference<Organisation>("parent", o => o.ParentId, o => o.Parent?.Name),
        ]);

    public static readonly IExportSheet Agreements = new ExportSheet<Agreement>("agreements",
        (db, partnershipId) => db.Agreements.Include(a => a.Parties)
            .Where(a => a.PartnershipId == partnershipId && a.State == Approved).OrderBy(a => a.Id),
        [
            Column.Id<Agreement>(a => a.Id), Column.Of<Agreement>("key", a => a.Key),
            Column.Of<Agreement>("kind", a => a.Kind),
            ..Column.Localized<Agreement>("title", a => a.Title),
            Column.Of<Agreement>("signed_on", a => a.SignedOn),
            ..Column.Localized<Agreement>("signed_place", a => a.SignedPlace, ColumnWidth.Medium),
            Column.Of<Agreement>("start_year", a => a.StartYear, ColumnWidth.Narrow),
            Column.Of<Agreement>("end_year", a => a.EndYear, ColumnWidth.Narrow),
            Column.Of<Agreement>("status", a => a.Status),
            Column.Of<Agreement>("parent_id", a => a.ParentId, ColumnWidth.Narrow),
            Column.Of<Agreement>("predecessor_id", a => a.PredecessorId, ColumnWidth.Narrow),
            Column.Of<Agreement>("parties", a => Column.Joined(a.Parties.Select(p => Column.NameOf(p.Name))), ColumnWidth.Wide),
        ]);

    public static readonly IExportSheet Commitments = new ExportSheet<Commitment>("commitments",
        (db, partnershipId) => db.Commitments.Include(c => c.Agreement)
            .Where(c => c.Agreement!.PartnershipId == partnershipId && c.Agreement.State == Approved && c.Agreement.DeletedAt == null).OrderBy(c => c.Id),
        [
            Column.Id<Commitment>(c => c.Id), Column.Of<Commitment>("key", c => c.Key),
            ..Column.Reference<Commitment>("agreement", c => c.AgreementId, c => c.Agreement?.Title),
            Column.Of<Commitment>("area", c => c.Area),
            ..Column.Localized<Commitment>("text", c => c.Text),
        ]);

    public static readonly IExportSheet Invitations = new ExportSheet<Invitation>("invitations",
        (db, partnershipId) => db.Invitations.Include(i => i.Inviter).Include(i => i.Invitee)
            .Where(i => i.PartnershipId == partnershipId && i.State == Approved).OrderBy(i => i.Id),
        [
            Column.Id<Invitation>(i => i.Id), Column.Of<Invitation>("key", i => i.Key),
            ..Column.Reference<Invitation>("inviter", i => i.InviterId, i => i.Inviter?.Name),
            ..Column.Reference<Invitation>("invitee", i => i.InviteeId, i => i.Invitee?.Name),
            Column.Of<Invitation>("date", i => i.Date),
            Column.Of<Invitation>("date_inferred", i => i.DateInferred, ColumnWidth.Narrow),
            ..Column.Localized<Invitation>("description", i => i.Description),
            Column.Of<Invitation>("accepted", i => i.Accepted, ColumnWidth.Narrow),
            Column.Of<Invitation>("fulfilled_by_visit_id", i => i.FulfilledById, ColumnWidth.Narrow),
        ]);

    public static readonly IExportSheet Anniversaries = new ExportSheet<Anniversary>("anniversaries",
        (db, partnershipId) => db.Anniversaries.Where(a => a.PartnershipId == partnershipId && a.State == Approved).OrderBy(a => a.Id),
        [
            Column.Id<Anniversary>(a => a.Id), Column.Of<Anniversary>("key", a => a.Key),
            ..Column.Localized<Anniversary>("name", a => a.Name),
            Column.Of<Anniversary>("base_date", a => a.BaseDate),
        ]);

    public static readonly IExportSheet Sources = new ExportSheet<Source>("sources",
        // Without the full text, which the sheet does not show: at national scale it is most of the table's bytes.
        (db, partnershipId) => db.Sources.Where(s => s.State == Approved && SharedRecordLinks.SourceIds(db, partnershipId).Contains(s.Id)).OrderBy(s => s.Id)
            .Select(s => new Source { Id = s.Id, Key = s.Key, Title = s.Title, Outlet = s.Outlet, Url = s.Url, PublishedOn = s.PublishedOn, Language = s.Language, Kind = s.Kind }),
        [
            Column.Id<Source>(s => s.Id), Column.Of<Source>("key", s => s.Key),
            Column.Of<Source>("title", s => s.Title, ColumnWidth.Wide),
            Column.Of<Source>("outlet", s => s.Outlet),
            Column.Of<Source>("url", s => s.Url, ColumnWidth.Wide),
            Column.Of<Source>("published_on", s => s.PublishedOn),
            Column.Of<Source>("language", s => s.Language, ColumnWidth.Narrow),
            Column.Of<Source>("kind", s => s.Kind),
        ]);
}
