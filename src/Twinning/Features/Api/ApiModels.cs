using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Sources;

namespace Twinning.Features.Api;

// What the API sends and takes. Names are the domain's, in English; texts carry their three languages.

public sealed record Text(string? Vi, string? En, string? Lo)
{
    public static Text? Of(LocalizedText? text) => text is null || text.IsEmpty ? null : new(text.Vi, text.En, text.Lo);
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public sealed record PartnershipDto(int Id, Text? Name, Text? CityA, string CityACountry, Text? CityB, string CityBCountry, string Status)
{
    public static PartnershipDto Of(Partnership p) =>
        new(p.Id, Text.Of(p.Name), Text.Of(p.CityAName), p.CityACountry, Text.Of(p.CityBName), p.CityBCountry, p.Status.ToString());
}

public sealed record CommitmentDto(int Id, string Area, Text? Text);

public sealed record AgreementDto(int Id, int PartnershipId, string Kind, Text? Title, DateOnly? SignedOn, int? StartYear, int? EndYear,
    string Status, string State, int? ParentId, int? PredecessorId, IReadOnlyList<CommitmentDto> Commitments)
{
    public static AgreementDto Of(Agreement a) => new(a.Id, a.PartnershipId, a.Kind.ToString(), Text.Of(a.Title), a.SignedOn, a.StartYear, a.EndYear,
        a.Status.ToString(), a.State.ToString(), a.ParentId, a.PredecessorId,
        a.Commitments.OrderBy(c => c.Id).Select(c => new CommitmentDto(c.Id, c.Area.ToString(), Text.Of(c.Text))).ToList());
}

public sealed record ActivityDto(int Id, int PartnershipId, string Kind, Text? Title, Text? Summary, DateOnly? StartDate, DateOnly? EndDate,
    Text? Place, string Status, string Direction, string State, int Version, IReadOnlyList<int> CommitmentIds, IReadOnlyList<int> ParticipantIds)
{
    public static ActivityDto Of(Activity a) => new(a.Id, a.PartnershipId, a.Kind.ToString(), Text.Of(a.Title), Text.Of(a.Summary), a.StartDate, a.EndDate,
        Text.Of(a.Place), a.Status.ToString(), a.Direction.ToString(), a.State.ToString(), a.Version,
        a.Commitments.Select(c => c.Id).Order().ToList(), a.Participants.Select(p => p.PersonId).Order().ToList());
}

public sealed record PositionDto(string Title, int? OrganisationId, DateOnly? From, DateOnly? To, DateOnly? AttestedOn);

public sealed record PersonDto(int Id, Text? Name, string Country, IReadOnlyList<string> Aliases, IReadOnlyList<PositionDto> Positions, string State, int Version)
{
    public static PersonDto Of(Person p) => new(p.Id, Text.Of(p.Name), p.Country, p.Aliases.Select(a => a.Name).Order().ToList(),
        p.Positions.OrderByDescending(x => x.From ?? x.AttestedOn).Select(x => new PositionDto(x.Title, x.OrganisationId, x.From, x.To, x.AttestedOn)).ToList(),
        p.State.ToString(), p.Version);
}

public sealed record OrganisationDto(int Id, Text? Name, string Country, string Kind, int? ParentId, string State)
{
    public static OrganisationDto Of(Organisation o) => new(o.Id, Text.Of(o.Name), o.Country, o.Kind.ToString(), o.ParentId, o.State.ToString());
}

public sealed record CitationDto(int Id, string RecordKind, int RecordId, string? Quote);

public sealed record SourceDto(int Id, int? PartnershipId, string Title, string? Url, string? Outlet, DateOnly? PublishedOn, string Language, string State, IReadOnlyList<CitationDto>? Citations)
{
    public static SourceDto Of(Source s, bool withCitations) => new(s.Id, s.PartnershipId, s.Title, s.Url, s.Outlet, s.PublishedOn, s.Language, s.State.ToString(),
        withCitations ? s.Citations.OrderBy(c => c.Id).Select(c => new CitationDto(c.Id, c.RecordKind.ToString(), c.RecordId, c.Quote)).ToList() : null);
}

public sealed record SearchHitDto(string Kind, int Id, string Title, int Rank, string Url);

/// <param name="More">True when there are more hits than <paramref name="Count"/> (a common word): only that many are ranked and paged.</param>
public sealed record SearchGroupDto(string Kind, int Count, bool More, IReadOnlyList<SearchHitDto> Hits);

/// <summary>The fields an API client writes on an activity; the same limits as the forms.</summary>
public sealed class ActivityWrite
{
    /// <summary>On creation only: Visit, Meeting, Project, Programme, Event or Donation.</summary>
    public string? Kind { get; set; }
    public string? TitleVi { get; set; }
    public string? TitleEn { get; set; }
    public string? SummaryVi { get; set; }
    public string? SummaryEn { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? PlaceVi { get; set; }
    public string? PlaceEn { get; set; }
    public Direction? Direction { get; set; }
    public ActivityStatus? Status { get; set; }
    public List<int>? CommitmentIds { get; set; }
}

/// <summary>The fields an API client writes on a person.</summary>
public sealed class PersonWrite
{
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? NameLo { get; set; }
    public string? Country { get; set; }
    public List<string>? Aliases { get; set; }
}
