using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Briefings;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Projects;
using Twinning.Features.Visits;
using Twinning.Features.Workflow;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Briefings;

/// <summary>What the pack selects, on a small record built for it, on SQLite and on PostgreSQL.</summary>
public sealed class BriefingQueryTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;
    private static readonly DateOnly Day = new(2024, 6, 1);

    [Theory, BothEngines]
    public async Task The_pack_selects_approved_earlier_meetings_open_commitments_pending_invitations_and_projects_of_the_body(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int partnershipId, laoId;
        await using (var db = database.NewContext())
        {
            partnershipId = await TestRecords.SavePartnershipAsync(db);
            var city = TestRecords.Organisation("org-vte", new("Chính quyền Thủ đô Viêng Chăn"), CountryCode.Laos);
            var justice = TestRecords.Organisation("org-vte-justice", new("Sở Tư pháp Viêng Chăn"), CountryCode.Laos, OrganisationKind.Department);
            justice.Parent = city;
            var other = TestRecords.Organisation("org-vte-tourism", new("Sở Du lịch Viêng Chăn"), CountryCode.Laos, OrganisationKind.Department);
            var lao = TestRecords.Person("p-lao", new("Khamphao Test", null, "ຄຳເພົາ"), CountryCode.Laos);
            lao.State = RecordState.Approved;
            lao.Aliases = [new PersonAlias { Name = "Khampao Test" }];
            lao.Positions =
            [
                new Position { Key = "pos-1", Title = "Giám đốc Sở Tư pháp", Organisation = justice, From = new(2021, 4, 1) },
                new Position { Key = "pos-2", Title = "Phó Giám đốc Sở Du lịch", Organisation = other, From = new(2018, 1, 1), To = new(2020, 12, 31) },
                new Position { Key = "pos-3", Title = "Phó Đô trưởng", Organisation = city, From = new(2025, 1, 1) },
            ];
            var viet = TestRecords.Person("p-vn", new("Nguyễn Văn Thử"), CountryCode.Vietnam);
            viet.State = RecordState.Approved;

            Agreement NewAgreement(string key, AgreementStatus status, int start, int end) => new()
            {
                Key = key, PartnershipId = partnershipId, Title = new(key), Kind = AgreementKind.CooperationAgreement,
                Status = status, StartYear = start, EndYear = end, State = RecordState.Approved,
            };
            Commitment NewCommitment(string key, CommitmentArea area, Organisation responsible) =>
                new() { Key = key, Area = area, Text = new(key), Responsible = [responsible] };
            var running = NewAgreement("ag-running", AgreementStatus.InForce, 2022, 2025);
            var ended = NewAgreement("ag-ended", AgreementStatus.InForce, 2018, 2023);
            var expired = NewAgreement("ag-expired", AgreementStatus.Expired, 2018, 2023);
            running.Commitments =
            [
                NewCommitment("c-parent", CommitmentArea.Justice, city),          // their parent body answers for it
                NewCommitment("c-same-area", CommitmentArea.Justice, other),      // another body, same area
                NewCommitment("c-other-area", CommitmentArea.Tourism, other),     // neither: left out
                NewCommitment("c-running-done", CommitmentArea.Justice, justice), // carried out, but the period runs on
            ];
            ended.Commitments = [NewCommitment("c-ended-done", CommitmentArea.Justice, justice), NewCommitment("c-ended-open", CommitmentArea.Justice, justice)];
            expired.Commitments = [NewCommitment("c-expired", CommitmentArea.Justice, justice)];
            db.AddRange(running, ended, expired);

            ActivityParticipant[] With(params Person[] people) => people.Select(p => new ActivityParticipant { Person = p, Role = ParticipantRole.Participant }).ToArray();
            var visit = new Visit { Key = "v-2023", PartnershipId = partnershipId, Title = new("Chuyến thăm 2023"), StartDate = new(2023, 5, 10), State = RecordState.Approved, Participants = [.. With(lao, viet)] };
            visit.Meetings = [new Meeting { Key = "m-signing", PartnershipId = partnershipId, Title = new("Lễ ký"), StartDate = new(2023, 5, 10), State = RecordState.Approved, AgreementsSigned = [running] }];
            var draft = new Meeting { Key = "m-draft", PartnershipId = partnershipId, Title = new("Cuộc gặp nháp"), StartDate = new(2023, 6, 1), State = RecordState.Draft, Participants = [.. With(lao)] };
            var later = new Meeting { Key = "m-later", PartnershipId = partnershipId, Title = new("Cuộc gặp sau"), StartDate = new(2024, 7, 1), State = RecordState.Approved, Participants = [.. With(lao)] };
            var project = new Project { Key = "pr-justice", PartnershipId = partnershipId, Title = new("Trụ sở Sở Tư pháp"), Recipient = justice, State = RecordState.Approved };
            project.Commitments = [running.Commitments[3], ended.Commitments[0]];
            var fieldProject = new Project { Key = "pr-field", PartnershipId = partnershipId, Title = new("Dự án cùng lĩnh vực"), Recipient = other, State = RecordState.Approved, Commitments = [running.Commitments[1]] };
            var unrelated = new Project { Key = "pr-unrelated", PartnershipId = partnershipId, Title = new("Dự án khác"), Recipient = other, State = RecordState.Approved };
            var draftProject = new Project { Key = "pr-draft", PartnershipId = partnershipId, Title = new("Dự án nháp"), Recipient = justice, State = RecordState.Draft };
            db.AddRange(visit, draft, later, project, fieldProject, unrelated, draftProject);

            Invitation Invite(string text, bool? accepted = null, Visit? fulfilled = null, RecordState state = RecordState.Approved) =>
                new() { PartnershipId = partnershipId, Inviter = viet, Invitee = lao, Description = new(text), Accepted = accepted, FulfilledBy = fulfilled, State = state };
            db.Invitations.AddRange(Invite("mời đang chờ"), Invite("mời đã nhận", accepted: true), Invite("mời đã thực hiện", fulfilled: visit),
                Invite("mời bị từ chối", accepted: false), Invite("mời nháp", state: RecordState.Draft));
            await db.SaveChangesAsync(Cancel);
            laoId = lao.Id;
        }

        await using (var db = database.NewContext())
        {
            var partnership = await db.Partnerships.SingleAsync(p => p.Id == partnershipId, Cancel);
            var data = (await new BriefingQuery(db).LoadAsync(partnership, [laoId], Day, Cancel)).ShouldNotBeNull();
            var c = data.Counterparts.Single();

            c.Person.Name.Lo.ShouldBe("ຄຳເພົາ");
            c.Current.Select(p => p.Title).ShouldBe(["Giám đốc Sở Tư pháp"]);
            c.Past.Select(p => p.Title).ShouldBe(["Phó Giám đốc Sở Du lịch"]); // the 2025 post is after the meeting
            c.Bodies.Select(b => b.Key).ShouldBe(["org-vte-justice", "org-vte"], ignoreOrder: true);

            c.Meetings.Select(m => m.Activity.Key).ShouldBe(["v-2023"]);
            c.Meetings[0].OurSide.Select(p => p.Person!.Key).ShouldBe(["p-vn"]);
            c.Meetings[0].Signed.Select(a => a.Key).ShouldBe(["ag-running"]);

            c.Commitments.Select(o => (o.Commitment.Key, o.Responsible)).ShouldBe(
                [("c-parent", true), ("c-running-done", true), ("c-ended-open", true), ("c-same-area", false)], ignoreOrder: true);
            c.Invitations.Select(i => i.Description.Vi).ShouldBe(["mời đang chờ", "mời đã nhận"], ignoreOrder: true);
            c.Projects.Select(p => p.Key).ShouldBe(["pr-justice", "pr-field"], ignoreOrder: true);

            (await new BriefingQuery(db).LoadAsync(partnership, [laoId, 424242], Day, Cancel)).ShouldBeNull();
        }
    }
}
