using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using Microsoft.EntityFrameworkCore;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;

namespace Twinning.Tests.Features.Exports;

/// <summary>The projects as IATI 2.03 XML: valid against the standard's own schema, and true to the database.</summary>
public sealed class IatiExportTests(ExportsApp app) : IClassFixture<ExportsApp>
{
    private string Url => $"/partnerships/{app.PartnershipA}/exports/iati-activities.xml";

    [Fact]
    public async Task The_file_is_valid_against_the_iati_2_03_schema_without_a_single_warning()
    {
        var bytes = await app.DownloadAsync(app.ViewerOfA, Url);
        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas() };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using (var reader = XmlReader.Create(new MemoryStream(bytes), settings))
            while (reader.Read()) { }
        problems.ShouldBeEmpty();
        XDocument.Load(new MemoryStream(bytes)).Root!.Elements("iati-activity").Count().ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Each_dated_approved_project_is_an_activity_with_its_status_dates_organisations_and_money()
    {
        var document = XDocument.Load(new MemoryStream(await app.DownloadAsync(app.ViewerOfA, Url)));
        var projects = await app.Factory.WithAppDbAsync(db => db.Projects.Include(p => p.Funder).Include(p => p.Recipient).Include(p => p.Milestones)
            .Where(p => p.PartnershipId == app.PartnershipA && p.State == RecordState.Approved).ToListAsync());
        var dated = projects.Where(p => p.StartDate != null || p.EndDate != null || p.PlannedStart != null || p.ActualStart != null).ToList();
        var activities = document.Root!.Elements("iati-activity").ToList();
        activities.Count.ShouldBe(dated.Count);

        var hq = projects.Single(p => p.Key == "proj-vientiane-justice-procuracy-hq");
        var activity = activities.Single(a => a.Element("iati-identifier")!.Value.EndsWith(hq.Key!));
        activity.Element("activity-status")!.Attribute("code")!.Value.ShouldBe(((int)hq.IatiStatus).ToString());
        activity.Element("title")!.Elements("narrative").First().Value.ShouldBe(hq.Title.Vi);
        var dates = activity.Elements("activity-date").ToDictionary(d => d.Attribute("type")!.Value, d => d.Attribute("iso-date")!.Value);
        dates["2"].ShouldBe(hq.StartDate!.Value.ToString("yyyy-MM-dd")); // Closed: the activity's dates are the actual ones
        dates["4"].ShouldBe(hq.EndDate!.Value.ToString("yyyy-MM-dd"));
        var roles = activity.Elements("participating-org").ToDictionary(o => o.Attribute("role")!.Value, o => o.Attribute("ref")!.Value);
        roles["1"].ShouldBe(hq.Funder!.Key);
        roles["4"].ShouldBe(hq.Recipient!.Key);
        var budget = activity.Element("budget")!.Element("value")!;
        decimal.Parse(budget.Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(hq.BudgetAmount!.Value);
        budget.Attribute("currency")!.Value.ShouldBe(hq.BudgetCurrency);
        var transactionTypes = activity.Elements("transaction").Select(t => t.Element("transaction-type")!.Attribute("code")!.Value).ToList();
        transactionTypes.ShouldContain("2");
        if (hq.Milestones.Any(m => m.Kind == MilestoneKind.Pledge && m.Date != null)) transactionTypes.ShouldContain("12");
        activity.Element("sector")!.Attribute("vocabulary")!.Value.ShouldBe("99");
        activity.Element("sector")!.Element("narrative")!.Value.ShouldBe(hq.Sector);
    }

    [Fact]
    public async Task A_planned_project_without_organisations_reports_planned_dates_and_the_city_as_accountable()
    {
        var document = XDocument.Load(new MemoryStream(await app.DownloadAsync(app.ViewerOfA, Url)));
        var activity = document.Root!.Elements("iati-activity").Single(a => a.Element("iati-identifier")!.Value.EndsWith("proj-test-planned-school"));
        activity.Element("activity-status")!.Attribute("code")!.Value.ShouldBe("1");
        activity.Elements("activity-date").Select(d => (d.Attribute("type")!.Value, d.Attribute("iso-date")!.Value))
            .ShouldBe([("1", "2026-01-01"), ("3", "2027-12-31")]);
        activity.Elements("participating-org").Single().Attribute("role")!.Value.ShouldBe("2");
        activity.Element("title")!.Elements("narrative").Select(n => n.Value).ShouldContain("ໂຮງຮຽນ");
        activity.Elements("transaction").ShouldBeEmpty(); // nothing was committed yet
        activity.Element("sector")!.Attribute("code")!.Value.ShouldBe("giao-duc-dao-tao");
        document.ToString().ShouldNotContain("Dự án của Bangkok");
    }

    private static XmlSchemaSet Schemas()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Twinning.slnx"))) directory = directory.Parent;
        var schema = Path.GetFullPath(Path.Combine(directory!.FullName, "..", "shared", "standards", "iati-2.03", "iati-activities-schema.xsd"));
        File.Exists(schema).ShouldBeTrue($"the IATI schema is missing at {schema}");
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        set.Add(null, schema);
        set.Compile();
        return set;
    }
}
