namespace Twinning.Features.Reports;

/// <summary>The place-and-date line of an administrative document.</summary>
public static class AdministrativeDate
{
    /// <summary>
    /// Decree 30: "Hà Nội, ngày 05 tháng 01 năm 2020" — a day below 10 and the months January and
    /// February take a leading zero (so "tháng 01" cannot be misread as "tháng 10"), other months do not.
    /// </summary>
    public static string Vietnamese(string place, DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00") : date.Month.ToString();
        return $"{place}, ngày {date.Day:00} tháng {month} năm {date.Year}";
    }

    public static string English(string place, DateOnly date) =>
        $"{place}, {date.Day} {System.Globalization.CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(date.Month)} {date.Year}";

    /// <summary>The month names of docs/glossary.md, written out here rather than taken from ICU, whose Lao data may differ by version.</summary>
    private static readonly string[] LaoMonths = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];

    /// <summary>Lao administrations: "ນະຄອນຫຼວງວຽງຈັນ, ວັນທີ 5 ເດືອນ ມີນາ ປີ 2024" (day, month, year; Western digits).</summary>
    public static string Lao(string place, DateOnly date) =>
        $"{place}, ວັນທີ {date.Day} ເດືອນ {LaoMonths[date.Month - 1]} ປີ {date.Year}";

    public static string In(string language, string place, DateOnly date) => language switch
    {
        "vi" => Vietnamese(place, date),
        "lo" => Lao(place, date),
        _ => English(place, date),
    };
}
