using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Visits;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Features.Search;

/// <summary>TwinningDb fills the stored search keys on every save, whatever code changed the names.</summary>
public sealed class SearchKeyPersistenceTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Saving_a_person_stores_folded_keys_for_every_name_and_alias(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int id;
        await using (var db = database.NewContext())
        {
            var person = TestRecords.Person("person-thongloun", new("Thongloun Sisoulith", "Thongloun Sisoulith", "ທອງລຸນ ສີສຸລິດ"), CountryCode.Laos);
            person.Aliases = [new PersonAlias { Name = "Thongluon Sinsoulith" }];
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            id = person.Id;
        }

        await using (var db = database.NewContext())
        {
            var stored = await db.People.Where(p => p.Id == id).Select(p => new { p.SearchKey, p.PhoneticKey }).SingleAsync(Cancel);
            // Each distinct folded name once, between separators; Lao kept in its own script.
            stored.SearchKey.ShouldBe("|thongloun sisoulith|ທອງລຸນ ສີສຸລິດ|thongluon sinsoulith|");
            // Both romanisations share one consonant skeleton, which is how the variant spelling is found.
            stored.PhoneticKey.ShouldBe("|tngln slt|ທອງລຸນ ສີສຸລິດ|");
        }
    }

    [Theory, BothEngines]
    public async Task Keys_fold_vietnamese_diacritics_and_include_abbreviations(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
        {
            var organisation = TestRecords.Organisation("org-hanoi-pc", new("Ủy ban nhân dân thành phố Hà Nội", "Hanoi People's Committee"), CountryCode.Vietnam);
            organisation.Abbreviation = "UBND";
            db.Organisations.Add(organisation);
            db.Activities.Add(new Meeting { PartnershipId = await TestRecords.SavePartnershipAsync(db), Title = new("Hội đàm cấp cao Đà Nẵng") });
            await db.SaveChangesAsync(Cancel);
        }

        // The search box filters on the stored keys in SQL; these queries are what it relies on.
        await using (var db = database.NewContext())
        {
            (await db.Organisations.CountAsync(o => o.SearchKey.Contains("|uy ban nhan dan thanh pho ha noi|"), Cancel)).ShouldBe(1);
            (await db.Organisations.CountAsync(o => o.SearchKey.Contains("|ubnd|"), Cancel)).ShouldBe(1);
            (await db.Activities.CountAsync(a => a.SearchKey.Contains("hoi dam cap cao da nang"), Cancel)).ShouldBe(1);
        }
    }

    [Theory, BothEngines]
    public async Task Renaming_a_record_refreshes_its_keys(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int id;
        await using (var db = database.NewContext())
        {
            var person = TestRecords.Person("person-x", new("Hoàng Trung Hải"), CountryCode.Vietnam);
            db.People.Add(person);
            await db.SaveChangesAsync(Cancel);
            id = person.Id;
        }

        await using (var db = database.NewContext())
        {
            var person = await db.People.Include(p => p.Aliases).SingleAsync(p => p.Id == id, Cancel);
            person.Name.Vi = "Vũ Đại Thắng";
            person.Aliases.Add(new PersonAlias { Name = "Vu Dai Thang" });
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.NewContext())
            (await db.People.Where(p => p.Id == id).Select(p => p.SearchKey).SingleAsync(Cancel)).ShouldBe("|vu dai thang|");
    }
}
