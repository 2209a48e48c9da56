using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Agreements;
using Twinning.Features.Organisations;
using Twinning.Tests.Infrastructure;

namespace Twinning.Tests.Data;

public sealed class LocalizedTextPersistenceTests(PostgresServer postgres)
{
    private const string VientianeInLao = "ນະຄອນຫຼວງວຽງຈັນ";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, BothEngines]
    public async Task Text_in_all_three_languages_comes_back_exactly_as_written(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        var written = new LocalizedText("Chính quyền Thủ đô Viêng Chăn", "Vientiane Capital Administration", VientianeInLao);
        int id;
        await using (var db = database.NewContext())
        {
            var organisation = TestRecords.Organisation("org-vientiane", written, CountryCode.Laos, OrganisationKind.Government);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(Cancel);
            id = organisation.Id;
        }

        await using (var db = database.NewContext())
        {
            var read = (await db.Organisations.SingleAsync(o => o.Id == id, Cancel)).Name;
            // Ordinal, code unit by code unit: Lao's stacked vowels and tone marks must not be reordered or normalised.
            read.Vi!.ToCharArray().ShouldBe(written.Vi!.ToCharArray());
            read.En.ShouldBe(written.En);
            read.Lo!.ToCharArray().ShouldBe(VientianeInLao.ToCharArray());
        }
    }

    [Theory, BothEngines]
    public async Task Lao_text_is_matched_exactly_by_a_database_query(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        await using (var db = database.NewContext())
        {
            db.Organisations.Add(TestRecords.Organisation("org-vientiane", new("Viêng Chăn", "Vientiane", VientianeInLao), CountryCode.Laos));
            db.Organisations.Add(TestRecords.Organisation("org-hanoi", new("Hà Nội", "Hanoi", "ຮ່າໂນ້ຍ"), CountryCode.Vietnam));
            await db.SaveChangesAsync(Cancel);
        }

        // The comparison runs in the database, so it shows the stored column holds the same code points.
        await using (var db = database.NewContext())
            (await db.Organisations.Where(o => o.Name.Lo == VientianeInLao).Select(o => o.Key).ToListAsync(Cancel))
                .ShouldBe(["org-vientiane"]);
    }

    [Theory, BothEngines]
    public async Task Optional_text_keeps_the_languages_given_and_reads_back_null_when_absent(Engine engine)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(engine, postgres);
        int withPlaceId, withoutPlaceId;
        await using (var db = database.NewContext())
        {
            var partnershipId = await TestRecords.SavePartnershipAsync(db);
            var withPlace = new Agreement { PartnershipId = partnershipId, Title = new("Thỏa thuận"), SignedPlace = new(null, null, VientianeInLao) };
            var withoutPlace = new Agreement { PartnershipId = partnershipId, Title = new("Biên bản"), SignedPlace = null };
            db.Agreements.AddRange(withPlace, withoutPlace);
            await db.SaveChangesAsync(Cancel);
            (withPlaceId, withoutPlaceId) = (withPlace.Id, withoutPlace.Id);
        }

        await using (var db = database.NewContext())
        {
            var place = (await db.Agreements.SingleAsync(a => a.Id == withPlaceId, Cancel)).SignedPlace.ShouldNotBeNull();
            (place.Vi, place.En, place.Lo).ShouldBe((null, null, VientianeInLao));
            place.In("vi").ShouldBe(VientianeInLao); // the reader falls back to what there is
            (await db.Agreements.SingleAsync(a => a.Id == withoutPlaceId, Cancel)).SignedPlace.ShouldBeNull();
        }
    }
}
