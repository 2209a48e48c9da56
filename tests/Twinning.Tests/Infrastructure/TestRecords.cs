using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;

namespace Twinning.Tests.Infrastructure;

/// <summary>Valid records for tests to build on, with the fields a test does not look at already filled in.</summary>
public static class TestRecords
{
    /// <summary>Saves the partnership that activities and agreements must belong to, and returns its id.</summary>
    public static async Task<int> SavePartnershipAsync(TwinningDb db)
    {
        var partnership = new Partnership
        {
            Key = "partnership-hanoi-vientiane",
            Name = new("Hà Nội – Viêng Chăn", "Hanoi – Vientiane"),
            CityAName = new("Hà Nội", "Hanoi", "ຮ່າໂນ້ຍ"),
            CityACountry = CountryCode.Vietnam,
            CityBName = new("Viêng Chăn", "Vientiane", "ນະຄອນຫຼວງວຽງຈັນ"),
            CityBCountry = CountryCode.Laos,
            Status = PartnershipStatus.Active,
        };
        db.Partnerships.Add(partnership);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return partnership.Id;
    }

    public static Organisation Organisation(string key, LocalizedText name, string country,
        OrganisationKind kind = OrganisationKind.PeoplesCommittee) =>
        new() { Key = key, Name = name, Country = country, Kind = kind };

    public static Person Person(string key, LocalizedText name, string country) =>
        new() { Key = key, Name = name, Country = country };
}
