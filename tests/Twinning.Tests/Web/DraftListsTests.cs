using Microsoft.Extensions.DependencyInjection;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Projects;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Web;

/// <summary>
/// A submission from one side is read by its author, the Editors of that side and Administrators, on
/// every page that lists it, exactly as its record page allows (issue 9, item 4): the lists used to
/// show it to every Editor of the partnership, whichever side they act for.
/// </summary>
public sealed class DraftListsTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string ProjectTitle = "Dự án nháp do phía Lào đề xuất";
    private const string AgencyTitle = "Bản ghi nhớ nháp giữa Sở Y tế hai bên";

    public static TheoryData<Engine> Engines => [Engine.Sqlite, Engine.Postgres];

    [Theory, MemberData(nameof(Engines))]
    public async Task A_submission_is_listed_only_to_those_who_may_open_it(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var laoOffice = TestRecords.Organisation("story-vientiane-office", new("Văn phòng Viêng Chăn"), CountryCode.Laos);
        var person = TestRecords.Person("story-person", new("Xổm-phết Phôm-vi-hản"), CountryCode.Laos);
        int partnership = 0, agreementId = 0, projectId = 0;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TwinningDb>();
            partnership = await TestRecords.SavePartnershipAsync(db);
            laoOffice.State = person.State = RecordState.Approved;
            db.AddRange(laoOffice, person);
            var agreement = new Agreement
            {
                PartnershipId = partnership, Title = new("Thỏa thuận hợp tác 2026–2030"), StartYear = 2026, EndYear = 2030,
                Status = AgreementStatus.InForce, State = RecordState.Approved, Commitments = [new Commitment { Area = CommitmentArea.Health, Text = new("Hợp tác y tế") }],
            };
            db.Agreements.Add(agreement);
            await db.SaveChangesAsync(Cancel);
            agreementId = agreement.Id;
            var project = new Project
            {
                PartnershipId = partnership, Title = new(ProjectTitle), StartDate = new DateOnly(2026, 9, 1), RecipientId = laoOffice.Id,
                State = RecordState.Submitted, SubmittedBySide = CountryCode.Laos, OwnerOrganisationId = laoOffice.Id,
                Commitments = [agreement.Commitments[0]],
                Participants = [new ActivityParticipant { PersonId = person.Id }],
            };
            db.Activities.Add(project);
            db.Agreements.Add(new Agreement
            {
                PartnershipId = partnership, Title = new(AgencyTitle), Parent = agreement, Status = AgreementStatus.Draft,
                State = RecordState.Submitted, SubmittedBySide = CountryCode.Laos, Parties = [laoOffice],
            });
            await db.SaveChangesAsync(Cancel);
            projectId = project.Id;
        }

        Membership Member(PartnershipRole role, string? side = null, int? organisation = null) =>
            new() { PartnershipId = partnership, Role = role, Side = side, OrganisationId = organisation };
        await TestUsers.CreateAsync(app, "editor-vn@drafts.test", false, Member(PartnershipRole.Editor, CountryCode.Vietnam));
        await TestUsers.CreateAsync(app, "editor-la@drafts.test", false, Member(PartnershipRole.Editor, CountryCode.Laos));
        await TestUsers.CreateAsync(app, "viewer@drafts.test", false, Member(PartnershipRole.Viewer));
        await TestUsers.CreateAsync(app, "contributor@drafts.test", false, Member(PartnershipRole.Contributor, organisation: laoOffice.Id));
        await TestUsers.CreateAsync(app, "admin@drafts.test", administrator: true);

        // Pages that list the project, and pages that list the agency memorandum.
        string[] projectPages = [$"/partnerships/{partnership}/timeline", $"/agreements/{agreementId}", $"/people/{person.Id}", $"/organisations/{laoOffice.Id}"];
        string[] agencyPages = [$"/agreements/{agreementId}", $"/organisations/{laoOffice.Id}"];

        // The record page is the reference: each list agrees with it for every reader. A Contributor keeps
        // their organisation's activities, not agreements.
        foreach (var (email, mayOpenProject, mayOpenAgency) in new[]
                 {
                     ("editor-vn@drafts.test", false, false), ("viewer@drafts.test", false, false),
                     ("editor-la@drafts.test", true, true), ("contributor@drafts.test", true, false), ("admin@drafts.test", true, true),
                 })
        {
            using var client = await TestUsers.SignedInClientAsync(app, email);
            ((int)(await client.GetAsync($"/activities/{projectId}", Cancel)).StatusCode).ShouldBe(mayOpenProject ? 200 : 404, email);
            foreach (var page in projectPages)
                (await TextOfAsync(client, page)).Contains(ProjectTitle).ShouldBe(mayOpenProject, $"{email} on {page}");
            foreach (var page in agencyPages)
                (await TextOfAsync(client, page)).Contains(AgencyTitle).ShouldBe(mayOpenAgency, $"{email} on {page}");
        }
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_submitted_person_or_organisation_is_listed_only_to_those_who_may_open_it(Engine engine)
    {
        await using var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var person = TestRecords.Person("draft-person", new("Người nháp phía Lào"), CountryCode.Laos);
        var organisation = TestRecords.Organisation("draft-org", new("Cơ quan nháp phía Lào"), CountryCode.Laos);
        person.State = organisation.State = RecordState.Submitted;
        person.SubmittedBySide = organisation.SubmittedBySide = CountryCode.Laos;
        var partnership = await app.WithAppDbAsync(async db =>
        {
            var id = await TestRecords.SavePartnershipAsync(db);
            db.AddRange(person, organisation);
            await db.SaveChangesAsync(Cancel);
            return id;
        });
        Membership Member(PartnershipRole role, string? side = null) => new() { PartnershipId = partnership, Role = role, Side = side };
        await TestUsers.CreateAsync(app, "editor-vn@shared.test", false, Member(PartnershipRole.Editor, CountryCode.Vietnam));
        await TestUsers.CreateAsync(app, "editor-la@shared.test", false, Member(PartnershipRole.Editor, CountryCode.Laos));
        await TestUsers.CreateAsync(app, "viewer@shared.test", false, Member(PartnershipRole.Viewer));

        foreach (var (email, mayOpen) in new[] { ("editor-vn@shared.test", false), ("viewer@shared.test", false), ("editor-la@shared.test", true) })
        {
            using var client = await TestUsers.SignedInClientAsync(app, email);
            ((int)(await client.GetAsync($"/people/{person.Id}", Cancel)).StatusCode).ShouldBe(mayOpen ? 200 : 404, email);
            (await TextOfAsync(client, "/people")).Contains(person.Name.Vi!).ShouldBe(mayOpen, $"{email} on /people");
            (await TextOfAsync(client, "/organisations")).Contains(organisation.Name.Vi!).ShouldBe(mayOpen, $"{email} on /organisations");
            // The forms' pickers look names up too: a draft's name is not handed to those who may not open it.
            (await TextOfAsync(client, "/lookup/people")).Contains($"\"id\":{person.Id},").ShouldBe(mayOpen, $"{email} on /lookup/people");
            (await TextOfAsync(client, "/lookup/organisations")).Contains($"\"id\":{organisation.Id},").ShouldBe(mayOpen, $"{email} on /lookup/organisations");
        }
    }

    private static async Task<string> TextOfAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page, Cancel);
        ((int)response.StatusCode).ShouldBe(200, page);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Cancel));
    }
}
