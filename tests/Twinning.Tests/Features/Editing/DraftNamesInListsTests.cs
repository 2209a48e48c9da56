using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Invitations;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Editing;

/// <summary>
/// Two more lists that named drafts to members who may not open them: the new-person form's duplicate-name
/// warning and the invitation form's "fulfilled by" visits. Both now follow the read rule; the warning still
/// warns of a same-name draft without naming it, and the invitation keeps the visit it already names.
/// </summary>
public sealed class DraftNamesInListsTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private const string DraftPersonName = "Bounmy Draft Phommachanh";
    private const string DraftVisitTitle = "Đoàn nháp phía Lào sang Hà Nội";
    private const string ReadableVisitTitle = "Đoàn đã duyệt sang Viêng Chăn";

    private const string EditorVn = "editor-vn@drafts.test";
    private const string Author = "author@drafts.test";
    private const string Admin = "admin@drafts.test";

    private sealed class World
    {
        public required TwinningAppFactory App { get; init; }
        public int Partnership, DraftPerson, Invitee, DraftVisit, ReadableVisit, Invitation;
    }

    /// <summary>A person and a visit submitted from the Lao side by <see cref="Author"/>, and an approved invitation the draft visit fulfilled.</summary>
    private async Task<World> WorldAsync(Engine engine)
    {
        var app = await TwinningAppFactory.CreateAsync(engine, postgres, loadDataset: false);
        using var _ = app.CreateClient();
        var world = new World { App = app };
        await app.WithAppDbAsync(async db =>
        {
            world.Partnership = await TestRecords.SavePartnershipAsync(db);
            var p = world.Partnership;
            var draftPerson = TestRecords.Person("drafts-person", new(DraftPersonName), CountryCode.Laos);
            draftPerson.State = RecordState.Submitted;
            draftPerson.SubmittedBySide = CountryCode.Laos;
            var inviter = TestRecords.Person("drafts-inviter", new("Nguyễn Văn Mời"), CountryCode.Vietnam);
            var invitee = TestRecords.Person("drafts-invitee", new("Khamla Được Mời"), CountryCode.Laos);
            inviter.State = invitee.State = RecordState.Approved;
            var draftVisit = new Visit
            {
                PartnershipId = p, Title = new(DraftVisitTitle), State = RecordState.Submitted, SubmittedBySide = CountryCode.Laos,
                Status = ActivityStatus.Completed, StartDate = new DateOnly(2026, 5, 10), EndDate = new DateOnly(2026, 5, 12),
            };
            var readableVisit = new Visit
            {
                PartnershipId = p, Title = new(ReadableVisitTitle), State = RecordState.Approved,
                Status = ActivityStatus.Completed, StartDate = new DateOnly(2026, 3, 2), EndDate = new DateOnly(2026, 3, 4),
            };
            db.AddRange(draftPerson, inviter, invitee, draftVisit, readableVisit);
            await db.SaveChangesAsync(Cancel);
            var invitation = new Invitation
            {
                PartnershipId = p, InviterId = inviter.Id, InviteeId = invitee.Id, Description = new("Lời mời đã thực hiện"),
                Accepted = true, FulfilledById = draftVisit.Id, State = RecordState.Approved,
            };
            db.Invitations.Add(invitation);
            await db.SaveChangesAsync(Cancel);
            (world.DraftPerson, world.Invitee, world.DraftVisit, world.ReadableVisit, world.Invitation) =
                (draftPerson.Id, invitee.Id, draftVisit.Id, readableVisit.Id, invitation.Id);
            return 0;
        });

        Membership Editor() => new() { PartnershipId = world.Partnership, Role = PartnershipRole.Editor, Side = CountryCode.Vietnam };
        await TestUsers.CreateAsync(app, EditorVn, false, Editor());
        await TestUsers.CreateAsync(app, Author, false, Editor());
        await TestUsers.CreateAsync(app, Admin, administrator: true);
        // Saved outside a request the drafts have no author: set it as a save by the author would.
        await app.WithAppDbAsync(async db =>
        {
            var author = await db.Users.Where(u => u.Email == Author).Select(u => u.Id).SingleAsync(Cancel);
            await db.People.Where(x => x.Id == world.DraftPerson).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedById, author), Cancel);
            await db.Visits.Where(x => x.Id == world.DraftVisit).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedById, author), Cancel);
            return 0;
        });
        return world;
    }

    private static async Task<IHtmlDocument> PageOf(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(Cancel));

    [Theory, BothEngines]
    public async Task The_duplicate_name_warning_names_a_submitted_person_only_to_those_who_may_read_it(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        foreach (var (email, mayRead) in new[] { (EditorVn, false), (Author, true), (Admin, true) })
        {
            using var client = await TestUsers.SignedInClientAsync(app, email);
            ((int)(await client.GetAsync($"/people/{world.DraftPerson}", Cancel)).StatusCode).ShouldBe(mayRead ? 200 : 404, email);
            await using var db = app.Database.NewContext();
            var before = await db.People.CountAsync(Cancel);

            // Folded as the search box folds: a different spelling of the same name still warns.
            var response = await Forms.PostAsync(client, await Forms.GetAsync(client, "/people/edit"), "/people/edit",
                new Dictionary<string, string?> { ["Input.NameVi"] = "bounmy draft PHOMMACHANH", ["Input.Country"] = "LA" });

            response.StatusCode.ShouldBe(HttpStatusCode.OK, email);
            var notice = (await PageOf(response)).QuerySelector("section.notice").ShouldNotBeNull(email);
            notice.TextContent.Contains(DraftPersonName).ShouldBe(mayRead, email);
            (notice.QuerySelector($"a[href='/people/{world.DraftPerson}']") is not null).ShouldBe(mayRead, email);
            // Hidden, it is still a duplicate: a neutral warning, without name or link.
            (notice.QuerySelector(".duplicate-awaiting-review") is not null).ShouldBe(!mayRead, email);
            if (!mayRead) notice.TextContent.ShouldContain("đang chờ duyệt");
            (await db.People.CountAsync(Cancel)).ShouldBe(before, email);
        }
    }

    [Theory, BothEngines]
    public async Task After_the_neutral_warning_the_member_may_still_create_the_person(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        using var editor = await TestUsers.SignedInClientAsync(app, EditorVn);
        var warned = await Forms.PostAsync(editor, await Forms.GetAsync(editor, "/people/edit"), "/people/edit",
            new Dictionary<string, string?> { ["Input.NameVi"] = DraftPersonName, ["Input.Country"] = "LA" });
        warned.StatusCode.ShouldBe(HttpStatusCode.OK);

        var confirmed = await Forms.PostAsync(editor, await PageOf(warned), "/people/edit",
            new Dictionary<string, string?> { ["Input.ConfirmNotDuplicate"] = "true" });

        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect, await confirmed.Content.ReadAsStringAsync(Cancel));
        await using var db = app.Database.NewContext();
        (await db.People.CountAsync(p => p.Name.Vi == DraftPersonName, Cancel)).ShouldBe(2);
    }

    [Theory, BothEngines]
    public async Task The_fulfilled_by_list_offers_a_submitted_visit_only_to_those_who_may_read_it(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        var url = $"/invitations/edit?partnership={world.Partnership}";
        foreach (var (email, mayRead) in new[] { (EditorVn, false), (Author, true), (Admin, true) })
        {
            using var client = await TestUsers.SignedInClientAsync(app, email);
            ((int)(await client.GetAsync($"/activities/{world.DraftVisit}", Cancel)).StatusCode).ShouldBe(mayRead ? 200 : 404, email);
            var select = (await Forms.GetAsync(client, url)).QuerySelector("select#Input_FulfilledById").ShouldNotBeNull(email);
            select.TextContent.ShouldContain(ReadableVisitTitle, Case.Sensitive, email);
            select.TextContent.Contains(DraftVisitTitle).ShouldBe(mayRead, email);
            (select.QuerySelector($"option[value='{world.DraftVisit}']") is not null).ShouldBe(mayRead, email);
        }
    }

    [Theory, BothEngines]
    public async Task A_stored_fulfilled_by_visit_the_editor_may_not_read_stays_selected_and_survives_an_unchanged_save(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        using var editor = await TestUsers.SignedInClientAsync(app, EditorVn);
        var url = $"/invitations/edit/{world.Invitation}";
        var page = await Forms.GetAsync(editor, url);
        var option = page.QuerySelector($"select#Input_FulfilledById option[value='{world.DraftVisit}']").ShouldNotBeNull();
        option.HasAttribute("selected").ShouldBeTrue();
        // Named, as the invitee's page names the visit to whoever may read the invitation.
        option.TextContent.ShouldContain(DraftVisitTitle);

        var response = await Forms.PostAsync(editor, page, url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Cancel));
        response.Headers.Location!.OriginalString.ShouldBe($"/people/{world.Invitee}");
        await using var db = app.Database.NewContext();
        (await db.Invitations.SingleAsync(i => i.Id == world.Invitation, Cancel)).FulfilledById.ShouldBe(world.DraftVisit);
    }

    [Theory, BothEngines]
    public async Task A_visit_the_editor_may_not_read_cannot_be_named_as_fulfilling_a_new_invitation_by_posting_its_id(Engine engine)
    {
        var world = await WorldAsync(engine);
        await using var app = world.App;
        using var editor = await TestUsers.SignedInClientAsync(app, EditorVn);
        var url = $"/invitations/edit?partnership={world.Partnership}";
        await using var db = app.Database.NewContext();
        var before = await db.Invitations.CountAsync(Cancel);
        var people = await db.People.Where(p => p.State == RecordState.Approved).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(Cancel);

        var response = await Forms.PostAsync(editor, await Forms.GetAsync(editor, url), url, new Dictionary<string, string?>
        {
            ["Input.InviterId"] = people[0].ToString(), ["Input.InviteeId"] = people[1].ToString(),
            ["Input.DescriptionVi"] = "Lời mời gắn đoàn nháp", ["Input.FulfilledById"] = world.DraftVisit.ToString(),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await PageOf(response);
        Forms.ErrorNextTo(page, "Input_FulfilledById").ShouldNotBeEmpty();
        page.QuerySelector("select#Input_FulfilledById")!.TextContent.ShouldNotContain(DraftVisitTitle);
        (await db.Invitations.CountAsync(Cancel)).ShouldBe(before);
    }
}
