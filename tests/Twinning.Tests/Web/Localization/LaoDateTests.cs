using System.Globalization;
using Twinning.Web;
using Twinning.Web.Localization;

namespace Twinning.Tests.Web.Localization;

/// <summary>Dates on Lao pages: day, Lao month name, year (as ICU's lo-LA gives them on this machine).</summary>
public sealed class LaoDateTests
{
    private static readonly JsonStringLocalizer T = new(new UiTextCatalog(UiTextCatalog.DefaultFolder));

    [Theory]
    [InlineData(1, "ມັງກອນ")] [InlineData(2, "ກຸມພາ")] [InlineData(3, "ມີນາ")] [InlineData(4, "ເມສາ")]
    [InlineData(5, "ພຶດສະພາ")] [InlineData(6, "ມິຖຸນາ")] [InlineData(7, "ກໍລະກົດ")] [InlineData(8, "ສິງຫາ")]
    [InlineData(9, "ກັນຍາ")] [InlineData(10, "ຕຸລາ")] [InlineData(11, "ພະຈິກ")] [InlineData(12, "ທັນວາ")]
    public void A_date_reads_day_lao_month_year(int month, string name) =>
        In("lo-LA", () => T.Date(new DateOnly(2024, month, 5))).ShouldBe($"5 {name} 2024");

    [Fact]
    public void A_range_and_an_unknown_date_are_lao_too()
    {
        In("lo-LA", () => T.Dates(new DateOnly(2024, 3, 11), new DateOnly(2024, 3, 12))).ShouldBe("11 ມີນາ 2024 – 12 ມີນາ 2024");
        In("lo-LA", () => T.Date(null)).ShouldBe("ບໍ່ຮູ້");
        In("vi-VN", () => T.Date(new DateOnly(2024, 3, 11))).ShouldBe("11/03/2024");
    }

    private static string In(string culture, Func<string> format)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return format();
        }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current); }
    }
}
