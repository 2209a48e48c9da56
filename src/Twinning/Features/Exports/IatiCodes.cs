using Twinning.Features.Organisations;

namespace Twinning.Features.Exports;

/// <summary>The IATI 2.03 code lists the project export uses, mapped from the model.</summary>
public static class IatiCodes
{
    // ActivityDateType
    public const string PlannedStart = "1", ActualStart = "2", PlannedEnd = "3", ActualEnd = "4";

    // OrganisationRole
    public const string Funding = "1", Accountable = "2", Extending = "3", Implementing = "4";

    // TransactionType
    public const string OutgoingCommitment = "2", Disbursement = "3", Expenditure = "4", IncomingCommitment = "11", OutgoingPledge = "12";

    /// <summary>SectorVocabulary 99, "Reporting Organisation": the model keeps sectors as free text, not DAC codes.</summary>
    public const string OwnSectorVocabulary = "99";

    /// <summary>OrganisationType: city bodies are local government, national state bodies government.</summary>
    public static string OrganisationType(Organisation organisation) => organisation.Kind switch
    {
        OrganisationKind.Enterprise => "70", // Private Sector
        OrganisationKind.Association => "22", // National NGO
        OrganisationKind.School => "80", // Academic, Training and Research
        OrganisationKind.Other => "90",
        _ when organisation.City is not null => "11", // Local Government
        _ => "10", // Government
    };

    public const string LocalGovernment = "11";
}
