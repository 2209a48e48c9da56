using Twinning.Data;
using Twinning.Features.Partnerships;
using Twinning.Web;

namespace Twinning.Features.Reports;

/// <summary>
/// Which of the partnership's two cities issues a document, and what day it is there. A Lao document
/// carries the Lao PDR's national heading, so a Lao administration issues it: the partnership's Lao city.
/// Vietnamese and English documents keep the Decree 30 heading and are issued by the first city.
/// </summary>
public static class IssuingSide
{
    public static LocalizedText City(Partnership p, string language) =>
        language == "lo" && p.CityACountry != CountryCode.Laos && p.CityBCountry == CountryCode.Laos ? p.CityBName : p.CityAName;

    public static string Country(Partnership p, string language) =>
        ReferenceEquals(City(p, language), p.CityBName) ? p.CityBCountry : p.CityACountry;

    /// <summary>
    /// Today in the issuing city's time zone, not the server's (which is UTC in a container): a report
    /// written at 06:00 in Hanoi is dated that day, not the day before.
    /// </summary>
    public static DateOnly Today(TimeProvider clock, Partnership p, string language) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone(Country(p, language))).DateTime);

    /// <summary>The country's zone from the system's tz database; both partners' countries keep UTC+7 if it is missing.</summary>
    public static TimeZoneInfo Zone(string country)
    {
        var id = country switch
        {
            CountryCode.Laos => "Asia/Vientiane",
            CountryCode.Vietnam => "Asia/Ho_Chi_Minh",
            _ => null,
        };
        if (id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        return TimeZoneInfo.CreateCustomTimeZone("UTC+07", Show.OfficeOffset, "UTC+07", "UTC+07");
    }
}
