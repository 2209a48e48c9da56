using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.People;
using Twinning.Features.Search;

namespace Twinning.Features.Agreements;

/// <summary>
/// A signed cooperation document. City-level agreements follow one another (<see cref="Predecessor"/>);
/// agency-level memoranda hang under the city-level agreement they implement (<see cref="Parent"/>).
/// </summary>
public sealed class Agreement : Record, IPartnershipScoped, ISearchable
{
    public int PartnershipId { get; set; }
    public AgreementKind Kind { get; set; }
    public LocalizedText Title { get; set; } = new();
    public DateOnly? SignedOn { get; set; }
    public LocalizedText? SignedPlace { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public AgreementStatus Status { get; set; }

    public int? PredecessorId { get; set; }
    public Agreement? Predecessor { get; set; }

    public int? ParentId { get; set; }
    public Agreement? Parent { get; set; }
    public List<Agreement> AgencyAgreements { get; set; } = [];

    public List<Organisation> Parties { get; set; } = [];
    public List<AgreementSignatory> Signatories { get; set; } = [];
    public List<Commitment> Commitments { get; set; } = [];

    public string SearchKey { get; set; } = "";
    public string PhoneticKey { get; set; } = "";

    public IEnumerable<string> SearchNames() => Title.All();

    public string? Period => StartYear is null && EndYear is null ? null : $"{StartYear}–{EndYear}";
}

public sealed class AgreementSignatory
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>The title the signatory held when signing, as written.</summary>
    public string? Title { get; set; }
}

/// <summary>One thing the parties undertook to do, in one area of cooperation.</summary>
public sealed class Commitment : Entity
{
    public int AgreementId { get; set; }
    public Agreement? Agreement { get; set; }
    public CommitmentArea Area { get; set; }
    public LocalizedText Text { get; set; } = new();
    public List<Organisation> Responsible { get; set; } = [];
}

public enum AgreementKind
{
    MemorandumOfUnderstanding,
    CooperationAgreement,
    Minutes,
    Plan,
    Treaty,
}

public enum AgreementStatus
{
    Draft,
    InForce,
    Expired,
    Superseded,
}

public enum CommitmentArea
{
    PoliticsAndExternalAffairs,
    PartyBuilding,
    EconomyInvestmentTrade,
    Tourism,
    Agriculture,
    DigitalTransformation,
    EducationAndTraining,
    Culture,
    Health,
    Justice,
    PeopleToPeople,
    Other,
}
