using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Invitations;
using Twinning.Features.People;
using Twinning.Features.Projects;
using Twinning.Features.Sources;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Editing;

/// <summary>
/// The people and organisations the edit forms offer (issue 12): only those the user may read by the shared
/// read rule, so a submitted draft's name does not show in the lists of a member who may not open it; and
/// whatever the record already links, readable or not, so an Editor's save of the unchanged form keeps it.
/// </summary>
public sealed class FormOptionsTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string DraftPersonName = "Người nháp phía Lào";
    private const string DraftOrganisationName = "Cơ quan nháp phía Lào";
    private const string PersonName = "Nguyễn Văn Thử";
    private const string OrganisationName = "Sở Ngoại vụ Thử nghiệm";

    private const string EditorVn = "editor-vn@options.test";
    private const string Author = "author-vn@options.test";
    private const string Admin = "admin@options.test";

    /// <summary>
    /// A partnership with an approved person and body, a person and a body submitted from the Lao side by a
    /// Vietnamese Editor (their author), records that link only approved ones, and records that link the drafts.
    /// </summary>
    private sealed class World
    {
        public required TwinningAppFactory App { get; init; }
        public int Partnership, Person, Organisation, DraftPerson, DraftOrganisation, Source;
        public int CleanAgreement, LinkedOrganisation, LinkedVisit, LinkedAgreement, LinkedProject, LinkedMeeting, LinkedPerson, LinkedInvitation;
    }

    private async Task<World> WorldAsync(Engine engine)
    {
        var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var world = new World { App = app };
        var person = TestRecords.Person("options-person", new(PersonName), CountryCode.Vietnam);
        var organisation = TestRecords.Organisation("options-org", new(OrganisationName), CountryCode.Vietnam);
        var draftPerson = TestRecords.Person("options-draft-person", new(DraftPersonName), CountryCode.Laos);
        var draftOrganisation = TestRecords.Organisation("options-draft-org", new(DraftOrganisationName), CountryCode.Laos);
        person.State = organisation.State = RecordState.Approved;
        draftPerson.State = draftOrganisation.State = RecordState.Submitted;
        draftPerson.SubmittedBySide = draftOrganisation.SubmittedBySide = CountryCode.Laos;
        person.Positions = [new Position { Title = "Giám đốc", Organisation = organisation }];
        var linkedPerson = TestRecords.Person("options-linked-person", new("Trần Thị Liên Kết"), CountryCode.Vietnam);
        linkedPerson.State = RecordState.Approved;
        linkedPerson.Positions = [new Position { Title = "Cố vấn", Organisation = draftOrganisation }];
        var linkedOrganisation = TestRecords.Organisation("options-linked-org", new("Phòng trực thuộc cơ quan nháp"), CountryCode.Laos);
        linkedOrganisation.State = RecordState.Approved;
        linkedOrganisation.Parent = draftOrganisation;

        await app.WithAppDbAsync(async db =>
        {
            world.Partnership = await TestRecords.SavePartnershipAsync(db);
            var p = world.Partnership;
            var source = new Source { Title = "Bài báo thử", FullText = "Hai bên ký kết thỏa thuận hợp tác.", State = RecordState.Approved };
            db.AddRange(person, organisation, draftPerson, draftOrganisation, linkedPerson, linkedOrganisation, source);
            await db.SaveChangesAsync(Cancel);
            var cleanAgreement = new Agreement
            {
                PartnershipId = p, Title = new("Thỏa thuận chỉ nêu bản ghi đã duyệt"), State = RecordState.Approved, Status = AgreementStatus.InForce,
                Parties = [organisation], Signatories = [new AgreementSignatory { Person = person }],
            };
            var linkedAgreement = new Agreement
            {
                PartnershipId = p, Title = new("Thỏa thuận nêu bản ghi nháp"), State = RecordState.Approved, Status = AgreementStatus.InForce,
                Parties = [draftOrganisation], Signatories = [new AgreementSignatory { Person = draftPerson, Title = "Trưởng đoàn" }],
                Commitments = [new Commitment { Area = CommitmentArea.Health, Text = new("Hợp tác y tế"), Responsible = [draftOrganisation] }],
            };
            var linkedVisit = new Visit
            {
                PartnershipId = p, Title = new("Đoàn do người nháp dẫn"), State = RecordState.Approved, Status = ActivityStatus.Completed,
                StartDate = new DateOnly(2026, 5, 10), EndDate = new DateOnly(2026, 5, 12), Leader = draftPerson, OwnerOrganisationId = draftOrganisation.Id,
                Meetings =
                [
                    new Meeting
                    {
                        PartnershipId = p, Title = new("Hội đàm"), State = RecordState.Approved, StartDate = new DateOnly(2026, 5, 11),
                        MeetingKind = MeetingKind.Talks, Participants = [new ActivityParticipant { Person = draftPerson }],
                    },
                ],
            };
            var linkedProject = new Project
            {
                PartnershipId = p, Title = new("Dự án do cơ quan nháp tài trợ"), State = RecordState.Approved, Funder = draftOrganisation,
            };
            var linkedMeeting = new Meeting
            {
                PartnershipId = p, Title = new("Tiếp xã giao người nháp"), State = RecordState.Approved, StartDate = new DateOnly(2026, 6, 1),
                MeetingKind = MeetingKind.CourtesyCall, Participants = [new ActivityParticipant { Person = draftPerson }, new ActivityParticipant { Person = person }],
            };
            db.AddRange(cleanAgreement, linkedAgreement, linkedVisit, linkedProject, linkedMeeting);
            var invitation = new Invitation
            {
                PartnershipId = p, InviterId = draftPerson.Id, InviteeId = person.Id, Description = new("Lời mời từ người nháp"), State = RecordState.Approved,
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(Cancel);
            (world.Person, world.Organisation, world.DraftPerson, world.DraftOrganisation, world.Source) =
                (person.Id, organisation.Id, draftPerson.Id, draftOrganisation.Id, source.Id);
            world.LinkedOrganisation = linkedOrganisation.Id;
            (world.CleanAgreement, world.LinkedVisit, world.LinkedAgreement, world.LinkedProject, world.LinkedMeeting, world.LinkedPerson, world.LinkedInvitation) =
                (cleanAgreement.Id, linkedVisit.Id, linkedAgreement.Id, linkedProject.Id, linkedMeeting.Id, linkedPerson.Id, invitation.Id);
            return 0;
        });

        Membership Editor(string side) => new() { PartnershipId = world.Partnership, Role = PartnershipRole.Editor, Side = side };
        await TestUsers.CreateAsync(app, EditorVn, false, Editor(CountryCode.Vietnam));
        await TestUsers.CreateAsync(app, Author, false, Editor(CountryCode.Vietnam));
        await TestUsers.CreateAsync(app, Admin, administrator: true);
        // The drafts are the author's: saved outside a request they have no author, so it is set as a save by them would.
        await app.WithAppDbAsync(async db =>
        {
            var author = await db.Users.Where(u => u.Email == Author).Select(u => u.Id).SingleAsync(Cancel);
            await db.People.Where(x => x.Id == world.DraftPerson).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedById, author), Cancel);
            await db.Organisations.Where(x => x.Id == world.DraftOrganisation).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedById, author), Cancel);
            return 0;
        });
        return world;
    }

    private static List<string> OptionTexts(IHtmlDocument page) =>
        page.QuerySelectorAll("main form select option").Select(o => o.TextContent.Trim()).ToList();

    [Theory, BothEngines]
    public async Task A_submitted_person_or_organisation_is_offered_by_the_forms_only_to_those_who_may_read_it(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        var p = world.Partnership;
        // Each form with the lists it shows: people, organisations. None of these records links a draft.
        (string Url, bool People, bool Organisations)[] forms =
        [
            ($"/visits/edit?partnership={p}", true, true),
            ($"/agreements/edit/{world.CleanAgreement}", true, true),
            ($"/projects/edit?partnership={p}", false, true),
            ($"/programmes/edit?partnership={p}", false, true),
            ($"/events/edit?partnership={p}", false, true),
            ($"/donations/edit?partnership={p}", false, true),
            ($"/meetings/edit?partnership={p}", true, true),
            ($"/invitations/edit?partnership={p}", true, false),
            ($"/sources/{world.Source}/cite", true, true),
            ($"/people/edit/{world.Person}", false, true),
            ("/organisations/edit", false, true),
        ];
        // The Vietnamese Editor may not open a submission from the Lao side; its author and an Administrator may.
        foreach (var (email, mayRead) in new[] { (EditorVn, false), (Author, true), (Admin, true) })
        {
            using var client = await TestUsers.SignedInClientAsync(app, email);
            ((int)(await client.GetAsync($"/people/{world.DraftPerson}", Cancel)).StatusCode).ShouldBe(mayRead ? 200 : 404, email);
            foreach (var (url, people, organisations) in forms)
            {
                var options = OptionTexts(await Forms.GetAsync(client, url));
                if (people)
                {
                    options.ShouldContain(PersonName, $"{email} on {url}");
                    options.Contains(DraftPersonName).ShouldBe(mayRead, $"{email} on {url}");
                }
                if (organisations)
                {
                    options.ShouldContain(OrganisationName, $"{email} on {url}");
                    options.Contains(DraftOrganisationName).ShouldBe(mayRead, $"{email} on {url}");
                }
            }
        }
    }

    [Theory, BothEngines]
    public async Task A_link_to_a_draft_the_editor_may_not_read_stays_selected_and_is_kept_by_a_save_of_the_unchanged_form(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        using var editor = await TestUsers.SignedInClientAsync(app, EditorVn);
        string person = world.DraftPerson.ToString(), organisation = world.DraftOrganisation.ToString();
        (string Url, string Saved, (string Select, string Value, string Name)[] Selected)[] forms =
        [
            ($"/visits/edit/{world.LinkedVisit}", $"/activities/{world.LinkedVisit}",
                [("Input_LeaderId", person, DraftPersonName), ("Input_OwnerOrganisationId", organisation, DraftOrganisationName),
                 ("Input_Meetings_0_ParticipantIds", person, DraftPersonName)]),
            ($"/agreements/edit/{world.LinkedAgreement}", $"/agreements/{world.LinkedAgreement}",
                [("Input_PartyIds", organisation, DraftOrganisationName), ("Input_Signatories_0_PersonId", person, DraftPersonName),
                 ("Input_Commitments_0_ResponsibleIds", organisation, DraftOrganisationName)]),
            ($"/projects/edit/{world.LinkedProject}", $"/activities/{world.LinkedProject}", [("Input_FunderId", organisation, DraftOrganisationName)]),
            ($"/meetings/edit/{world.LinkedMeeting}", $"/activities/{world.LinkedMeeting}", [("Input_ParticipantIds", person, DraftPersonName)]),
            ($"/people/edit/{world.LinkedPerson}", $"/people/{world.LinkedPerson}", [("pos-0-org", organisation, DraftOrganisationName)]),
            ($"/invitations/edit/{world.LinkedInvitation}", $"/people/{world.Person}", [("Input_InviterId", person, DraftPersonName)]),
            ($"/organisations/edit/{world.LinkedOrganisation}", $"/organisations/{world.LinkedOrganisation}", [("Input_ParentId", organisation, DraftOrganisationName)]),
        ];
        foreach (var (url, saved, selected) in forms)
        {
            var page = await Forms.GetAsync(editor, url);
            foreach (var (select, value, name) in selected)
            {
                // Shown by name, as the record's own page shows it to whoever may read the record.
                var option = page.QuerySelector($"select#{select} option[value='{value}']").ShouldNotBeNull($"{url} #{select}");
                option.HasAttribute("selected").ShouldBeTrue($"{url} #{select}");
                option.TextContent.Trim().ShouldBe(name);
            }
            var response = await Forms.PostAsync(editor, page, url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{url}: {await response.Content.ReadAsStringAsync(Cancel)}");
            response.Headers.Location!.OriginalString.ShouldBe(saved);
        }

        await using var db = app.Database.NewContext();
        var visit = await db.Visits.Include(v => v.Meetings).ThenInclude(m => m.Participants).SingleAsync(v => v.Id == world.LinkedVisit, Cancel);
        visit.LeaderId.ShouldBe(world.DraftPerson);
        visit.OwnerOrganisationId.ShouldBe(world.DraftOrganisation);
        visit.Meetings.Single().Participants.Select(x => x.PersonId).ShouldBe(new[] { world.DraftPerson });
        var agreement = await db.Agreements.AsSplitQuery().Include(a => a.Parties).Include(a => a.Signatories)
            .Include(a => a.Commitments).ThenInclude(c => c.Responsible).SingleAsync(a => a.Id == world.LinkedAgreement, Cancel);
        agreement.Parties.Select(o => o.Id).ShouldBe(new[] { world.DraftOrganisation });
        agreement.Signatories.Select(s => s.PersonId).ShouldBe(new[] { world.DraftPerson });
        agreement.Commitments.Single().Responsible.Select(o => o.Id).ShouldBe(new[] { world.DraftOrganisation });
        (await db.Projects.SingleAsync(x => x.Id == world.LinkedProject, Cancel)).FunderId.ShouldBe(world.DraftOrganisation);
        (await db.Meetings.Include(m => m.Participants).SingleAsync(m => m.Id == world.LinkedMeeting, Cancel))
            .Participants.Select(x => x.PersonId).Order().ShouldBe(new[] { world.Person, world.DraftPerson }.Order());
        (await db.People.Include(x => x.Positions).SingleAsync(x => x.Id == world.LinkedPerson, Cancel))
            .Positions.Select(x => x.OrganisationId).ShouldBe(new int?[] { world.DraftOrganisation });
        (await db.Invitations.SingleAsync(i => i.Id == world.LinkedInvitation, Cancel)).InviterId.ShouldBe(world.DraftPerson);
        (await db.Organisations.SingleAsync(o => o.Id == world.LinkedOrganisation, Cancel)).ParentId.ShouldBe(world.DraftOrganisation);
    }

    [Theory, BothEngines]
    public async Task A_draft_the_user_may_not_read_cannot_be_linked_by_posting_its_id(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        using var editor = await TestUsers.SignedInClientAsync(app, EditorVn);
        var url = $"/visits/edit?partnership={world.Partnership}";
        await using var db = app.Database.NewContext();
        var before = await db.Visits.CountAsync(Cancel);

        var response = await Forms.PostAsync(editor, await Forms.GetAsync(editor, url), url, new Dictionary<string, string?>
        {
            ["Input.TitleVi"] = "Đoàn gắn người nháp", ["Input.StartDate"] = "2026-07-01",
            ["Input.LeaderId"] = world.DraftPerson.ToString(), ["Input.OwnerOrganisationId"] = world.DraftOrganisation.ToString(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));
        Forms.ErrorNextTo(page, "Input_LeaderId").ShouldNotBeEmpty();
        Forms.ErrorNextTo(page, "Input_OwnerOrganisationId").ShouldNotBeEmpty();
        OptionTexts(page).ShouldNotContain(DraftPersonName);
        OptionTexts(page).ShouldNotContain(DraftOrganisationName);
        (await db.Visits.CountAsync(Cancel)).ShouldBe(before);
    }
}
