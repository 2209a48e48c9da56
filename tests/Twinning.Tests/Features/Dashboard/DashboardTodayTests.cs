using AngleSharp.Html.Parser;
using Twinning.Features.Accounts;
using Twinning.Features.Anniversaries;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Dashboard;

/// <summary>
/// The dashboard's "today" is the partnership's day (Hanoi and Vientiane keep UTC+7), the same rule the
/// reports date themselves by, not the server's UTC date.
/// </summary>
public sealed class DashboardTodayTests(PostgresServer postgres)
{
    private static readonly DateOnly TreatyDay = new(1977, 7, 18);

    [Fact]
    public async Task An_anniversary_comes_and_goes_at_midnight_in_Hanoi_not_at_midnight_UTC()
    {
        await using var factory = await TwinningAppFactory.CreateAsync(Engine.Sqlite, postgres, loadDataset: false);
        using var _ = factory.CreateClient();
        var partnershipId = await factory.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            db.Anniversaries.Add(new Anniversary
            {
                PartnershipId = id, Name = new("Ngày ký Hiệp ước thử", "Test treaty day"), BaseDate = TreatyDay, State = RecordState.Approved,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return id;
        });
        const string email = "viewer@today.test";
        await TestUsers.CreateAsync(factory, email, memberships: new Membership { PartnershipId = partnershipId, Role = PartnershipRole.Viewer });

        async Task<List<string>> ComingMilestonesAsync()
        {
            // Signed in afresh at each moment: a session does not outlive the clock's jumps.
            using var client = await TestUsers.SignedInClientAsync(factory, email);
            var html = await client.GetStringAsync($"/partnerships/{partnershipId}", TestContext.Current.CancellationToken);
            return new HtmlParser().ParseDocument(html).QuerySelectorAll("section li").Select(li => li.TextContent)
                .Where(t => t.Contains("Ngày ký Hiệp ước thử")).ToList();
        }

        // 17:30 UTC on the eve is 00:30 on the anniversary in Hanoi: the 50th is today, still coming.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 7, 17, 17, 30, 0, TimeSpan.Zero));
        (await ComingMilestonesAsync()).First().ShouldContain("18/07/2027");

        // 16:30 UTC on the anniversary is 23:30 in Hanoi: still the day itself.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 7, 18, 16, 30, 0, TimeSpan.Zero));
        (await ComingMilestonesAsync()).First().ShouldContain("18/07/2027");

        // 17:30 UTC on the anniversary is already the next day in Hanoi: the 50th has passed, though the
        // UTC date is still the 18th. A dashboard reading UTC would still list it first.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 7, 18, 17, 30, 0, TimeSpan.Zero));
        var after = await ComingMilestonesAsync();
        after.ShouldNotContain(t => t.Contains("18/07/2027"));
        after.First().ShouldContain("18/07/2032");
    }
}
