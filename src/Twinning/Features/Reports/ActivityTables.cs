using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Features.Charts;
using Twinning.Features.Donations;
using Twinning.Features.Events;
using Twinning.Features.Partnerships;
using Twinning.Features.Programmes;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Web;

namespace Twinning.Features.Reports;

/// <summary>
/// The report's section of activities by kind: one table each for delegations, meetings, agency agreements,
/// projects, programmes, events and donations. Every activity of the report is in exactly one of them, so
/// the tables add up to the overview's total.
/// </summary>
public sealed class ActivityTables(IStringLocalizer t, Partnership partnership)
{
    public IEnumerable<ReportBlock> All(ReportData data)
    {
        var number = 0;
        IEnumerable<ReportBlock> Part(string heading, ReportTable table)
        {
            yield return new ReportHeading(2, $"{++number}. {heading}");
            if (table.Rows.Count == 0) yield return new ReportParagraph(t["Report.None"]);
            else yield return table;
        }
        return Part(t["Report.Kind.Visits"], Visits(data.Activities.OfType<Visit>()))
            .Concat(Part(t["Report.Kind.Meetings"], Meetings(data.Activities.OfType<Meeting>())))
            .Concat(Part(t["Report.Kind.AgencyAgreements"], AgencyAgreements(data)))
            .Concat(Part(t["Report.Kind.Projects"], Projects(data.Activities.OfType<Project>())))
            .Concat(Part(t["Report.Kind.Programmes"], Programmes(data.Activities.OfType<Programme>())))
            .Concat(Part(t["Report.Kind.Events"], Events(data.Activities.OfType<PromotionEvent>())))
            .Concat(Part(t["Report.Kind.Donations"], Donations(data.Activities.OfType<Donation>())));
    }

    private ReportTable Visits(IEnumerable<Visit> visits) =>
        new("visits", t["Report.Kind.Visits"],
            [new(t["Field.Date"], 16), new(t["Field.Direction"], 16), new(t["Report.Column.Delegation"], 30), new(t["Report.Column.Leader"], 24), new(t["Report.Column.Level"], 14)],
            visits.Select(v =>
            {
                var leader = VisitLevel.Leader(v);
                var post = VisitLevel.LeaderPost(leader, v.SortDate);
                var title = v.Participants.FirstOrDefault(p => p.PersonId == leader?.Id && p.Title is not null)?.Title ?? post?.Title;
                return (IReadOnlyList<string>)
                [
                    t.Dates(v), t.Direction(partnership, v.Direction), v.Title.ToString(),
                    leader is null ? t["Value.Unknown"] : title is null ? Names.Person(leader) : $"{Names.Person(leader)}, {title}",
                    post?.Organisation is { } body ? t.Enum(body.Kind) : t["Value.Unknown"],
                ];
            }).ToList());

    private ReportTable Meetings(IEnumerable<Meeting> meetings) =>
        new("meetings", t["Report.Kind.Meetings"],
            [new(t["Field.Date"], 18), new(t["Field.Kind"], 18), new(t["Field.Title"], 42), new(t["Field.Place"], 22)],
            meetings.Select(m => (IReadOnlyList<string>)[t.Dates(m), t.Enum(m.MeetingKind), m.Title.ToString(), m.Place?.ToString() ?? "—"]).ToList());

    private ReportTable AgencyAgreements(ReportData data) =>
        new("agency-agreements", t["Report.Kind.AgencyAgreements"],
            [new(t["Field.Signed"], 16), new(t["Field.Title"], 40), new(t["Agreement.Parties"], 30), new(t["Field.Status"], 14)],
            data.AgencyAgreements.Select(a => (IReadOnlyList<string>)
                [t.Date(a.SignedOn), a.Title.ToString(), string.Join("; ", a.Parties.Select(p => p.Name.ToString())), t.Enum(a.Status)]).ToList());

    /// <summary>The record keeps a project's budget but not what has been paid out; the column says so rather than guess.</summary>
    private ReportTable Projects(IEnumerable<Project> projects) =>
        new("projects", t["Report.Kind.Projects"],
            [new(t["Field.Title"], 30), new(t["Project.Sector"], 14), new(t["Field.Budget"], 16, true), new(t["Report.Column.Disbursed"], 12, true), new(t["Field.Status"], 14), new(t["Field.Date"], 14)],
            projects.Select(p => (IReadOnlyList<string>)
            [
                p.Title.ToString(), p.Sector ?? "—", p.BudgetAmount is { } amount ? Show.Amount(amount, p.BudgetCurrency) : "—",
                t["Report.NotRecorded"], t.Enum(p.IatiStatus), t.Dates(p),
            ]).ToList());

    private ReportTable Programmes(IEnumerable<Programme> programmes) =>
        new("programmes", t["Report.Kind.Programmes"],
            [new(t["Field.Title"], 32), new(t["Field.Kind"], 14), new(t["Report.Column.Quota"], 16), new(t["Report.Column.Intakes"], 24), new(t["Report.Column.Participants"], 14, true)],
            programmes.Select(p => (IReadOnlyList<string>)
            [
                p.Title.ToString(), t.Enum(p.ProgrammeKind),
                p.AnnualQuotaMin is null && p.AnnualQuotaMax is null ? "—" : t["Programme.Quota", p.AnnualQuotaMin ?? p.AnnualQuotaMax!, p.AnnualQuotaMax ?? p.AnnualQuotaMin!],
                p.Intakes.Count == 0 ? "—" : string.Join("; ", p.Intakes.OrderBy(i => i.Year).Select(i => $"{i.Year}: {i.Count}")),
                p.ParticipantsCount?.ToString() ?? "—",
            ]).ToList());

    private ReportTable Events(IEnumerable<PromotionEvent> events) =>
        new("events", t["Report.Kind.Events"],
            [new(t["Field.Date"], 18), new(t["Field.Title"], 42), new(t["Field.Kind"], 18), new(t["Field.Place"], 22)],
            events.Select(e => (IReadOnlyList<string>)[t.Dates(e), e.Title.ToString(), t.Enum(e.EventKind), e.Place?.ToString() ?? "—"]).ToList());

    private ReportTable Donations(IEnumerable<Donation> donations) =>
        new("donations", t["Report.Kind.Donations"],
            [new(t["Field.Date"], 16), new(t["Report.Column.Item"], 34), new(t["Report.Column.Quantity"], 12, true), new(t["Report.Column.DonorRecipient"], 38)],
            donations.Select(d => (IReadOnlyList<string>)
            [
                t.Dates(d), d.Item.IsEmpty ? d.Title.ToString() : d.Item.ToString(), d.Quantity?.ToString() ?? "—",
                $"{d.Donor?.Name.ToString() ?? t["Value.Unknown"]} → {d.Recipient?.Name.ToString() ?? t["Value.Unknown"]}",
            ]).ToList());
}
