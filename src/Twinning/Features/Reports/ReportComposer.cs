using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Charts;
using Twinning.Features.People;
using Twinning.Web;

namespace Twinning.Features.Reports;

/// <summary>
/// Writes the report's content from the record: the Decree 30 header, the review section by section,
/// the commitment table, the charts, the closing the officer completes, and the appendix of sources.
/// Runs inside a <see cref="ReportCulture"/>, so <paramref name="t"/> and every date and number
/// speak the report's language.
/// </summary>
public sealed class ReportComposer(IStringLocalizer t, DateOnly today)
{
    public ReportDocument Compose(ReportData data, ReportRequest request)
    {
        var progress = data.Commitments.ToDictionary(c => c.Id, c => CommitmentProgressRule.Of(data.EvidenceByCommitment[c.Id].Select(a => a.Status)));
        var tables = new ActivityTables(t, data.Partnership);
        var body = new List<ReportBlock>();

        body.Add(new ReportHeading(1, t["Report.Section.Overview"]));
        body.AddRange(Overview(data, progress));

        body.Add(new ReportHeading(1, t["Report.Section.ByArea"]));
        body.AddRange(ByArea(data, progress));

        body.Add(new ReportHeading(1, t["Report.Section.ByKind"]));
        body.AddRange(tables.All(data));

        body.Add(new ReportHeading(1, t["Report.Section.Commitments"]));
        body.Add(CommitmentTable(data, progress));

        body.Add(new ReportHeading(1, t["Report.Section.Figures"]));
        body.AddRange(ChartBuilder.All(Facts(data, progress), data.Partnership, t).Where(c => !c.IsEmpty).Select(c => new ReportChart(c)));

        body.Add(new ReportHeading(1, t["Report.Section.Shortcomings"]));
        body.Add(new ReportToComplete(t["Report.ToComplete.Shortcomings"]));
        body.Add(new ReportHeading(1, t["Report.Section.NextSteps"]));
        body.Add(new ReportToComplete(t["Report.ToComplete.NextSteps"]));
        if (data.Milestones.Count > 0) body.Add(new ReportParagraph(t["Report.Milestones"]));
        body.AddRange(data.Milestones.Select(m => new ReportItem(t["Report.Milestone", t["Anniversary.Milestone", m.Years, m.Anniversary.Name], t.Date(m.Date)])));

        var symbol = request.Symbol ?? t["Report.DefaultSymbol"].Value;
        return new ReportDocument(request.Language, Header(data, request, symbol), body,
            new ReportClosing(t["Report.Recipients"], [t["Report.Recipient.Leaders"], t["Report.Recipient.Archive", symbol]],
                t["Report.Signature.Authority"], t["Report.Signature.Title"], t["Report.Signature.Note"]),
            Appendix(data));
    }

