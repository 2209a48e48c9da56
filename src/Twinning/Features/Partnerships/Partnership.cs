using Twinning.Data;

namespace Twinning.Features.Partnerships;

/// <summary>
/// Two cities that cooperate. City A is the side the deployment's first users belong to
/// (Hanoi in the embedded dataset); directions of activities are expressed as A→B or B→A.
/// </summary>
public sealed class Partnership : Record
{
    public LocalizedText Name { get; set; } = new();
    public LocalizedText CityAName { get; set; } = new();
    public string CityACountry { get; set; } = "";
    public LocalizedText CityBName { get; set; } = new();
    public string CityBCountry { get; set; } = "";
    public DateOnly? Since { get; set; }
    public PartnershipStatus Status { get; set; } = PartnershipStatus.Active;
}

public enum PartnershipStatus
{
    Proposed,
    Active,
    Suspended,
    Ended,
}
