using Twinning.Data;
using Twinning.Features.Search;

namespace Twinning.Features.Organisations;

/// <summary>A body that acts in the cooperation: a party committee, a department, a school, a company…</summary>
public sealed class Organisation : Record, ISearchable
{
    public LocalizedText Name { get; set; } = new();
    public string? Abbreviation { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the side the body belongs to (VN, LA…).</summary>
    public string Country { get; set; } = "";

    /// <summary>The city (English name) for city-level bodies; null for national bodies.</summary>
    public string? City { get; set; }

    public int? ParentId { get; set; }
    public Organisation? Parent { get; set; }
    public List<Organisation> Children { get; set; } = [];

    public string SearchKey { get; set; } = "";
    public string PhoneticKey { get; set; } = "";

    public IEnumerable<string> SearchNames() =>
        Abbreviation is null ? Name.All() : Name.All().Append(Abbreviation);
}

public enum OrganisationKind
{
    PartyCommittee,
    PeoplesCommittee,
    PeoplesCouncil,
    Department,
    Procuracy,
    Enterprise,
    Association,
    School,
    NationalBody,
    Party,
    Government,
    Military,
    Embassy,
    Other,
}
