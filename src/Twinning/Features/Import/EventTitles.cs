using Twinning.Data;
using Twinning.Extraction;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;
using Twinning.Web.Localization;

namespace Twinning.Features.Import;

/// <summary>
/// A short, human title for an imported visit or meeting, in the three languages, made from its kind and the
/// partnership's two cities ("Hội đàm giữa Hà Nội và Viêng Chăn", "Tiếp xã giao Bí thư … Souphan Keomyxay"),
/// rather than the article's sentence: the sentence stays as the citation.
/// </summary>
public static class EventTitles
{
    /// <param name="guest">The visiting side's leading participant: (title as written, name), for a courtesy call.</param>
    public static LocalizedText For(UiTextCatalog catalog, bool visit, MeetingKind kind, Direction direction, Partnership partnership, (string? Title, string Name)? guest)
    {
        var key = visit ? "Visit" : kind switch
        {
            MeetingKind.CourtesyCall when guest is not null => "CourtesyCall",
            MeetingKind.CourtesyCall => "CourtesyCallDelegation",
            _ => kind.ToString(),
        };
        string In(string language)
        {
            var (a, b) = (partnership.CityAName.In(language), partnership.CityBName.In(language));
            // {0} the travelling side, {1} the host; a joint event reads from the first city.
            var (from, to) = direction == Direction.BToA ? (b, a) : (a, b);
            // The title as written is Vietnamese: other languages name the guest only.
            var person = guest is { } g ? (language == "vi" && g.Title is { Length: > 0 } t ? $"{t} {g.Name}" : g.Name) : "";
            var format = catalog.Find(language, "Import.EventTitle." + key) ?? "{0} – {1}";
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, format, from, to, person);
        }
        return new LocalizedText(In("vi"), In("en"), In("lo"));
    }
}
