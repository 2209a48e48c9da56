using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.Editing;
using Twinning.Web;

namespace Twinning.Features.Agreements;

/// <summary>
/// The agreement form: the document's own fields, its parties and signatories, and its commitments,
/// one row each (an existing commitment by its id, a new one with 0).
/// </summary>
public sealed class AgreementInput
{
    public const int FirstYear = 1950;
    public const int LastYear = 2100;

    [EnumDataType(typeof(AgreementKind), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Kind")]
    public AgreementKind Kind { get; set; } = AgreementKind.CooperationAgreement;

    [Required(ErrorMessage = "Validation.Required"), StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "AgreementEdit.TitleVi")]
    public string TitleVi { get; set; } = "";

    [StringLength(1000, ErrorMessage = "Validation.Length"), Display(Name = "AgreementEdit.TitleEn")]
    public string? TitleEn { get; set; }

    [Display(Name = "Field.Signed")]
    public DateOnly? SignedOn { get; set; }

    [StringLength(120, ErrorMessage = "Validation.Length"), Display(Name = "AgreementEdit.SignedPlace")]
    public string? SignedPlaceVi { get; set; }

    [Range(FirstYear, LastYear, ErrorMessage = "Validation.Range"), Display(Name = "AgreementEdit.StartYear")]
    public int? StartYear { get; set; }

    [Range(FirstYear, LastYear, ErrorMessage = "Validation.Range"), Display(Name = "AgreementEdit.EndYear")]
    public int? EndYear { get; set; }

    [EnumDataType(typeof(AgreementStatus), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Status")]
    public AgreementStatus Status { get; set; } = AgreementStatus.InForce;

    [Display(Name = "Agreement.Predecessor")]
    public int? PredecessorId { get; set; }

    public List<int> PartyIds { get; set; } = [];

    public List<SignatoryInput> Signatories { get; set; } = [];

    public List<CommitmentInput> Commitments { get; set; } = [];

    public int Version { get; set; }

    public static AgreementInput From(Agreement a) => new()
    {
        Kind = a.Kind, TitleVi = a.Title.Vi ?? "", TitleEn = a.Title.En, SignedOn = a.SignedOn, SignedPlaceVi = a.SignedPlace?.Vi,
        StartYear = a.StartYear, EndYear = a.EndYear, Status = a.Status, PredecessorId = a.PredecessorId,
        PartyIds = a.Parties.Select(o => o.Id).Distinct().Order().ToList(),
        Signatories = a.Signatories.OrderBy(s => s.Id).Select(SignatoryInput.From).ToList(),
        Commitments = a.Commitments.OrderBy(c => c.Area).ThenBy(c => c.Id).Select(CommitmentInput.From).ToList(),
        Version = a.Version,
    };

    /// <summary>The signatory rows that will be saved: not ticked for removal, with a person chosen.</summary>
    public IEnumerable<SignatoryInput> KeptSignatories() => Signatories.Where(s => !s.Remove && s.PersonId is not null);

    /// <summary>The commitment rows that will be saved: neither ticked for removal nor added and left empty.</summary>
    public IEnumerable<CommitmentInput> KeptCommitments() => Commitments.Where(c => !c.Remove && !c.IsBlank);

    /// <summary>Copies the agreement's own fields and its parties (signatories and commitments are saved row by row by the page).</summary>
    public void ApplyTo(Agreement a, IEnumerable<Organisation> parties)
    {
        a.Kind = Kind;
        a.Title.Vi = Clean(TitleVi);
        a.Title.En = Clean(TitleEn);
        a.SignedOn = SignedOn;
        a.SignedPlace = With(a.SignedPlace, Clean(SignedPlaceVi));
        a.StartYear = StartYear;
        a.EndYear = EndYear;
        a.Status = Status;
        a.PredecessorId = PredecessorId;
        var wanted = parties.ToList();
        a.Parties.RemoveAll(o => wanted.All(w => w.Id != o.Id));
        a.Parties.AddRange(wanted.Where(w => a.Parties.All(o => o.Id != w.Id)));
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(AgreementInput theirs, AgreementChoices choices, IStringLocalizer t) =>
    [
        (nameof(Kind), t["Field.Kind"], t.Enum(Kind), t.Enum(theirs.Kind)),
        (nameof(TitleVi), t["AgreementEdit.TitleVi"], TitleVi, theirs.TitleVi),
        (nameof(TitleEn), t["AgreementEdit.TitleEn"], TitleEn, theirs.TitleEn),
        (nameof(SignedOn), t["Field.Signed"], DateText(t, SignedOn), DateText(t, theirs.SignedOn)),
        (nameof(SignedPlaceVi), t["AgreementEdit.SignedPlace"], SignedPlaceVi, theirs.SignedPlaceVi),
        (nameof(StartYear), t["AgreementEdit.StartYear"], StartYear?.ToString(), theirs.StartYear?.ToString()),
        (nameof(EndYear), t["AgreementEdit.EndYear"], EndYear?.ToString(), theirs.EndYear?.ToString()),
        (nameof(Status), t["Field.Status"], t.Enum(Status), t.Enum(theirs.Status)),
        (nameof(PredecessorId), t["Agreement.Predecessor"], choices.AgreementTitle(PredecessorId), choices.AgreementTitle(theirs.PredecessorId)),
        (nameof(PartyIds), t["Agreement.Parties"], choices.OrganisationNames(PartyIds), choices.OrganisationNames(theirs.PartyIds)),
        (nameof(Signatories), t["Agreement.Signatories"], SignatorySummary(choices), theirs.SignatorySummary(choices)),
        (nameof(Commitments), t["AgreementEdit.Commitments"], CommitmentSummary(choices, t), theirs.CommitmentSummary(choices, t)),
    ];

    public void Replace(string field, AgreementInput theirs)
    {
        switch (field)
        {
            case nameof(Kind): Kind = theirs.Kind; break;
            case nameof(TitleVi): TitleVi = theirs.TitleVi; break;
            case nameof(TitleEn): TitleEn = theirs.TitleEn; break;
            case nameof(SignedOn): SignedOn = theirs.SignedOn; break;
            case nameof(SignedPlaceVi): SignedPlaceVi = theirs.SignedPlaceVi; break;
            case nameof(StartYear): StartYear = theirs.StartYear; break;
            case nameof(EndYear): EndYear = theirs.EndYear; break;
            case nameof(Status): Status = theirs.Status; break;
            case nameof(PredecessorId): PredecessorId = theirs.PredecessorId; break;
            case nameof(PartyIds): PartyIds = [.. theirs.PartyIds]; break;
            case nameof(Signatories): Signatories = [.. theirs.Signatories]; break;
            case nameof(Commitments): Commitments = [.. theirs.Commitments]; break;
        }
    }

    /// <summary>The signatories as text, one line each: "name (title)".</summary>
    public string? SignatorySummary(AgreementChoices choices)
    {
        var lines = KeptSignatories().Select(s => Clean(s.Title) is { } title ? $"{choices.PersonName(s.PersonId)} ({title})" : choices.PersonName(s.PersonId))
            .OfType<string>().Order(StringComparer.Ordinal).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>The commitments as text, one line each by area, for the conflict table.</summary>
    public string? CommitmentSummary(AgreementChoices choices, IStringLocalizer t)
    {
        var lines = KeptCommitments().OrderBy(c => c.Area).ThenBy(c => Clean(c.TextVi), StringComparer.Ordinal).Select(c => string.Join(" · ",
            new[] { t.Enum(c.Area), Clean(c.TextVi), Clean(c.TextEn), choices.OrganisationNames(c.ResponsibleIds) }
                .Where(s => !string.IsNullOrEmpty(s)))).ToList();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    private static string? DateText(IStringLocalizer t, DateOnly? date) => date is null ? null : t.Date(date);

    /// <summary>An optional text with its Vietnamese version set and its other languages kept; null while all are empty.</summary>
    internal static LocalizedText? With(LocalizedText? text, string? vietnamese)
    {
        if (text is null && vietnamese is null) return null;
        text ??= new LocalizedText();
        text.Vi = vietnamese;
        return text;
    }

    /// <summary>Stored text is trimmed and in NFC, whatever the keyboard produced.</summary>
    internal static string? Clean(string? text) => Editing.FormText.Clean(text);
}

/// <summary>One signatory row: a person and the title they signed under, as the document writes it.</summary>
public sealed class SignatoryInput
{
    public int Id { get; set; }

    [Display(Name = "AgreementEdit.SignatoryPerson")]
    public int? PersonId { get; set; }

    [StringLength(400, ErrorMessage = "Validation.Length"), Display(Name = "AgreementEdit.SignatoryTitle")]
    public string? Title { get; set; }

    /// <summary>Ticked: the signatory is taken off the agreement when it is saved.</summary>
    public bool Remove { get; set; }

    /// <summary>A row left without a person or a title: ignored rather than refused.</summary>
    public bool IsBlank => PersonId is null && string.IsNullOrWhiteSpace(Title);

    public static SignatoryInput From(AgreementSignatory s) => new() { Id = s.Id, PersonId = s.PersonId, Title = s.Title };

    public void ApplyTo(AgreementSignatory s)
    {
        s.PersonId = PersonId!.Value;
        s.Title = AgreementInput.Clean(Title);
    }
}

/// <summary>One commitment row of the agreement form: an existing commitment (its id) or a new one (0).</summary>
public sealed class CommitmentInput
{
    public int Id { get; set; }

    [EnumDataType(typeof(CommitmentArea), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Area")]
    public CommitmentArea Area { get; set; } = CommitmentArea.Other;

    [Required(ErrorMessage = "Validation.Required"), StringLength(2000, ErrorMessage = "Validation.Length"), Display(Name = "AgreementEdit.CommitmentTextVi")]
    public string TextVi { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Validation.Length"), Display(Name = "AgreementEdit.CommitmentTextEn")]
    public string? TextEn { get; set; }

    public List<int> ResponsibleIds { get; set; } = [];

    /// <summary>Ticked: the commitment is deleted for good when the agreement is saved (refused while activities carry it out).</summary>
    public bool Remove { get; set; }

    /// <summary>A row added and left empty: ignored rather than refused.</summary>
    public bool IsBlank => Id == 0 && string.IsNullOrWhiteSpace(TextVi) && string.IsNullOrWhiteSpace(TextEn) && ResponsibleIds.Count == 0;

    public static CommitmentInput From(Commitment c) => new()
    {
        Id = c.Id, Area = c.Area, TextVi = c.Text.Vi ?? "", TextEn = c.Text.En,
        ResponsibleIds = c.Responsible.Select(o => o.Id).Distinct().Order().ToList(),
    };

    /// <summary>Copies the row onto its commitment; the Lao text, if any, is kept.</summary>
    public void ApplyTo(Commitment c, IEnumerable<Organisation> responsible)
    {
        c.Area = Area;
        c.Text.Vi = AgreementInput.Clean(TextVi);
        c.Text.En = AgreementInput.Clean(TextEn);
        var wanted = responsible.ToList();
        c.Responsible.RemoveAll(o => wanted.All(w => w.Id != o.Id));
        c.Responsible.AddRange(wanted.Where(w => c.Responsible.All(o => o.Id != w.Id)));
    }
}

/// <summary>What the agreement form offers to choose from, read once per request.</summary>
public sealed class AgreementChoices
{
    public required Partnership Partnership { get; init; }

    /// <summary>The city-level agreement an agency-level one implements; null for a city-level agreement.</summary>
    public Agreement? Parent { get; init; }

    /// <summary>Every agreement of the partnership (for titles and the predecessor chain).</summary>
    public required List<Agreement> Agreements { get; init; }

    /// <summary>The partnership's city-level agreements other than the one edited: the possible predecessors.</summary>
    public required List<Agreement> Predecessors { get; init; }

    /// <summary>The bodies the user may read, and those the agreement already links (<see cref="RecordOptions"/>).</summary>
    public required List<RecordOption> Organisations { get; init; }

    /// <summary>The people the user may read, and the agreement's signatories (<see cref="RecordOptions"/>).</summary>
    public required List<RecordOption> People { get; init; }

    public string? AgreementTitle(int? id) => Agreements.FirstOrDefault(a => a.Id == id)?.Title.ToString();

    public string? PersonName(int? id) => People.FirstOrDefault(p => p.Id == id)?.Name.ToString();

    public string? OrganisationNames(IEnumerable<int> ids) =>
        string.Join("; ", ids.Distinct().Select(id => Organisations.FirstOrDefault(o => o.Id == id)?.Name.ToString()).OfType<string>().Order(StringComparer.Ordinal))
            is { Length: > 0 } names ? names : null;
}
