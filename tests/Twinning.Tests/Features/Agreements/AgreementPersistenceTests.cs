using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Agreements;
using Twinning.Features.Organisations;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Agreements;

public sealed class AgreementPersistenceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Saving_an_agreement_keeps_its_commitments_parties_signatories_and_agency_agreements(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int cityAgreementId;
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            var hanoi = TestRecords.Organisation("org-hanoi-pc", new("UBND thành phố Hà Nội", "Hanoi People's Committee"), CountryCode.Vietnam);
            var vientiane = TestRecords.Organisation("org-vientiane-admin", new("Chính quyền Thủ đô Viêng Chăn", "Vientiane Capital Administration"), CountryCode.Laos);
            var tourism = TestRecords.Organisation("org-hanoi-tourism", new("Sở Du lịch Hà Nội", "Hanoi Department of Tourism"), CountryCode.Vietnam, OrganisationKind.Department);
            var signer = TestRecords.Person("person-tran-sy-thanh", new("Trần Sỹ Thanh"), CountryCode.Vietnam);

            var cityAgreement = new Agreement
            {
                Key = "agr-2022-2025", PartnershipId = partnershipId, Kind = AgreementKind.CooperationAgreement,
                Title = new("Thỏa thuận hợp tác giai đoạn 2022–2025", "Cooperation agreement 2022–2025"),
                SignedOn = new(2022, 4, 4), SignedPlace = new("Hà Nội", "Hanoi"), StartYear = 2022, EndYear = 2025,
                Status = AgreementStatus.InForce, Parties = [hanoi, vientiane],
                Signatories = [new() { Person = signer, Title = "Chủ tịch UBND thành phố Hà Nội" }],
                Commitments =
                [
                    new() { Key = "cmt-tourism", Area = CommitmentArea.Tourism, Text = new("Phối hợp quảng bá du lịch", "Joint tourism promotion"), Responsible = [tourism] },
                    new() { Key = "cmt-training", Area = CommitmentArea.EducationAndTraining, Text = new("Đào tạo cán bộ", "Cadre training") },
                ],
            };
            var agencyAgreement = new Agreement
            {
                Key = "agr-tourism-mou", PartnershipId = partnershipId, Kind = AgreementKind.MemorandumOfUnderstanding,
                Title = new("Bản ghi nhớ hợp tác du lịch", "Tourism memorandum"), Status = AgreementStatus.InForce,
                Parent = cityAgreement, Parties = [tourism],
            };
            db.Agreements.AddRange(cityAgreement, agencyAgreement);
            await db.SaveChangesAsync(Cancel);
            cityAgreementId = cityAgreement.Id;
        }

        await using (var db = database.NewContext())
        {
            var agreement = await db.Agreements
                .Include(a => a.Parties)
                .Include(a => a.Signatories).ThenInclude(s => s.Person)
                .Include(a => a.Commitments).ThenInclude(c => c.Responsible)
                .Include(a => a.AgencyAgreements)
                .SingleAsync(a => a.Id == cityAgreementId, Cancel);

            agreement.Kind.ShouldBe(AgreementKind.CooperationAgreement);
            agreement.SignedOn.ShouldBe(new DateOnly(2022, 4, 4));
            agreement.SignedPlace!.En.ShouldBe("Hanoi");
            agreement.Period.ShouldBe("2022–2025");
            agreement.Parties.Select(p => p.Key).Order().ShouldBe(["org-hanoi-pc", "org-vientiane-admin"]);
            agreement.Signatories.ShouldHaveSingleItem().Person!.Name.Vi.ShouldBe("Trần Sỹ Thanh");

            var commitments = agreement.Commitments.OrderBy(c => c.Key).ToList();
            commitments.Select(c => c.Area).ShouldBe([CommitmentArea.Tourism, CommitmentArea.EducationAndTraining]);
            commitments[0].Text.Vi.ShouldBe("Phối hợp quảng bá du lịch");
            commitments[0].Responsible.ShouldHaveSingleItem().Key.ShouldBe("org-hanoi-tourism");
            commitments[1].Responsible.ShouldBeEmpty();

            var agency = agreement.AgencyAgreements.ShouldHaveSingleItem();
            agency.Key.ShouldBe("agr-tourism-mou");
            agency.ParentId.ShouldBe(cityAgreementId);
        }
    }

    [Theory, BothEngines]
    public async Task A_city_agreement_with_agency_agreements_cannot_be_deleted(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int cityAgreementId;
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            var city = new Agreement { PartnershipId = partnershipId, Title = new("Thỏa thuận cấp thành phố"), Kind = AgreementKind.CooperationAgreement };
            db.Agreements.AddRange(city, new Agreement { PartnershipId = partnershipId, Title = new("Bản ghi nhớ cấp sở"), Parent = city });
            await db.SaveChangesAsync(Cancel);
            cityAgreementId = city.Id;
        }

        // The children are not loaded, so it is the database's foreign key that must refuse.
        await using (var db = database.NewContext())
        {
            db.Agreements.Remove(await db.Agreements.SingleAsync(a => a.Id == cityAgreementId, Cancel));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(Cancel));
        }

        await using (var db = database.NewContext())
            (await db.Agreements.CountAsync(Cancel)).ShouldBe(2);
    }

    [Theory, BothEngines]
    public async Task Enums_are_stored_by_name(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using var db = database.NewContext();
        var partnershipId = await TestRecords.SavePartnershipAsync(db);
        var agreement = new Agreement
        {
            PartnershipId = partnershipId, Title = new("Biên bản hội đàm"), Kind = AgreementKind.Minutes, Status = AgreementStatus.Superseded,
        };
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(Cancel);

        // Names, not numbers: readable in the database and unaffected by reordering the enum.
        var stored = await db.Database
            .SqlQuery<string>($"SELECT \"Kind\" || '/' || \"Status\" AS \"Value\" FROM \"Agreements\" WHERE \"Id\" = {agreement.Id}")
            .SingleAsync(Cancel);
        stored.ShouldBe("Minutes/Superseded");
    }
}
