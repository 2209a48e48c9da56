using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Web;

namespace Twinning.Features.Activities;

/// <summary>
/// The fields every activity form shares (title, dates, place, direction, status, owner, "public",
/// commitments carried out), inherited by the project, programme, event and donation forms so they bind
/// under the same "Input." names and read the same in each. The visit form keeps its own copy.
/// </summary>
public abstract class ActivityCommonInput
{
    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "ActivityEdit.TitleVi")]
    public string TitleVi { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "ActivityEdit.TitleEn")]
    public string? TitleEn { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.Length"), Display(Name = "ActivityEdit.SummaryVi")]
    public string? SummaryVi { get; set; }

    [StringLength(4000, ErrorMessage = "Validation.Length"), Display(Name = "ActivityEdit.SummaryEn")]
    public string? SummaryEn { get; set; }

    [Display(Name = "Field.From")]
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

    [Display(Name = "VisitEdit.Owner")]
    public int? OwnerOrganisationId { get; set; }

    /// <summary>Honoured only for those whose saves are approved at once (Editors, Administrators).</summary>
    public bool IsPublic { get; set; }

    public List<int> CommitmentIds { get; set; } = [];

    public int Version { get; set; }

    protected void CopyCommonFrom(Activity a)
    {
        TitleVi = a.Title.Vi ?? "";
        TitleEn = a.Title.En;
        SummaryVi = a.Summary?.Vi;
        SummaryEn = a.Summary?.En;
        StartDate = a.StartDate;
        EndDate = a.EndDate;
        PlaceVi = a.Place?.Vi;
        PlaceEn = a.Place?.En;
        Direction = a.Direction;
        Status = a.Status;
        OwnerOrganisationId = a.OwnerOrganisationId;
        IsPublic = a.IsPublic;
        CommitmentIds = a.Commitments.Select(c => c.Id).Order().ToList();
        Version = a.Version;
    }

    /// <summary>
    /// Copies the shared fields onto the activity. The owner is an Editor's choice; a Contributor's
    /// activity stays with one of their own organisations whatever was posted. "Public" is set only by
    /// those whose saves are approved at once.
    /// </summary>
    public void ApplyCommonTo(Activity a, IEnumerable<Commitment> commitments, ActivityChoices choices)
    {
        a.Title.Vi = Clean(TitleVi);
        a.Title.En = Clean(TitleEn);
        a.Summary = With(With(a.Summary, Clean(SummaryVi)), Clean(SummaryEn), english: true);
        // Dates typed by a person are dates they vouch for, no longer inferred from a source.
        if (a.StartDate != StartDate || a.EndDate != EndDate) a.DateInferred = false;
        a.StartDate = StartDate;
        a.EndDate = EndDate;
        a.Place = With(With(a.Place, Clean(PlaceVi)), Clean(PlaceEn), english: true);
        a.Direction = Direction;
        a.Status = Status;
        if (choices.OwnerOrganisationIds is { } own)
            a.OwnerOrganisationId = own.Contains(OwnerOrganisationId ?? 0) ? OwnerOrganisationId
                : own.Contains(a.OwnerOrganisationId ?? 0) ? a.OwnerOrganisationId : own[0];
        else
            a.OwnerOrganisationId = OwnerOrganisationId;
        if (choices.MaySetPublic) a.IsPublic = IsPublic;
        var wanted = commitments.ToList();
        a.Commitments.RemoveAll(c => wanted.All(w => w.Id != c.Id));
        a.Commitments.AddRange(wanted.Where(w => a.Commitments.All(c => c.Id != w.Id)));
    }

    /// <summary>What DataAnnotations cannot say about the shared fields: dates in order, an owner that exists.</summary>
    public void ValidateCommon(ModelStateDictionary modelState, ActivityChoices choices, IStringLocalizer t)
    {
        ValidateOrder(modelState, t, StartDate, EndDate, nameof(EndDate), "Field.To", "Field.From");
        if (!choices.OwnerIsFixed && OwnerOrganisationId is { } owner && !choices.HasOrganisation(owner))
            modelState.AddModelError($"Input.{nameof(OwnerOrganisationId)}", t["Validation.Unknown"]);
    }

    protected IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> CompareCommon(ActivityCommonInput theirs, ActivityChoices choices, IStringLocalizer t) =>
    [
        (nameof(TitleVi), t["ActivityEdit.TitleVi"], TitleVi, theirs.TitleVi),
        (nameof(TitleEn), t["ActivityEdit.TitleEn"], TitleEn, theirs.TitleEn),
        (nameof(SummaryVi), t["ActivityEdit.SummaryVi"], SummaryVi, theirs.SummaryVi),
        (nameof(SummaryEn), t["ActivityEdit.SummaryEn"], SummaryEn, theirs.SummaryEn),
        (nameof(StartDate), t["Field.From"], DateText(t, StartDate), DateText(t, theirs.StartDate)),
        (nameof(EndDate), t["Field.To"], DateText(t, EndDate), DateText(t, theirs.EndDate)),
        (nameof(PlaceVi), t["VisitEdit.PlaceVi"], PlaceVi, theirs.PlaceVi),
        (nameof(PlaceEn), t["VisitEdit.PlaceEn"], PlaceEn, theirs.PlaceEn),
        (nameof(Direction), t["Field.Direction"], t.Direction(choices.Partnership, Direction), t.Direction(choices.Partnership, theirs.Direction)),
        (nameof(Status), t["Field.Status"], t.Enum(Status), t.Enum(theirs.Status)),
        (nameof(OwnerOrganisationId), t["VisitEdit.Owner"], choices.OrganisationName(OwnerOrganisationId), choices.OrganisationName(theirs.OwnerOrganisationId)),
        (nameof(IsPublic), t["VisitEdit.IsPublic"], t[IsPublic ? "VisitEdit.Yes" : "VisitEdit.No"], t[theirs.IsPublic ? "VisitEdit.Yes" : "VisitEdit.No"]),
        (nameof(CommitmentIds), t["Activity.Commitments"], choices.CommitmentSummary(CommitmentIds), choices.CommitmentSummary(theirs.CommitmentIds)),
    ];

    /// <summary>Takes the other version's value of one shared field; false when the field is not a shared one.</summary>
    protected bool ReplaceCommon(string field, ActivityCommonInput theirs)
    {
        switch (field)
        {
            case nameof(TitleVi): TitleVi = theirs.TitleVi; break;
            case nameof(TitleEn): TitleEn = theirs.TitleEn; break;
            case nameof(SummaryVi): SummaryVi = theirs.SummaryVi; break;
            case nameof(SummaryEn): SummaryEn = theirs.SummaryEn; break;
            case nameof(StartDate): StartDate = theirs.StartDate; break;
            case nameof(EndDate): EndDate = theirs.EndDate; break;
            case nameof(PlaceVi): PlaceVi = theirs.PlaceVi; break;
            case nameof(PlaceEn): PlaceEn = theirs.PlaceEn; break;
            case nameof(Direction): Direction = theirs.Direction; break;
            case nameof(Status): Status = theirs.Status; break;
            case nameof(OwnerOrganisationId): OwnerOrganisationId = theirs.OwnerOrganisationId; break;
            case nameof(IsPublic): IsPublic = theirs.IsPublic; break;
            case nameof(CommitmentIds): CommitmentIds = [.. theirs.CommitmentIds]; break;
            default: return false;
        }
        return true;
    }

    /// <summary>An end before its start is refused next to the end field («To» cannot be before «From»).</summary>
    public static void ValidateOrder(ModelStateDictionary modelState, IStringLocalizer t, DateOnly? start, DateOnly? end, string endField, string endLabel, string startLabel)
    {
        if (start is { } s && end is { } e && e < s)
            modelState.AddModelError($"Input.{endField}", t["Validation.EndBeforeStart", t[endLabel], t[startLabel]]);
    }

    /// <summary>Drops the model errors of one row of a repeated group (a row to remove, or one added and left empty).</summary>
    public static void IgnoreRow(ModelStateDictionary modelState, string prefix)
    {
        foreach (var key in modelState.Keys.Where(k => k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
            modelState.Remove(key);
    }

    public static string? DateText(IStringLocalizer t, DateOnly? date) => date is null ? null : t.Date(date);

    /// <summary>An optional text with its Vietnamese (or English) version set and its other languages kept; null while all are empty.</summary>
    public static LocalizedText? With(LocalizedText? text, string? value, bool english = false)
    {
        if (text is null && value is null) return null;
        text ??= new LocalizedText();
        if (english) text.En = value; else text.Vi = value;
        return text.IsEmpty ? null : text;
    }

    /// <summary>Stored text is trimmed and in NFC, whatever the keyboard produced.</summary>
    public static string? Clean(string? text) => Editing.FormText.Clean(text);
}

/// <summary>An activity form page, as the shared fields partial (_ActivityCommonFields) sees it.</summary>
public interface IActivityForm
{
    ActivityCommonInput Common { get; }
    ActivityChoices Choices { get; }
    bool SaveNeedsReapproval { get; }
}

/// <summary>What an activity form offers to choose from, read once per request.</summary>
public sealed class ActivityChoices
{
    public required Partnership Partnership { get; init; }

    /// <summary>
    /// The organisations the user may read and those the activity already links (<see cref="RecordOptions"/>),
    /// the partnership's first city's side first.
    /// </summary>
    public required List<RecordOption> Organisations { get; init; }

    /// <summary>The partnership's agreements, newest first, each with its commitments.</summary>
    public required List<Agreement> Agreements { get; init; }

    /// <summary>For a Contributor: the organisations whose activities they keep (the owner must be one). Null for Editors.</summary>
    public List<int>? OwnerOrganisationIds { get; init; }

    /// <summary>Whether the user's saves are approved at once, and so whether "public" is theirs to set.</summary>
    public bool MaySetPublic { get; set; }

    public bool OwnerIsFixed => OwnerOrganisationIds is not null;

    public IEnumerable<Commitment> Commitments => Agreements.SelectMany(a => a.Commitments);

    public bool HasOrganisation(int id) => Organisations.Any(o => o.Id == id);

    public string? OrganisationName(int? id) => Organisations.FirstOrDefault(o => o.Id == id)?.Name.ToString();

    public string? OrganisationNames(IEnumerable<int> ids) =>
        string.Join(", ", ids.Distinct().Select(id => OrganisationName(id)).OfType<string>().Order()) is { Length: > 0 } names ? names : null;

    public string? CommitmentSummary(IEnumerable<int> ids)
    {
        var set = ids.ToHashSet();
        var lines = Commitments.Where(c => set.Contains(c.Id)).OrderBy(c => c.Id).Select(c => c.Text.ToString()).ToList();
        return lines.Count == 0 ? null : string.Join("; ", lines);
    }

    /// <summary>The ticked commitments that belong to the partnership (others are ignored), tracked for saving.</summary>
    public async Task<List<Commitment>> ChosenCommitmentsAsync(TwinningDb db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Where(id => Commitments.Any(c => c.Id == id)).Distinct().ToList();
        return await db.Commitments.Where(c => wanted.Contains(c.Id)).ToListAsync(ct);
    }

    /// <summary>Whether the user may edit this activity through its form: <paramref name="canEdit"/>, and a Contributor must keep some organisation's activities.</summary>
    public bool Allows(bool canEdit) => canEdit && OwnerOrganisationIds is not { Count: 0 };

    /// <summary>
    /// The choices of an activity form of <paramref name="partnership"/>. <paramref name="linkedOrganisations"/>: the
    /// bodies the activity already names (owner, funder, organisers…), offered even when the user may not read them,
    /// so a save keeps them.
    /// </summary>
    public static async Task<ActivityChoices> LoadAsync(TwinningDb db, PartnershipAccess access, Partnership partnership,
        IEnumerable<int?> linkedOrganisations, CancellationToken ct)
    {
        var memberships = (await access.MembershipsAsync(ct)).Where(m => m.PartnershipId == partnership.Id).ToList();
        var isEditor = access.IsAdministrator || memberships.Any(m => m.Role == PartnershipRole.Editor);
        var ownOrganisations = isEditor ? null
            : memberships.Where(m => m.Role == PartnershipRole.Contributor && m.OrganisationId is not null)
                .Select(m => m.OrganisationId!.Value).Distinct().ToList();
        // A Contributor's own organisation is named on the form (the fixed owner) whatever its state.
        var organisations = await RecordOptions.OrganisationsAsync(db, await ReadFilter.OfAsync(access, ct),
            linkedOrganisations.Concat((ownOrganisations ?? []).Select(id => (int?)id)), ct);
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Commitments)
            .Where(a => a.PartnershipId == partnership.Id).ToListAsync(ct);
        return new ActivityChoices
        {
            Partnership = partnership,
            Organisations = organisations.SideFirst(partnership.CityACountry),
            Agreements = agreements.OrderByDescending(a => a.StartYear ?? a.SignedOn?.Year).ThenBy(a => a.Id).ToList(),
            OwnerOrganisationIds = ownOrganisations,
        };
    }
}

/// <summary>Where each kind of activity is added and edited. A meeting during a visit is edited with its visit.</summary>
public static class ActivityForms
{
    public static string? EditUrl(Activity activity) => activity switch
    {
        Visits.Visit => $"/visits/edit/{activity.Id}",
        // A meeting held during a visit is edited with its visit; one on its own has a form of its own.
        Visits.Meeting { VisitId: { } visit } => $"/visits/edit/{visit}",
        Visits.Meeting => $"/meetings/edit/{activity.Id}",
        Projects.Project => $"/projects/edit/{activity.Id}",
        Programmes.Programme => $"/programmes/edit/{activity.Id}",
        Events.PromotionEvent => $"/events/edit/{activity.Id}",
        Donations.Donation => $"/donations/edit/{activity.Id}",
        _ => null,
    };

    /// <summary>The pages adding an activity to the partnership, with the UI-text key of each one's link.</summary>
    public static IReadOnlyList<(string Url, string Label)> NewPages(int partnershipId) =>
    [
        ($"/visits/edit?partnership={partnershipId}", "VisitEdit.New"),
        ($"/meetings/edit?partnership={partnershipId}", "MeetingEdit.New"),
        ($"/projects/edit?partnership={partnershipId}", "ProjectEdit.New"),
        ($"/programmes/edit?partnership={partnershipId}", "ProgrammeEdit.New"),
        ($"/events/edit?partnership={partnershipId}", "EventEdit.New"),
        ($"/donations/edit?partnership={partnershipId}", "DonationEdit.New"),
    ];
}
