using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;

namespace Twinning.Web;

/// <summary>How values read on a page, in the reader's language (dd/MM/yyyy in Vietnamese).</summary>
public static class Show
{
    /// <summary>Today's date on the server's clock, as the pages that date things (dashboard, reports, briefings, import) read it.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// A date in the reader's language. The pattern and the culture whose month names it uses are UI
    /// text too (en-GB's ICU data abbreviates September as "Sept", out of line with the other months).
    /// </summary>
    public static string Date(this IStringLocalizer t, DateOnly? date) =>
        date is { } d ? d.ToString(t["Format.Date"].Value, CultureInfo.GetCultureInfo(t["Format.DateCulture"].Value)) : t["Value.Unknown"];

    /// <summary>
    /// A moment the app recorded (UTC) as the offices read it: Vietnam and Laos keep UTC+7 all year, with no
    /// daylight saving, so a fixed offset is exact. "dd/MM/yyyy HH:mm" in Vietnamese.
    /// </summary>
    public static string Moment(this IStringLocalizer t, DateTime utc) =>
        (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + OfficeOffset).ToString(t["Audit.Format.DateTime"].Value, CultureInfo.GetCultureInfo(t["Format.DateCulture"].Value));

    public static readonly TimeSpan OfficeOffset = TimeSpan.FromHours(7);

    /// <summary>A date range: "11/03/2024 – 12/03/2024", or one date when the range is a single day.</summary>
    public static string Dates(this IStringLocalizer t, DateOnly? start, DateOnly? end) =>
        end is null || end == start ? t.Date(start) : $"{t.Date(start)} – {t.Date(end)}";

    public static string Dates(this IStringLocalizer t, Activity a) => t.Dates(a.StartDate, a.EndDate);

    /// <summary>Enum members are UI text too: key "Enum.{Type}.{Member}".</summary>
    public static string Enum<TEnum>(this IStringLocalizer t, TEnum value) where TEnum : struct, System.Enum =>
        t[$"Enum.{typeof(TEnum).Name}.{value}"];

    /// <summary>A country's name in the reader's language, or its ISO code when the UI has no name for it.</summary>
    public static string Country(this IStringLocalizer t, string? code)
    {
        if (string.IsNullOrEmpty(code)) return "";
        var name = t[$"Country.{code}"];
        return name.ResourceNotFound ? code : name.Value;
    }

    public static string Amount(decimal amount, string? currency) =>
        $"{amount.ToString("#,0.##", CultureInfo.CurrentCulture)} {currency}".Trim();

    /// <summary>Links separated by "; " with no stray white space, e.g. the parties of an agreement.</summary>
    public static IHtmlContent Links<T>(IEnumerable<T> items, Func<T, string> url, Func<T, string?> label, Func<T, string?>? note = null)
    {
        var html = new HtmlContentBuilder();
        var first = true;
        foreach (var item in items)
        {
            if (!first) html.Append("; ");
            first = false;
            var link = new TagBuilder("a");
            link.Attributes["href"] = url(item);
            link.InnerHtml.Append(label(item) ?? "");
            html.AppendHtml(link);
            if (note?.Invoke(item) is { Length: > 0 } text) html.Append($" ({text})");
        }
        return html;
    }

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

public static class DirectionText
{
    /// <summary>"Hà Nội → Viêng Chăn": a direction named by the partnership's own cities.</summary>
    public static string Direction(this IStringLocalizer t, Features.Partnerships.Partnership p, Direction d) => d switch
    {
        Features.Activities.Direction.AToB => $"{p.CityAName} → {p.CityBName}",
        Features.Activities.Direction.BToA => $"{p.CityBName} → {p.CityAName}",
        _ => t.Enum(d),
    };
}
