using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;
using Twinning.Features.Partnerships;
using Twinning.Web;

namespace Twinning.Features.Visits;

/// <summary>The visit form: the visit's own fields, the commitments it carries out and its meetings, one row each.</summary>
public sealed class VisitInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "VisitEdit.TitleVi")]
    public string TitleVi { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "VisitEdit.TitleEn")]
    public string? TitleEn { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "Field.From")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Field.To")]
    public DateOnly? EndDate { get; set; }

    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "VisitEdit.PlaceVi")]
    public string? PlaceVi { get; set; }

    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "VisitEdit.PlaceEn")]
    public string? PlaceEn { get; set; }

    [EnumDataType(typeof(Direction), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Direction")]
    public Direction Direction { get; set; }

    [EnumDataType(typeof(ActivityStatus), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Status")]
    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;

    [StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "Visit.HostCity")]
    public string? HostCity { get; set; }

    [Display(Name = "Visit.Leader")]
    public int? LeaderId { get; set; }

    [Display(Name = "VisitEdit.Owner")]
    public int? OwnerOrganisationId { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.Length"), Display(Name = "Visit.Purpose")]
    public string? Purpose { get; set; }

    /// <summary>Honoured only for those whose saves are approved at once (Editors, Administrators).</summary>
    public bool IsPublic { get; set; }

    public List<int> CommitmentIds { get; set; } = [];

    public List<MeetingInput> Meetings { get; set; } = [];

    public int Version { get; set; }

    public static VisitInput From(Visit v) => new()
    {
        TitleVi = v.Title.Vi ?? "", TitleEn = v.Title.En, StartDate = v.StartDate, EndDate = v.EndDate,
        PlaceVi = v.Place?.Vi, PlaceEn = v.Place?.En, Direction = v.Direction, Status = v.Status, HostCity = v.HostCity?.Vi,
        LeaderId = v.LeaderId, OwnerOrganisationId = v.OwnerOrganisationId, Purpose = v.Purpose?.Vi, IsPublic = v.IsPublic,
        CommitmentIds = v.Commitments.Select(c => c.Id).Order().ToList(),
        Meetings = v.Meetings.OrderBy(m => m.StartDate).ThenBy(m => m.Id).Select(MeetingInput.From).ToList(),
        Version = v.Version,
    };

    /// <summary>The rows that will be saved: neither ticked for removal nor left entirely empty.</summary>
    public IEnumerable<MeetingInput> KeptMeetings() => Meetings.Where(m => !m.Remove && !m.IsBlank);

    /// <summary>Copies the visit's own fields (not its meetings, which the page saves row by row).</summary>
    public void ApplyTo(Visit v, IEnumerable<Commitment> commitments)
    {
        v.Title.Vi = Clean(TitleVi);
        v.Title.En = Clean(TitleEn);
        v.StartDate = StartDate;
        v.EndDate = EndDate;
        v.Place = With(With(v.Place, Clean(PlaceVi)), Clean(PlaceEn), english: true);
        v.Direction = Direction;
        v.Status = Status;
        v.HostCity = With(v.HostCity, Clean(HostCity));
        v.LeaderId = LeaderId;
        v.Purpose = With(v.Purpose, Clean(Purpose));
        var wanted = commitments.ToList();
        v.Commitments.RemoveAll(c => wanted.All(w => w.Id != c.Id));
        v.Commitments.AddRange(wanted.Where(w => v.Commitments.All(c => c.Id != w.Id)));
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(VisitInput theirs, VisitChoices choices, IStringLocalizer t) =>
    [
        (nameof(TitleVi), t["VisitEdit.TitleVi"], TitleVi, theirs.TitleVi),
        (nameof(TitleEn), t["VisitEdit.TitleEn"], TitleEn, theirs.TitleEn),
        (nameof(StartDate), t["Field.From"], DateText(t, StartDate), DateText(t, theirs.StartDate)),
        (nameof(EndDate), t["Field.To"], DateText(t, EndDate), DateText(t, theirs.EndDate)),
        (nameof(PlaceVi), t["VisitEdit.PlaceVi"], PlaceVi, theirs.PlaceVi),
        (nameof(PlaceEn), t["VisitEdit.PlaceEn"], PlaceEn, theirs.PlaceEn),
        (nameof(Direction), t["Field.Direction"], t.Direction(choices.Partnership, Direction), t.Direction(choices.Partnership, theirs.Direction)),
        (nameof(Status), t["Field.Status"], t.Enum(Status), t.Enum(theirs.Status)),
        (nameof(HostCity), t["Visit.HostCity"], HostCity, theirs.HostCity),
        (nameof(LeaderId), t["Visit.Leader"], choices.PersonName(LeaderId), choices.PersonName(theirs.LeaderId)),
        (nameof(OwnerOrganisationId), t["VisitEdit.Owner"], choices.OrganisationName(OwnerOrganisationId), choices.OrganisationName(theirs.OwnerOrganisationId)),
        (nameof(Purpose), t["Visit.Purpose"], Purpose, theirs.Purpose),
        (nameof(IsPublic), t["VisitEdit.IsPublic"], t[IsPublic ? "VisitEdit.Yes" : "VisitEdit.No"], t[theirs.IsPublic ? "VisitEdit.Yes" : "VisitEdit.No"]),
        (nameof(CommitmentIds), t["Activity.Commitments"], choices.CommitmentSummary(CommitmentIds), choices.CommitmentSummary(theirs.CommitmentIds)),
        (nameof(Meetings), t["Visit.Meetings"], MeetingSummary(choices, t), theirs.MeetingSummary(choices, t)),
    ];

    public void Replace(string field, VisitInput theirs)
    {
        switch (field)
        {
            case nameof(TitleVi): TitleVi = theirs.TitleVi; break;
            case nameof(TitleEn): TitleEn = theirs.TitleEn; break;
            case nameof(StartDate): StartDate = theirs.StartDate; break;
            case nameof(EndDate): EndDate = theirs.EndDate; break;
            case nameof(PlaceVi): PlaceVi = theirs.PlaceVi; break;
            case nameof(PlaceEn): PlaceEn = theirs.PlaceEn; break;
            case nameof(Direction): Direction = theirs.Direction; break;
            case nameof(Status): Status = theirs.Status; break;
            case nameof(HostCity): HostCity = theirs.HostCity; break;
            case nameof(LeaderId): LeaderId = theirs.LeaderId; break;
            case nameof(OwnerOrganisationId): OwnerOrganisationId = theirs.OwnerOrganisationId; break;
            case nameof(Purpose): Purpose = theirs.Purpose; break;
            case nameof(IsPublic): IsPublic = theirs.IsPublic; break;
            case nameof(CommitmentIds): CommitmentIds = [.. theirs.CommitmentIds]; break;
            case nameof(Meetings): Meetings = [.. theirs.Meetings]; break;
        }
    }

    /// <summary>The meetings as text, one line each in date order, for the conflict table.</summary>
    public string? MeetingSummary(VisitChoices choices, IStringLocalizer t)
    {
        var lines = KeptMeetings().OrderBy(m => m.Date).ThenBy(m => Clean(m.TitleVi)).Select(m => string.Join(" · ",
            new[] { DateText(t, m.Date), t.Enum(m.Kind), Clean(m.TitleVi), Clean(m.PlaceVi), choices.PeopleNames(m.ParticipantIds) }
                .Where(s => !string.IsNullOrEmpty(s)))).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string? DateText(IStringLocalizer t, DateOnly? date) => date is null ? null : t.Date(date);

    /// <summary>An optional text with its Vietnamese (or English) version set and its other languages kept; null while all are empty.</summary>
    internal static LocalizedText? With(LocalizedText? text, string? value, bool english = false)
    {
        if (text is null && value is null) return null;
        text ??= new LocalizedText();
        if (english) text.En = value; else text.Vi = value;
        return text;
    }

    /// <summary>Stored text is trimmed and in NFC, whatever the keyboard produced.</summary>
    internal static string? Clean(string? text) => Editing.FormText.Clean(text);
}

/// <summary>One meeting row of the visit form: an existing meeting (its id) or a new one (0).</summary>
public sealed class MeetingInput
{
    public int Id { get; set; }

    [EnumDataType(typeof(MeetingKind), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Kind")]
    public MeetingKind Kind { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Display(Name = "VisitEdit.MeetingDate")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "VisitEdit.MeetingTitle")]
    public string TitleVi { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "VisitEdit.PlaceVi")]
    public string? PlaceVi { get; set; }

    public List<int> ParticipantIds { get; set; } = [];

    /// <summary>Ticked: the meeting is deleted (softly, like every record) when the visit is saved.</summary>
    public bool Remove { get; set; }

    /// <summary>A row added and left empty: ignored rather than refused.</summary>
    public bool IsBlank => Id == 0 && string.IsNullOrWhiteSpace(TitleVi) && Date is null && string.IsNullOrWhiteSpace(PlaceVi) && ParticipantIds.Count == 0;

    public static MeetingInput From(Meeting m) => new()
    {
        Id = m.Id, Kind = m.MeetingKind, Date = m.StartDate, TitleVi = m.Title.Vi ?? "", PlaceVi = m.Place?.Vi,
        ParticipantIds = m.Participants.Select(p => p.PersonId).Distinct().Order().ToList(),
    };

    /// <summary>Copies the row onto its meeting; what a meeting shares with its visit comes from the visit.</summary>
    public void ApplyTo(Meeting m, Visit visit)
    {
        m.Visit = visit;
        m.PartnershipId = visit.PartnershipId;
        m.Direction = visit.Direction;
        m.OwnerOrganisationId = visit.OwnerOrganisationId;
        m.IsPublic = visit.IsPublic;
        if (m.Id == 0) m.Status = visit.Status;
        m.MeetingKind = Kind;
        m.StartDate = Date;
        if (m.EndDate is { } end && end < Date) m.EndDate = null;
        m.Title.Vi = VisitInput.Clean(TitleVi);
        m.Place = VisitInput.With(m.Place, VisitInput.Clean(PlaceVi));
        ActivityParticipant.Sync(m.Participants, ParticipantIds);
    }
}

/// <summary>What the visit form offers to choose from, read once per request.</summary>
public sealed class VisitChoices
{
    public required Partnership Partnership { get; init; }
    /// <summary>The people the user may read, and those the visit already links (<see cref="RecordOptions"/>).</summary>
    public required List<RecordOption> People { get; init; }

    /// <summary>The bodies the user may read, and the visit's owner (<see cref="RecordOptions"/>).</summary>
    public required List<RecordOption> Organisations { get; init; }

    /// <summary>The partnership's agreements, each with its commitments.</summary>
    public required List<Agreement> Agreements { get; init; }

    /// <summary>For a Contributor: the organisations whose activities they keep (the owner must be one). Null for Editors.</summary>
    public List<int>? OwnerOrganisationIds { get; init; }

    public bool OwnerIsFixed => OwnerOrganisationIds is not null;

    public IEnumerable<Commitment> Commitments => Agreements.SelectMany(a => a.Commitments);

    public string? PersonName(int? id) => People.FirstOrDefault(p => p.Id == id)?.Name.ToString();

    public string? OrganisationName(int? id) => Organisations.FirstOrDefault(o => o.Id == id)?.Name.ToString();

    public string? PeopleNames(IEnumerable<int> ids) =>
        string.Join(", ", ids.Distinct().Select(id => PersonName(id)).OfType<string>().Order()) is { Length: > 0 } names ? names : null;

    public string? CommitmentSummary(IEnumerable<int> ids)
    {
        var set = ids.ToHashSet();
        var lines = Commitments.Where(c => set.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Text.ToString()).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
