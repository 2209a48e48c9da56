using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Donations;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Exports;

/// <summary>A partnership's workbook carries the people, organisations and sources its own records name, and no others.</summary>
public sealed class SharedRecordsExportTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private const RecordState Approved = RecordState.Approved;

    [Theory, BothEngines]
    public async Task The_workbook_holds_the_shared_records_its_partnership_names_and_no_others(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres);
        using var _ = app.CreateClient();
        var seeded = await app.WithAppDbAsync(SeedAsync);
        await TestUsers.CreateAsync(app, "viewer@shared.test", false, new Membership { PartnershipId = seeded.A, Role = PartnershipRole.Viewer });
        using var viewer = await TestUsers.SignedInClientAsync(app, "viewer@shared.test");

        using var workbook = new WorkbookReader(await viewer.GetByteArrayAsync($"/partnerships/{seeded.A}/exports/workbook.xlsx", Cancel));
        HashSet<string> Keys(string sheet) => workbook.Named(sheet).Select(r => WorkbookReader.Text(r["key"])).ToHashSet();

        var people = Keys("people");
        foreach (var key in new[] { "t-leader", "t-participant", "t-signatory", "t-inviter", "t-invitee" }) people.ShouldContain(key, engine.ToString());
        people.ShouldNotContain("t-other-leader");
        people.ShouldNotContain("t-unlinked-person");

        var organisations = Keys("organisations");
        foreach (var key in new[] { "t-party", "t-party-parent", "t-party-grandparent", "t-funder", "t-post-org" }) organisations.ShouldContain(key, engine.ToString());
        organisations.ShouldNotContain("t-other-donor");
        organisations.ShouldNotContain("t-unlinked-org");

        var sources = workbook.Named("sources").Select(r => WorkbookReader.Text(r["title"])).ToHashSet();
        sources.ShouldContain("t-cited-by-a");
        sources.ShouldNotContain("t-cited-by-b");
        sources.ShouldNotContain("t-cited-by-a-draft");
        sources.ShouldContain("t-imported-into-a");
        sources.ShouldNotContain("t-imported-into-b");
    }

    private static async Task<(int A, int B)> SeedAsync(TwinningDb db)
    {
        var a = await db.Partnerships.Select(p => p.Id).SingleAsync(Cancel);
        var b = new Partnership { Name = new("Hà Nội – Bangkok"), CityAName = new("Hà Nội"), CityACountry = "VN", CityBName = new("Bangkok"), CityBCountry = "TH", State = Approved };
        db.Partnerships.Add(b);
        Person P(string key) => new() { Key = key, Name = new(key), Country = "VN", State = Approved };
        Organisation O(string key, Organisation? parent = null) => new() { Key = key, Name = new(key), Country = "VN", State = Approved, Parent = parent };
        var grandparent = O("t-party-grandparent");
        var parent = O("t-party-parent", grandparent);
        var postOrg = O("t-post-org");
        var leader = P("t-leader");
        leader.Positions.Add(new Position { Title = "Chủ tịch", Organisation = postOrg });
        var visitA = new Visit { PartnershipId = a, State = Approved, Title = new("Đoàn A"), Leader = leader, StartDate = new DateOnly(2025, 1, 1) };
        visitA.Participants.Add(new ActivityParticipant { Person = P("t-participant"), Role = ParticipantRole.Member });
        db.Visits.Add(visitA);
        var agreement = new Agreement { PartnershipId = a, State = Approved, Title = new("Thỏa thuận A"), Parties = [O("t-party", parent)] };
        agreement.Signatories.Add(new AgreementSignatory { Person = P("t-signatory") });
        db.Agreements.Add(agreement);
        db.Projects.Add(new Project { PartnershipId = a, State = Approved, Title = new("Dự án A"), Funder = O("t-funder") });
        db.Invitations.Add(new Twinning.Features.Invitations.Invitation { PartnershipId = a, State = Approved, Inviter = P("t-inviter"), Invitee = P("t-invitee") });
        var draftA = new Visit { PartnershipId = a, State = RecordState.Draft, Title = new("Nháp A") };
        db.Visits.Add(draftA);
        await db.SaveChangesAsync(Cancel);

        var visitB = new Visit { PartnershipId = b.Id, State = Approved, Title = new("Đoàn B"), Leader = P("t-other-leader") };
        db.Visits.Add(visitB);
        db.Donations.Add(new Donation { PartnershipId = b.Id, State = Approved, Title = new("Quà B"), Donor = O("t-other-donor") });
        db.People.Add(P("t-unlinked-person"));
        db.Organisations.Add(O("t-unlinked-org"));
        await db.SaveChangesAsync(Cancel);

        Source S(string title, RecordKind kind, int recordId)
        {
            var source = new Source { Title = title, State = Approved };
            source.Citations.Add(new Citation { RecordKind = kind, RecordId = recordId, Quote = "x" });
            return source;
        }
        db.Sources.AddRange(S("t-cited-by-a", RecordKind.Activity, visitA.Id), S("t-cited-by-b", RecordKind.Activity, visitB.Id),
            S("t-cited-by-a-draft", RecordKind.Activity, draftA.Id),
            // Articles imported into a partnership are its record, cited yet or not.
            new Source { Title = "t-imported-into-a", State = Approved, PartnershipId = a },
            new Source { Title = "t-imported-into-b", State = Approved, PartnershipId = b.Id });
        await db.SaveChangesAsync(Cancel);
        return (a, b.Id);
    }
}
