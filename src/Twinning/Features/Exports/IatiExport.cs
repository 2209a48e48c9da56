using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;

namespace Twinning.Features.Exports;

/// <summary>
/// The partnership's Approved projects as IATI 2.03 activities. The reporting organisation is the
/// partnership's first city (the deployment's own side); identifiers are the records' stable keys, since
/// the programme's bodies have no IATI organisation identifiers of their own.
/// </summary>
public static class IatiExport
{
    public const string ContentType = "application/xml; charset=utf-8";
    public const string Version = "2.03";
    private static readonly XNamespace Xml = XNamespace.Xml;

    public static async Task WriteAsync(TwinningDb db, Partnership partnership, DateTimeOffset now, Stream output, CancellationToken ct)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var writer = XmlWriter.Create(output, settings);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "iati-activities", null);
        await writer.WriteAttributeStringAsync(null, "version", null, Version);
        await writer.WriteAttributeStringAsync(null, "generated-datetime", null, now.ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture));
        var reportingRef = OrganisationRef(partnership);
        var projects = db.Projects.AsNoTracking().Include(p => p.Funder).Include(p => p.Recipient).Include(p => p.Milestones)
            .Where(p => p.PartnershipId == partnership.Id && p.State == RecordState.Approved).OrderBy(p => p.Id).AsAsyncEnumerable();
        await foreach (var project in projects.WithCancellation(ct))
        {
            // The standard requires at least one activity date; a project known by name only cannot be reported yet.
            if (ActivityDates(project).Count == 0) continue;
            await Activity(project, partnership, reportingRef, now).WriteToAsync(writer, ct);
        }
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
    }

    private static XElement Activity(Project p, Partnership partnership, string reportingRef, DateTimeOffset now)
    {
        var activity = new XElement("iati-activity",
            new XAttribute("last-updated-datetime", new DateTimeOffset(DateTime.SpecifyKind(p.UpdatedAt ?? p.CreatedAt, DateTimeKind.Utc)).ToString("yyyy-MM-ddTHH:mm:ssK", CultureInfo.InvariantCulture)),
            new XAttribute(Xml + "lang", "vi"),
            p.BudgetCurrency is null ? null : new XAttribute("default-currency", p.BudgetCurrency),
            new XElement("iati-identifier", $"{reportingRef}-{p.Key ?? $"project-{p.Id}"}"),
            new XElement("reporting-org", new XAttribute("ref", reportingRef), new XAttribute("type", IatiCodes.LocalGovernment),
                Narratives(partnership.CityAName)),
            new XElement("title", Narratives(p.Title)),
            new XElement("description", new XAttribute("type", "1"), Narratives(p.Summary is { IsEmpty: false } ? p.Summary : p.Title)),
            ParticipatingOrgs(p, partnership, reportingRef),
            new XElement("activity-status", new XAttribute("code", ((int)p.IatiStatus).ToString(CultureInfo.InvariantCulture))),
            ActivityDates(p).Select(d => new XElement("activity-date", new XAttribute("type", d.Type), new XAttribute("iso-date", Iso(d.Date)))),
            string.IsNullOrWhiteSpace(p.Sector) ? null : new XElement("sector",
                new XAttribute("vocabulary", IatiCodes.OwnSectorVocabulary), new XAttribute("code", SectorCode(p.Sector)),
                new XElement("narrative", p.Sector)),
            Budget(p),
            Transactions(p));
        return activity;
    }

    private static IEnumerable<XElement> ParticipatingOrgs(Project p, Partnership partnership, string reportingRef)
    {
        if (p.Funder is null && p.Recipient is null)
        {
            // The standard wants at least one: the reporting city is accountable for what it reports.
            yield return new XElement("participating-org", new XAttribute("ref", reportingRef), new XAttribute("role", IatiCodes.Accountable),
                new XAttribute("type", IatiCodes.LocalGovernment), Narratives(partnership.CityAName));
            yield break;
        }
        if (p.Funder is { } funder) yield return Org("participating-org", funder, new XAttribute("role", IatiCodes.Funding));
        if (p.Recipient is { } recipient) yield return Org("participating-org", recipient, new XAttribute("role", IatiCodes.Implementing));
    }

    internal static List<(string Type, DateOnly Date)> ActivityDates(Project p)
    {
        var started = p.IatiStatus is not IatiActivityStatus.Pipeline and not IatiActivityStatus.Cancelled;
        var finished = p.IatiStatus is IatiActivityStatus.Finalisation or IatiActivityStatus.Closed;
        // The explicit IATI dates win; the activity's own dates stand in for the actual ones once it has started or ended.
        var dates = new List<(string, DateOnly?)>
        {
            (IatiCodes.PlannedStart, p.PlannedStart ?? (started ? null : p.StartDate)),
            (IatiCodes.ActualStart, p.ActualStart ?? (started ? p.StartDate : null)),
            (IatiCodes.PlannedEnd, p.PlannedEnd ?? (finished ? null : p.EndDate)),
            (IatiCodes.ActualEnd, p.ActualEnd ?? (finished ? p.EndDate : null)),
        };
        return dates.Where(d => d.Item2 is not null).Select(d => (d.Item1, d.Item2!.Value)).ToList();
    }

    /// <summary>The whole budget over the project's span (start to end, whichever dates are known).</summary>
    private static XElement? Budget(Project p)
    {
        if (p.BudgetAmount is not { } amount || p.BudgetCurrency is null) return null;
        var start = p.ActualStart ?? p.PlannedStart ?? p.StartDate;
        var end = p.ActualEnd ?? p.PlannedEnd ?? p.EndDate;
        if (start is null || end is null || end < start) return null;
        return new XElement("budget", new XAttribute("type", "1"), new XAttribute("status", "1"),
            new XElement("period-start", new XAttribute("iso-date", Iso(start.Value))),
            new XElement("period-end", new XAttribute("iso-date", Iso(end.Value))),
            Value(amount, p.BudgetCurrency, start.Value));
    }

    /// <summary>
    /// The money the record knows of: the pledge (a dated Pledge milestone) as an outgoing pledge, and the
    /// budget as an outgoing commitment once work began. Disbursements are not recorded, so none are invented.
    /// </summary>
    private static IEnumerable<XElement> Transactions(Project p)
    {
        if (p.BudgetAmount is not { } amount || p.BudgetCurrency is null) yield break;
        foreach (var pledge in p.Milestones.Where(m => m.Kind == MilestoneKind.Pledge && m.Date is not null).OrderBy(m => m.Date))
            yield return Transaction(p, IatiCodes.OutgoingPledge, pledge.Date!.Value, amount);
        if (p.IatiStatus is not IatiActivityStatus.Pipeline and not IatiActivityStatus.Cancelled
            && (p.ActualStart ?? p.StartDate) is { } started)
            yield return Transaction(p, IatiCodes.OutgoingCommitment, started, amount);
    }

    private static XElement Transaction(Project p, string type, DateOnly date, decimal amount) =>
        new("transaction",
            new XElement("transaction-type", new XAttribute("code", type)),
            new XElement("transaction-date", new XAttribute("iso-date", Iso(date))),
            Value(amount, p.BudgetCurrency!, date),
            p.Funder is null ? null : Org("provider-org", p.Funder),
            p.Recipient is null ? null : Org("receiver-org", p.Recipient));

    private static XElement Value(decimal amount, string currency, DateOnly valueDate) =>
        new("value", new XAttribute("currency", currency), new XAttribute("value-date", Iso(valueDate)), amount.ToString(CultureInfo.InvariantCulture));

    private static XElement Org(string element, Organisation o, params object[] extra) =>
        new(element, new XAttribute("ref", o.Key ?? $"organisation-{o.Id}"), new XAttribute("type", IatiCodes.OrganisationType(o)), extra, Narratives(o.Name));

    /// <summary>A narrative per language the text has; the activity's default language (Vietnamese) needs no xml:lang.</summary>
    private static IEnumerable<XElement> Narratives(LocalizedText? text)
    {
        if (text is null || text.IsEmpty) yield return new XElement("narrative", "");
        else
        {
            if (!string.IsNullOrWhiteSpace(text.Vi)) yield return new XElement("narrative", text.Vi);
            if (!string.IsNullOrWhiteSpace(text.En)) yield return new XElement("narrative", new XAttribute(Xml + "lang", "en"), text.En);
            if (!string.IsNullOrWhiteSpace(text.Lo)) yield return new XElement("narrative", new XAttribute(Xml + "lang", "lo"), text.Lo);
        }
    }

    private static string OrganisationRef(Partnership partnership) => partnership.Key ?? $"partnership-{partnership.Id}";

    /// <summary>A stable code for free-text sectors under the reporting organisation's own vocabulary.</summary>
    private static string SectorCode(string sector) =>
        System.Text.RegularExpressions.Regex.Replace(Search.TextFolding.Fold(sector).ToLowerInvariant(), "[^a-z0-9]+", "-").Trim('-');

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
