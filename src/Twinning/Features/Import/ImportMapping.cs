using Twinning.Extraction;
using Twinning.Data;
using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Partnerships;
using Twinning.Features.Visits;

namespace Twinning.Features.Import;

/// <summary>How the extractor's vocabulary (the evaluation schema's) reads in Twinning's record model.</summary>
public static class ImportMapping
{
    /// <summary>
    /// The kind of meeting an extracted event is, following its verb: "hội đàm" talks, "ký kết" a signing, and for
    /// a meeting the style its verb gives ("tiếp" a reception, "tiếp xã giao" a courtesy call, "làm việc" a working
    /// session). Visits are records of their own.
    /// </summary>
    public static MeetingKind MeetingKindOf(ExtractedEvent e) => e.Kind switch
    {
        EventKind.Talks => MeetingKind.Talks,
        EventKind.Signing => MeetingKind.Signing,
        EventKind.Conference => MeetingKind.Conference,
        EventKind.Ceremony => MeetingKind.Ceremony,
        _ => e.Style switch
        {
            "reception" => MeetingKind.Reception,
            "workingSession" => MeetingKind.WorkingSession,
            // "chào xã giao", "gặp", "chúc Tết": a call on someone is the commonest reading; the reviewer can change it.
            _ => MeetingKind.CourtesyCall,
        },
    };

    /// <summary>The programme kind a vocabulary key names ("scholarship", "cadreTraining", "artisanTraining").</summary>
    public static Programmes.ProgrammeKind ProgrammeKindOf(string? key) => key switch
    {
        "scholarship" => Programmes.ProgrammeKind.Scholarship,
        "cadreTraining" => Programmes.ProgrammeKind.CadreTraining,
        "artisanTraining" => Programmes.ProgrammeKind.ArtisanTraining,
        _ => Programmes.ProgrammeKind.Other,
    };

    /// <summary>The first whole number written in a phrase ("50 suất học bổng" → 50), or null.</summary>
    public static int? FirstNumber(string text) =>
        System.Text.RegularExpressions.Regex.Match(text, @"\b\d{1,6}\b") is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    public static ActivityStatus StatusOf(Extraction.ProjectStatus status) => status switch
    {
        Extraction.ProjectStatus.Completed => ActivityStatus.Completed,
        Extraction.ProjectStatus.InProgress => ActivityStatus.InProgress,
        Extraction.ProjectStatus.Proposed => ActivityStatus.Proposed,
        _ => ActivityStatus.Planned,
    };

    public static Projects.IatiActivityStatus IatiStatusOf(ActivityStatus status) => status switch
    {
        ActivityStatus.Completed => Projects.IatiActivityStatus.Closed,
        ActivityStatus.InProgress => Projects.IatiActivityStatus.Implementation,
        ActivityStatus.Cancelled => Projects.IatiActivityStatus.Cancelled,
        _ => Projects.IatiActivityStatus.Pipeline,
    };

    /// <summary>A past event happened; a future one is planned.</summary>
    public static ActivityStatus StatusOn(DateOnly date, DateOnly today) => date <= today ? ActivityStatus.Completed : ActivityStatus.Planned;

    private static ExtractionVocabulary Gazetteer => ExtractionVocabulary.Default;

    /// <summary>
    /// Which way an event goes, from the travelling side: the side the delegation comes from ("Đoàn đại biểu tỉnh
    /// Savannakhet …"), else not the side it goes to ("sang thăm Hà Nội"), else not the side it is held in. A side
    /// is a partnership's city, or, for a place that is neither, its country (an article about a province of the
    /// partner country is still that side's).
    /// </summary>
    public static Direction DirectionOf(ExtractedEvent e, Partnership partnership)
    {
        if (e.Trip is { } trip)
        {
            if (SideOf(trip.From, partnership) is { } from) return from == 'A' ? Direction.AToB : Direction.BToA;
            if (SideOf(trip.To, partnership) is { } to) return to == 'A' ? Direction.BToA : Direction.AToB;
        }
        return SideOf(Gazetteer.PlaceNamed(e.Place), partnership) switch
        {
            'A' => Direction.BToA,
            'B' => Direction.AToB,
            _ => Direction.Joint,
        };
    }

    /// <summary>'A' or 'B': the partnership's side a place is on (its city, else its country when the sides' countries differ).</summary>
    public static char? SideOf(PlaceEntry? place, Partnership partnership)
    {
        if (place is null) return null;
        if (IsCity(place, partnership.CityAName)) return 'A';
        if (IsCity(place, partnership.CityBName)) return 'B';
        if (partnership.CityACountry == partnership.CityBCountry) return null;
        return place.Country == partnership.CityACountry ? 'A' : place.Country == partnership.CityBCountry ? 'B' : null;
    }

    /// <summary>Whether a gazetteer place is the city a partnership names (in any of its languages).</summary>
    public static bool IsCity(PlaceEntry place, LocalizedText city) => city.All().Any(n => Gazetteer.PlaceNamed(n) == place);

    /// <summary>
    /// A place as one record in the three languages: a partnership's city as the partnership names it, another from
    /// the gazetteer (its Vietnamese spelling, English name and Lao script); a name the gazetteer lacks as written.
    /// </summary>
    public static LocalizedText? PlaceText(string? name, Partnership partnership)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var place = Gazetteer.PlaceNamed(name);
        if (place is null) return new LocalizedText(name, name);
        if (IsCity(place, partnership.CityAName)) return Copy(partnership.CityAName);
        if (IsCity(place, partnership.CityBName)) return Copy(partnership.CityBName);
        var vietnamese = place.Names.FirstOrDefault(n => n.Any(c => c > 0x7F && c < 0x2000)) ?? place.Names[0];
        var lao = place.Names.FirstOrDefault(n => n.Any(c => c is >= '\u0E80' and <= '\u0EFF'));
        return new LocalizedText(vietnamese, place.English, lao);
    }

    private static LocalizedText Copy(LocalizedText t) => new(t.Vi, t.En, t.Lo);

    /// <summary>A memorandum ("bản ghi nhớ") or a cooperation agreement, read from its title.</summary>
    public static AgreementKind AgreementKindOf(string title) =>
        TextFolding.Fold(title).Contains("ghi nho", StringComparison.Ordinal) || TextFolding.Fold(title).Contains("memorandum", StringComparison.Ordinal)
            ? AgreementKind.MemorandumOfUnderstanding : AgreementKind.CooperationAgreement;

    public static AgreementStatus AgreementStatusOf(int? startYear, int? endYear, int thisYear) =>
        endYear is { } end && end < thisYear ? AgreementStatus.Expired
        : startYear is { } start && start > thisYear ? AgreementStatus.Draft
        : AgreementStatus.InForce;
}
