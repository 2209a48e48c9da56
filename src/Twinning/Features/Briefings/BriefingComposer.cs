using System.Globalization;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Features.People;
using Twinning.Features.Reports;
using Twinning.Features.Visits;
using Twinning.Web;

namespace Twinning.Features.Briefings;

/// <summary>
/// Writes the pack as a <see cref="ReportDocument"/>, so the page (Reports' _Blocks partial) and the
/// DOCX (<see cref="Reports.Docx.DocxReportWriter"/>) render the same content. Runs inside a
/// <see cref="ReportCulture"/>: <paramref name="t"/>, dates and names speak the pack's language.
/// </summary>
public sealed class BriefingComposer(IStringLocalizer t, DateOnly today)
{
    // One part per counterpart, numbered as report sections are; BriefingRequest.MaxPeople keeps within these.
    // (Table column shares below are even: css/report.css has a col.wN class for even N only.)
    private static readonly string[] Roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

    public ReportDocument Compose(BriefingData data, string language)
    {
        var body = new List<ReportBlock> { new ReportParagraph(t["Briefing.Intro", data.Partnership.CityAName, data.Partnership.CityBName, t.Date(data.Date)]) };
        for (var i = 0; i < data.Counterparts.Count; i++) body.AddRange(Counterpart(data, data.Counterparts[i], Roman[i]));

        // A Lao pack is laid out as a Lao administration's document and issued by the Lao city (see IssuingSide).
        var city = IssuingSide.City(data.Partnership, language).ToString();
        var culture = CultureInfo.CurrentCulture;
        var names = string.Join("; ", data.Counterparts.Select(c => c.Person.Name.ToString()));
        var header = new ReportHeader(null, t["Report.DefaultIssuer", city].Value.ToUpper(culture), t["Briefing.Number"],
            t["Report.NationalName"], t["Report.Motto"], AdministrativeDate.In(language, city, today),
            t["Briefing.DocumentType"], t["Briefing.Summary", names, t.Date(data.Date)], language == "lo" ? HeaderLayout.Lao : HeaderLayout.Decree30);
        // A pack is read, not signed: the closing only says who keeps it.
        var closing = new ReportClosing(t["Report.Recipients"], [t["Briefing.Recipient.Leaders"], t["Report.Recipient.Archive", t["Report.DefaultSymbol"]]], "", "", "");
        return new ReportDocument(language, header, body, closing, []);
    }

