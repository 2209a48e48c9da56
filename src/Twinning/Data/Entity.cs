namespace Twinning.Data;

/// <summary>
/// Every stored record: a database id for links inside the app, and an optional stable key
/// (for example "person-dinh-tien-dung") by which datasets and imports refer to it across databases.
/// </summary>
public abstract class Entity
{
    public int Id { get; set; }

    /// <summary>Stable external id; unique per record type when present.</summary>
    public string? Key { get; set; }
}

/// <summary>A record that belongs to one partnership.</summary>
public interface IPartnershipScoped
{
    int PartnershipId { get; set; }
}
