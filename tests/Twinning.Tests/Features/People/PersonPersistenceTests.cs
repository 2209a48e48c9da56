using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.People;

public sealed class PersonPersistenceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Saving_a_person_keeps_aliases_and_positions(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int personId;
        await using (var db = database.NewContext())
        {
            var committee = TestRecords.Organisation("org-vientiane-party-committee",
                new("Thành ủy Viêng Chăn", "Vientiane Party Committee"), CountryCode.Laos, OrganisationKind.PartyCommittee);
            var person = TestRecords.Person("person-thongloun-sisoulith",
                new("Thongloun Sisoulith", "Thongloun Sisoulith", "ທອງລຸນ ສີສຸລິດ"), CountryCode.Laos);
            person.Aliases = [new() { Name = "Thongluon Sinsoulith" }, new() { Name = "Thoongloun Sisoulith" }];
            person.Positions =
            [
                new() { Key = "person-thongloun-sisoulith#1", Title = "Bí thư Thành ủy", Organisation = committee, From = new(2016, 1, 22), To = new(2021, 1, 15) },
                new() { Key = "person-thongloun-sisoulith#2", Title = "Tổng Bí thư", AttestedOn = new(2024, 3, 12) },
            ];
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            personId = person.Id;
        }

        await using (var db = database.NewContext())
        {
            var person = await db.People
                .Include(p => p.Aliases)
                .Include(p => p.Positions).ThenInclude(p => p.Organisation)
                .SingleAsync(p => p.Id == personId, Cancel);

            person.Name.Lo.ShouldBe("ທອງລຸນ ສີສຸລິດ");
            person.Country.ShouldBe("LA");
            person.Aliases.Select(a => a.Name).Order().ShouldBe(["Thongluon Sinsoulith", "Thoongloun Sisoulith"]);

            var positions = person.Positions.OrderBy(p => p.Key).ToList();
            positions.Count.ShouldBe(2);
            positions[0].Title.ShouldBe("Bí thư Thành ủy");
            positions[0].Organisation!.Name.Vi.ShouldBe("Thành ủy Viêng Chăn");
            positions[0].From.ShouldBe(new DateOnly(2016, 1, 22));
            positions[0].To.ShouldBe(new DateOnly(2021, 1, 15));
            positions[1].Organisation.ShouldBeNull();
            positions[1].AttestedOn.ShouldBe(new DateOnly(2024, 3, 12));
        }
    }

    [Theory, BothEngines]
    public async Task Deleting_a_person_deletes_their_aliases_and_positions(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int personId;
        await using (var db = database.NewContext())
        {
            var person = TestRecords.Person("person-dinh-tien-dung", new("Đinh Tiến Dũng"), CountryCode.Vietnam);
            person.Aliases = [new() { Name = "Dinh Tien Dung" }];
            person.Positions = [new() { Key = "person-dinh-tien-dung#1", Title = "Bí thư Thành ủy Hà Nội" }];
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            personId = person.Id;
        }

        // Only the person is loaded: the database's cascade, not EF's change tracker, must remove the rest.
        await using (var db = database.NewContext())
        {
            db.People.Remove(await db.People.SingleAsync(p => p.Id == personId, Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.NewContext())
        {
            (await db.Positions.CountAsync(p => p.PersonId == personId, Cancel)).ShouldBe(0);
            (await db.Set<PersonAlias>().CountAsync(a => a.PersonId == personId, Cancel)).ShouldBe(0);
        }
    }
}
