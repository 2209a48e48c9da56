using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Web;

namespace Twinning.Features.Programmes;

/// <summary>The programme form: the shared activity fields, kind, annual quota, participants, provider and beneficiary, and the intake of each year, one row each.</summary>
public sealed class ProgrammeInput : ActivityCommonInput
{
    [EnumDataType(typeof(ProgrammeKind), ErrorMessage = "Validation.Unknown"), Display(Name = "Field.Kind")]
    public ProgrammeKind ProgrammeKind { get; set; } = ProgrammeKind.Other;

    [Range(0, int.MaxValue, ErrorMessage = "Validation.NotNegative"), Display(Name = "ProgrammeEdit.QuotaMin")]
    public int? AnnualQuotaMin { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "Validation.NotNegative"), Display(Name = "ProgrammeEdit.QuotaMax")]
    public int? AnnualQuotaMax { get; set; }

    [Range(0, int.MaxValue, ErrorMessage = "Validation.NotNegative"), Display(Name = "Programme.Participants")]
    public int? ParticipantsCount { get; set; }

    [Display(Name = "Programme.Provider")]
    public int? ProviderId { get; set; }

    [Display(Name = "Programme.Beneficiary")]
    public int? BeneficiaryId { get; set; }

    public List<IntakeInput> Intakes { get; set; } = [];

    public static ProgrammeInput From(Programme p)
    {
        var input = new ProgrammeInput
        {
            ProgrammeKind = p.ProgrammeKind, AnnualQuotaMin = p.AnnualQuotaMin, AnnualQuotaMax = p.AnnualQuotaMax,
            ParticipantsCount = p.ParticipantsCount, ProviderId = p.ProviderId, BeneficiaryId = p.BeneficiaryId,
            Intakes = p.Intakes.OrderBy(i => i.Year).Select(i => new IntakeInput { Year = i.Year, Count = i.Count }).ToList(),
        };
        input.CopyCommonFrom(p);
        return input;
    }

    /// <summary>The rows that will be saved: neither ticked for removal nor left entirely empty.</summary>
    public IEnumerable<IntakeInput> KeptIntakes() => Intakes.Where(i => !i.Remove && !i.IsBlank);

    /// <summary>Copies the programme's own fields (not its intakes, which the page saves year by year).</summary>
    public void ApplyTo(Programme p)
    {
        p.ProgrammeKind = ProgrammeKind;
        p.AnnualQuotaMin = AnnualQuotaMin;
        p.AnnualQuotaMax = AnnualQuotaMax;
        p.ParticipantsCount = ParticipantsCount;
        p.ProviderId = ProviderId;
        p.BeneficiaryId = BeneficiaryId;
    }

    public IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> Compare(ProgrammeInput theirs, ActivityChoices choices, IStringLocalizer t) =>
    [
        .. CompareCommon(theirs, choices, t),
        (nameof(ProgrammeKind), t["Field.Kind"], t.Enum(ProgrammeKind), t.Enum(theirs.ProgrammeKind)),
        (nameof(AnnualQuotaMin), t["ProgrammeEdit.QuotaMin"], AnnualQuotaMin?.ToString(), theirs.AnnualQuotaMin?.ToString()),
        (nameof(AnnualQuotaMax), t["ProgrammeEdit.QuotaMax"], AnnualQuotaMax?.ToString(), theirs.AnnualQuotaMax?.ToString()),
        (nameof(ParticipantsCount), t["Programme.Participants"], ParticipantsCount?.ToString(), theirs.ParticipantsCount?.ToString()),
        (nameof(ProviderId), t["Programme.Provider"], choices.OrganisationName(ProviderId), choices.OrganisationName(theirs.ProviderId)),
        (nameof(BeneficiaryId), t["Programme.Beneficiary"], choices.OrganisationName(BeneficiaryId), choices.OrganisationName(theirs.BeneficiaryId)),
        (nameof(Intakes), t["Programme.Intakes"], IntakeSummary(), theirs.IntakeSummary()),
    ];

    public void Replace(string field, ProgrammeInput theirs)
    {
        if (ReplaceCommon(field, theirs)) return;
        switch (field)
        {
            case nameof(ProgrammeKind): ProgrammeKind = theirs.ProgrammeKind; break;
            case nameof(AnnualQuotaMin): AnnualQuotaMin = theirs.AnnualQuotaMin; break;
            case nameof(AnnualQuotaMax): AnnualQuotaMax = theirs.AnnualQuotaMax; break;
            case nameof(ParticipantsCount): ParticipantsCount = theirs.ParticipantsCount; break;
            case nameof(ProviderId): ProviderId = theirs.ProviderId; break;
            case nameof(BeneficiaryId): BeneficiaryId = theirs.BeneficiaryId; break;
            case nameof(Intakes): Intakes = [.. theirs.Intakes]; break;
        }
    }

    /// <summary>The intakes as "2023: 15; 2024: 18", in year order, for the conflict table.</summary>
    public string? IntakeSummary()
    {
        var parts = KeptIntakes().OrderBy(i => i.Year).Select(i => $"{i.Year}: {i.Count}").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }
}

/// <summary>
/// One year of a programme: how many people it took in. Rows are matched to stored intakes by year
/// (a programme has one intake a year), so an intake keeps its id, and its citations, while its count changes.
/// </summary>
public sealed class IntakeInput
{
    [Required(ErrorMessage = "Validation.Required"), Range(1900, 2200, ErrorMessage = "Validation.Range"), Display(Name = "Field.Year")]
    public int? Year { get; set; }

    [Required(ErrorMessage = "Validation.Required"), Range(0, int.MaxValue, ErrorMessage = "Validation.NotNegative"), Display(Name = "ProgrammeEdit.IntakeCount")]
    public int? Count { get; set; }

    /// <summary>Ticked: the year's intake is deleted when the programme is saved.</summary>
    public bool Remove { get; set; }

    /// <summary>A row added and left empty: ignored rather than refused.</summary>
    public bool IsBlank => Year is null && Count is null;
}