    private IEnumerable<ReportBlock> Counterpart(BriefingData data, CounterpartData c, string number)
    {
        var person = c.Person;
        yield return new ReportHeading(1, $"{number}. {Names.Person(person).ToUpper(CultureInfo.CurrentCulture)}");

        yield return new ReportHeading(2, $"1. {t["Briefing.Section.Names"]}");
        if (person.Name.Vi is { Length: > 0 } vi) yield return new ReportItem($"{t["Language.Name.vi"]}: {vi}");
        if (person.Name.En is { Length: > 0 } en) yield return new ReportItem($"{t["Language.Name.en"]}: {en}");
        yield return new ReportItem($"{t["Language.Name.lo"]}: {(person.Name.Lo is { Length: > 0 } lo ? lo : t["Briefing.NotHeld"])}");
        if (person.Aliases.Count > 0) yield return new ReportItem($"{t["Person.Aliases"]}: {string.Join("; ", person.Aliases.Select(a => a.Name))}");
        yield return new ReportItem($"{t["Field.Side"]}: {t.Country(person.Country)}");

        yield return new ReportHeading(2, $"2. {t["Briefing.Section.Positions"]}");
        if (c.Current.Count == 0) yield return new ReportParagraph(t["Briefing.NoCurrent", t.Date(data.Date)]);
        foreach (var p in c.Current) yield return new ReportItem(t["Briefing.Current", Position(p)]);
        foreach (var p in c.Past) yield return new ReportItem(t["Briefing.Past", Position(p)]);

        yield return new ReportHeading(2, $"3. {t["Briefing.Section.Meetings"]}");
        if (c.Meetings.Count == 0) yield return new ReportParagraph(t["Briefing.None"]);
        else yield return new ReportTable($"briefing-meetings-{person.Id}", t["Briefing.Meetings.Caption", person.Name],
            [new(t["Briefing.Column.Number"], 6, true), new(t["Briefing.Column.Date"], 14), new(t["Briefing.Column.Kind"], 12),
             new(t["Briefing.Column.Title"], 24), new(t["Briefing.Column.Place"], 12), new(t["Briefing.Column.OurSide"], 18), new(t["Briefing.Column.Signed"], 14)],
            c.Meetings.Select((m, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(CultureInfo.CurrentCulture), t.Dates(m.Activity), Kind(m.Activity), m.Activity.Title.ToString(),
                m.Activity.Place?.ToString() ?? "",
                string.Join("; ", m.OurSide.Select(p => p.Title is { Length: > 0 } title ? $"{Names.Person(p.Person!)} ({title})" : Names.Person(p.Person!))),
                string.Join("; ", m.Signed.Select(a => a.Title.ToString()))]).ToList());

        yield return new ReportHeading(2, $"4. {t["Briefing.Section.Commitments"]}");
        yield return new ReportToComplete(t["Briefing.Commitments.Rule", string.Join(", ", c.Bodies.Select(b => b.Name.ToString()))]);
        if (c.Commitments.Count == 0) yield return new ReportParagraph(t["Briefing.None"]);
        else yield return new ReportTable($"briefing-commitments-{person.Id}", t["Briefing.Commitments.Caption"],
            [new(t["Briefing.Column.Number"], 6, true), new(t["Briefing.Column.Agreement"], 22), new(t["Briefing.Column.Area"], 14),
             new(t["Briefing.Column.Commitment"], 36), new(t["Briefing.Column.Why"], 12), new(t["Briefing.Column.Evidence"], 10, true)],
            c.Commitments.Select((o, i) => (IReadOnlyList<string>)[
                (i + 1).ToString(CultureInfo.CurrentCulture),
                o.Commitment.Agreement!.Period is { } period ? $"{o.Commitment.Agreement.Title} ({period})" : o.Commitment.Agreement.Title.ToString(),
                t.Enum(o.Commitment.Area), o.Commitment.Text.ToString(),
                o.Responsible ? t["Briefing.Why.Responsible"] : t["Briefing.Why.Area"],
                o.Evidence.ToString(CultureInfo.CurrentCulture)]).ToList());

        yield return new ReportHeading(2, $"5. {t["Briefing.Section.Invitations"]}");
        if (c.Invitations.Count == 0) yield return new ReportParagraph(t["Briefing.None"]);
        foreach (var i in c.Invitations)
            yield return new ReportItem(t["Briefing.Invitation", t.Date(i.Date), Names.Person(i.Inviter!), Names.Person(i.Invitee!), i.Description,
                i.Accepted is true ? t["Invitation.Accepted"] : t["Invitation.Pending"]]);

        yield return new ReportHeading(2, $"6. {t["Briefing.Section.Projects"]}");
        if (c.Projects.Count == 0) yield return new ReportParagraph(t["Briefing.None"]);
        foreach (var p in c.Projects)
        {
            var parties = string.Join(" → ", new[] { p.Funder?.Name.ToString(), p.Recipient?.Name.ToString() }.Where(n => n is not null));
            var budget = p.BudgetAmount is { } amount ? Show.Amount(amount, p.BudgetCurrency) : null;
            var details = string.Join("; ", new[] { t.Dates(p), parties, budget, t.Enum(p.Status) }.Where(x => !string.IsNullOrEmpty(x)));
            yield return new ReportItem($"{p.Title} ({details})");
        }
    }

    /// <summary>"Title, body (from – to; attested on …)" with whatever dates the record holds.</summary>
    private string Position(Post p)
    {
        var text = p.Organisation is null ? p.Title : $"{p.Title}, {p.Organisation.Name}";
        var dates = new List<string>();
        if (p.From is not null || p.To is not null) dates.Add($"{(p.From is null ? "…" : t.Date(p.From))} – {(p.To is null ? "…" : t.Date(p.To))}");
        if (p.AttestedOn.Count > 0) dates.Add(t["Briefing.AttestedOn", string.Join(", ", p.AttestedOn.Select(d => t.Date(d)))]);
        return dates.Count == 0 ? text : $"{text} ({string.Join("; ", dates)})";
    }

    private string Kind(Activity activity) =>
        activity is Meeting m ? $"{t.Enum(ActivityKind.Meeting)} ({t.Enum(m.MeetingKind)})" : t.Enum(activity.Kind);
}