    private ReportHeader Header(ReportData data, ReportRequest request, string symbol)
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        var city = IssuingSide.City(data.Partnership, request.Language).ToString();
        // No-break spaces leave room to write the number in by hand; HTML would collapse plain ones.
        var number = request.Number is { } n ? n.ToString("00") : new string('\u00A0', 8);
        var summary = data.Agreement is { } agreement
            ? t["Report.Summary.Agreement", agreement.Title]
            : t["Report.Summary.Range", data.Partnership.CityAName, data.Partnership.CityBName, t.Date(data.From), t.Date(data.To)];
        return new ReportHeader(
            request.ParentBody?.ToUpper(culture),
            (request.IssuingBody ?? t["Report.DefaultIssuer", city]).ToUpper(culture),
            t["Report.Number", number, symbol],
            t["Report.NationalName"],
            t["Report.Motto"],
            AdministrativeDate.In(request.Language, request.Place ?? city, request.Date ?? today),
            t["Report.DocumentType"],
            summary,
            request.Language == "lo" ? HeaderLayout.Lao : HeaderLayout.Decree30);
    }

    /// <summary>
    /// The overview, written from the data: the partnership, the agreement and its commitments (its own and
    /// those its agency agreements add, so the figure is the commitment table's), the period's activities by
    /// kind (the sections of part III add up to it), visits by direction, the highlights, and progress.
    /// </summary>
    private IEnumerable<ReportBlock> Overview(ReportData data, Dictionary<int, CommitmentProgress> progress)
    {
        var p = data.Partnership;
        yield return new ReportParagraph(p.Since is { } since
            ? t["Report.Overview.PartnershipSince", p.CityAName, p.CityBName, t.Date(since)]
            : t["Report.Overview.Partnership", p.CityAName, p.CityBName]);
        if (data.Agreement is { } a)
        {
            var signatories = string.Join("; ", a.Signatories.Where(s => s.Person is not null).Select(s => Names.Person(s.Person!) + (s.Title is null ? "" : $" ({s.Title})")));
            yield return new ReportParagraph(t["Report.Overview.Agreement", a.Title, t.Date(a.SignedOn), a.SignedPlace is { IsEmpty: false } place ? t["Report.Overview.SignedAt", place].Value : "",
                a.Period ?? t["Value.Unknown"], signatories.Length == 0 ? t["Value.Unknown"] : signatories, a.Commitments.Count]);
            var added = data.Commitments.Count - a.Commitments.Count;
            if (added > 0) yield return new ReportParagraph(t["Report.Overview.AgencyCommitments", added, data.Commitments.Count]);
        }

        var period = (t.Date(data.From), data.To is null ? t["Report.Today"].Value : t.Date(data.To));
        var kinds = Enum.GetValues<ActivityKind>()
            .Select(kind => (kind, count: data.Activities.Count(x => x.Kind == kind))).Where(k => k.count > 0)
            .Select(k => t[$"Report.Overview.Kind.{k.kind}", k.count].Value).ToList();
        yield return new ReportParagraph(kinds.Count == 0
            ? t["Report.Overview.NoActivities", period.Item1, period.Item2]
            : t["Report.Overview.Counts", period.Item1, period.Item2, data.Activities.Count, Join(kinds)]);
        if (data.AgencyAgreements.Count > 0) yield return new ReportParagraph(t["Report.Overview.AgencyAgreements", data.AgencyAgreements.Count]);

        var directions = Enum.GetValues<Direction>()
            .Select(d => (d, count: data.Activities.OfType<Visits.Visit>().Count(v => v.Direction == d))).Where(d => d.count > 0)
            .Select(d => d.d == Direction.Joint ? t["Report.Overview.Direction.Joint", d.count].Value : t["Report.Overview.Direction", d.count, t.Direction(p, d.d)].Value).ToList();
        if (directions.Count > 0) yield return new ReportParagraph(t["Report.Overview.Directions", string.Join("; ", directions)]);

        var highlights = Highlights(data).OrderBy(h => h.Date).TakeLast(MaxHighlights).ToList();
        if (highlights.Count > 0)
        {
            yield return new ReportParagraph(t["Report.Overview.Highlights"]);
            foreach (var h in highlights) yield return new ReportItem(h.Text);
        }

        yield return new ReportParagraph(t["Report.Overview.Commitments", data.Commitments.Count,
            progress.Values.Count(v => v == CommitmentProgress.CarriedOut), progress.Values.Count(v => v == CommitmentProgress.InProgress),
            progress.Values.Count(v => v == CommitmentProgress.NotStarted)]);
    }

    /// <summary>Enough to read at a glance; every activity is in part III and the appendix.</summary>
    private const int MaxHighlights = 6;

    /// <summary>
    /// What a reader looks for first: delegations whose leader is on record, projects completed, and
    /// agency agreements signed, each dated; the most recent <see cref="MaxHighlights"/> of them.
    /// </summary>
    private IEnumerable<(DateOnly Date, string Text)> Highlights(ReportData data)
    {
        foreach (var v in data.Activities.OfType<Visits.Visit>())
            if (v.SortDate is { } day && VisitLevel.Leader(v) is { } leader)
                yield return (day, t["Report.Overview.Highlight.Visit", t.Dates(v), v.Title, Names.Person(leader)]);
        foreach (var project in data.Activities.OfType<Projects.Project>())
            if (project.Status == ActivityStatus.Completed && (project.EndDate ?? project.StartDate) is { } day)
                yield return (day, t["Report.Overview.Highlight.Project", t.Date(day), project.Title,
                    project.BudgetAmount is { } amount ? $" ({Show.Amount(amount, project.BudgetCurrency)})" : ""]);
        foreach (var agreement in data.AgencyAgreements)
            if (agreement.SignedOn is { } day)
                yield return (day, t["Report.Overview.Highlight.Agreement", t.Date(day), agreement.Title]);
    }

    /// <summary>"a, b and c" in the report's language.</summary>
    private string Join(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items.Take(items.Count - 1))}{t["Report.List.And"].Value}{items[^1]}";

    /// <summary>For each area of cooperation: its commitments, then what was done for them, in date order.</summary>
    private IEnumerable<ReportBlock> ByArea(ReportData data, Dictionary<int, CommitmentProgress> progress)
    {
        var number = 0;
        foreach (var area in data.Commitments.GroupBy(c => c.Area).OrderBy(g => g.Key))
        {
            yield return new ReportHeading(2, $"{++number}. {t.Enum(area.Key)}");
            foreach (var c in area)
                yield return new ReportItem(t["Report.Area.Commitment", c.Text, t.Enum(progress[c.Id])]);
            var done = area.SelectMany(c => data.EvidenceByCommitment[c.Id]).DistinctBy(a => a.Id).OrderBy(a => a.SortDate ?? DateOnly.MaxValue).ToList();
            if (done.Count == 0) yield return new ReportParagraph(t["Report.Area.Nothing"]);
            else yield return new ReportParagraph(t["Report.Area.Done", done.Count]);
            foreach (var a in done)
                yield return new ReportItem($"{t.Dates(a)}: {a.Title} ({t.Enum(a.Kind)}; {t.Enum(a.Status)})");
        }
        var linked = data.EvidenceByCommitment.SelectMany(g => g).Select(a => a.Id).ToHashSet();
        var unlinked = data.Activities.Count(a => !linked.Contains(a.Id));
        if (unlinked > 0) yield return new ReportParagraph(t["Report.Area.Unlinked", unlinked]);
    }

    private ReportTable CommitmentTable(ReportData data, Dictionary<int, CommitmentProgress> progress) =>
        new("commitments", t["Report.Table.Commitments"],
            [new(t["Report.Column.No"], 6, true), new(t["Field.Area"], 16), new(t["Report.Column.Commitment"], 34), new(t["Field.Status"], 12), new(t["Report.Column.Evidence"], 32)],
            data.Commitments.Select((c, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(), t.Enum(c.Area), c.Text.ToString(), t.Enum(progress[c.Id]),
                string.Join("; ", data.EvidenceByCommitment[c.Id].Select(a => $"{a.Title} ({t.Dates(a)})")),
            ]).ToList());

    private static ChartFacts Facts(ReportData data, Dictionary<int, CommitmentProgress> progress) => new(
        data.Activities.Where(a => a.SortDate is not null).Select(a => new ActivityFact(a.Kind, a.SortDate!.Value.Year)).ToList(),
        data.Activities.OfType<Visits.Visit>().Where(v => v.SortDate is not null).Select(ChartQueries.Fact).ToList(),
        data.Activities.OfType<Projects.Project>().Select(p => new ProjectFact(p.Sector, p.IatiStatus, p.BudgetAmount, p.BudgetCurrency)).ToList(),
        data.Commitments.Select(c => new CommitmentFact(c.Area, progress[c.Id])).ToList());

    /// <summary>
    /// "Title, outlet, date" with the date in the report's language, and the article's own language named
    /// in the report's when they differ: a title cannot be translated, but the reader should know what
    /// language the source they would open is in.
    /// </summary>
    private string SourceNote(Sources.Source s, ReportData data)
    {
        var note = string.Join(", ", new[] { s.Title, s.Outlet, s.PublishedOn is null ? null : t.Date(s.PublishedOn) }.Where(x => !string.IsNullOrEmpty(x)));
        var report = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return s.Language == report || t[$"Report.SourceLanguage.{s.Language}"] is not { ResourceNotFound: false } language ? note : $"{note} {language.Value}";
    }

    private IReadOnlyList<ReportBlock> Appendix(ReportData data) =>
    [
        new ReportHeading(0, t["Report.Appendix.Title"]),
        new ReportTable("appendix", t["Report.Appendix.Caption"],
            [new(t["Report.Column.No"], 6, true), new(t["Field.Date"], 16), new(t["Field.Kind"], 12), new(t["Field.Title"], 36), new(t["Citations.Label"], 30)],
            data.Activities.Select((a, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(), t.Dates(a), t.Enum(a.Kind), a.Title.ToString(),
                data.SourcesByActivity[a.Id].Any()
                    ? string.Join("; ", data.SourcesByActivity[a.Id].Select(s => SourceNote(s, data)))
                    : t["Report.Appendix.NoSource"].Value,
            ]).ToList()),
    ];
}
