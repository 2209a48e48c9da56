using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Timeline;

/// <summary>Drafts are not part of the record yet: only those who act on them see them, marked as drafts.</summary>
public sealed class TimelineDraftsTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_shows_to_editors_and_its_organisations_contributors_but_not_to_viewers_or_in_figures()
    {
        await using var app = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        int partnership, organisation, agreement;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            partnership = await TestRecords.SavePartnershipAsync(db);
            var culture = TestRecords.Organisation("org-hanoi-culture", new("Sở Văn hóa Hà Nội"), Twinning.Data.CountryCode.Vietnam);
            culture.State = RecordState.Approved;
            db.Organisations.Add(culture);
            var commitment = new Twinning.Features.Agreements.Commitment { Area = Twinning.Features.Agreements.CommitmentArea.Culture, Text = new("Giao lưu văn hóa") };
            db.Agreements.Add(new Twinning.Features.Agreements.Agreement
            {
                PartnershipId = partnership, Title = new("Thỏa thuận 2026–2030"), StartYear = 2026, EndYear = 2030, State = RecordState.Approved,
                Status = Twinning.Features.Agreements.AgreementStatus.InForce, Commitments = [commitment],
            });
            // One approved visit that year: the figure the draft must not change.
            db.Visits.Add(new Visit
            {
                PartnershipId = partnership, Title = new("Đoàn Viêng Chăn thăm Hà Nội"), StartDate = new DateOnly(2026, 4, 2),
                Direction = Twinning.Features.Activities.Direction.BToA, State = RecordState.Approved,
            });
            await db.SaveChangesAsync(Cancel);
            organisation = culture.Id;
            agreement = commitment.AgreementId;
            db.Visits.Add(new Visit
            {
                PartnershipId = partnership, Title = new("Đoàn Sở Văn hóa thăm Viêng Chăn"), StartDate = new DateOnly(2026, 10, 2),
                State = RecordState.Draft, OwnerOrganisationId = organisation, Commitments = [commitment],
            });
            await db.SaveChangesAsync(Cancel);
        }
        await TestUsers.CreateAsync(app, "viewer@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Viewer });
        await TestUsers.CreateAsync(app, "editor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Editor, Side = "VN" });
        await TestUsers.CreateAsync(app, "contributor@hanoi.test", false, new Membership { PartnershipId = partnership, Role = PartnershipRole.Contributor, OrganisationId = organisation });
        var url = $"/partnerships/{partnership}/timeline?year=2026";

        var viewerClient = await TestUsers.SignedInClientAsync(app, "viewer@hanoi.test");
        foreach (var page in new[] { url, $"/agreements/{agreement}", "/search?q=doan+so+van+hoa" })
            (await viewerClient.GetStringAsync(page, Cancel)).ShouldNotContain("Đoàn Sở Văn hóa thăm Viêng Chăn", customMessage: page);
        (await (await TestUsers.SignedInClientAsync(app, "editor@hanoi.test")).GetStringAsync($"/agreements/{agreement}", Cancel))
            .ShouldContain("Đoàn Sở Văn hóa thăm Viêng Chăn");

        foreach (var email in new[] { "editor@hanoi.test", "contributor@hanoi.test" })
        {
            var page = await Forms.GetAsync(await TestUsers.SignedInClientAsync(app, email), url);
            var line = page.QuerySelectorAll("ul.timeline > li").Single(li => li.TextContent.Contains("Đoàn Sở Văn hóa thăm Viêng Chăn"));
            line.QuerySelector(".badge.state-draft")!.TextContent.ShouldBe("Bản nháp");
        }

        // Figures count approved records only.
        var dashboard = await Forms.GetAsync(await TestUsers.SignedInClientAsync(app, "editor@hanoi.test"), $"/partnerships/{partnership}");
        var cells = dashboard.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray())
            .Single(c => c[0] == "2026");
        cells[1..].ShouldBe(["0", "1", "0"]); // the approved visit from Vientiane only; the Hanoi draft does not count
    }
}
