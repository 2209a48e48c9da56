using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Organisations;

namespace Twinning.Features.Programmes;

/// <summary>A recurring people programme: scholarships, cadre training, artisan training.</summary>
public sealed class Programme : Activity
{
    public Programme() => Kind = ActivityKind.Programme;

    public ProgrammeKind ProgrammeKind { get; set; }
    public int? AnnualQuotaMin { get; set; }
    public int? AnnualQuotaMax { get; set; }
    public int? ParticipantsCount { get; set; }
    public int? ProviderId { get; set; }
    public Organisation? Provider { get; set; }
    public int? BeneficiaryId { get; set; }
    public Organisation? Beneficiary { get; set; }
    public List<Intake> Intakes { get; set; } = [];
}

/// <summary>How many people a programme took in one year.</summary>
public sealed class Intake : Entity
{
    public int ProgrammeId { get; set; }
    public int Year { get; set; }
    public int Count { get; set; }
}

public enum ProgrammeKind
{
    Scholarship,
    CadreTraining,
    ArtisanTraining,
    Other,
}
