using Microsoft.EntityFrameworkCore;
using Twinning.Features.Accounts;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Reports;

/// <summary>The report's queries on a real PostgreSQL server, where SQL translation differs from SQLite's.</summary>
public sealed class ReportOnPostgresTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_agreement_report_and_a_range_report_are_generated_on_PostgreSQL()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Postgres, postgres);
        using var _ = app.CreateClient();
        var partnership = await app.WithAppDbAsync(db => db.Partnerships.Select(p => p.Id).SingleAsync(Cancel));
        var agreement = await app.WithAppDbAsync(db => db.Agreements
            .Where(a => a.PartnershipId == partnership && a.State == RecordState.Approved && a.ParentId == null)
            .OrderByDescending(a => a.Commitments.Count).ThenBy(a => a.Id).Select(a => new { a.Id, Commitments = a.Commitments.Count }).FirstAsync(Cancel));
        await TestUsers.CreateAsync(app, "viewer@pg.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        var client = await TestUsers.SignedInClientAsync(app, "viewer@pg.test");

        foreach (var query in new[] { $"Agreement={agreement.Id}", "From=2024-01-01&To=2024-12-31" })
        {
            using var response = await client.GetAsync($"/partnerships/{partnership}/reports/print?handler=docx&{query}", Cancel);
            response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, query);
            using var document = ReportFixture.Open(await response.Content.ReadAsByteArrayAsync(Cancel));
            if (query.StartsWith("Agreement")) ReportDocxTests.CommitmentRows(document).Count.ShouldBe(agreement.Commitments);
        }

        // The same report in Lao: the Lao heading, font and headings on this engine too.
        using (var lao = await client.GetAsync($"/partnerships/{partnership}/reports/print?handler=docx&Agreement={agreement.Id}&Language=lo", Cancel))
        {
            lao.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
            using var document = ReportFixture.Open(await lao.Content.ReadAsByteArrayAsync(Cancel));
            document.MainDocumentPart!.Document.Body!.Elements().First().InnerText.ShouldBe("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ");
            LaoDocumentTests.LaoFontIsSet(document);
            LaoDocumentTests.EveryHeadingIsLao(document, atLeast: 10);
        }
    }
}
