using Twinning.Data;
using Twinning.Features.Organisations;
using Twinning.Features.Search;

namespace Twinning.Features.People;

/// <summary>
/// A named actor. Names are spelt several ways and in two scripts, so every spelling seen
/// is kept as an alias and all of them are searchable.
/// </summary>
public sealed class Person : Record, ISearchable
{
    /// <summary>Vi holds the canonical name (Vietnamese with diacritics, or the usual romanisation of a Lao name).</summary>
    public LocalizedText Name { get; set; } = new();

    /// <summary>ISO 3166-1 alpha-2 code of the side the person belongs to.</summary>
    public string Country { get; set; } = "";

    public List<PersonAlias> Aliases { get; set; } = [];
    public List<Position> Positions { get; set; } = [];

    public string SearchKey { get; set; } = "";
    public string PhoneticKey { get; set; } = "";

    public IEnumerable<string> SearchNames() => Name.All().Concat(Aliases.Select(a => a.Name));
}

public sealed class PersonAlias
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public string Name { get; set; } = "";
}

/// <summary>
/// A title a person held, as written by the source ("Bí thư Thành ủy"), with the body and the
/// dates when known. Press articles rarely give terms, so <see cref="AttestedOn"/> records a day the
/// source shows the person holding it.
/// </summary>
public sealed class Position : Entity
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public string Title { get; set; } = "";
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public DateOnly? AttestedOn { get; set; }

    /// <summary>Whether the person held this post on the given day, as far as the record shows.</summary>
    public bool HeldOn(DateOnly day) =>
        AttestedOn == day
        || ((From is not null || To is not null) && (From is null || From <= day) && (To is null || day <= To));
}
