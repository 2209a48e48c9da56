using Twinning.Features.Organisations;
using Twinning.Features.Search;
using Twinning.Features.Sources;

namespace Twinning.Features.People;

/// <summary>
/// A post as a reader thinks of it: one title in one body, however many articles attest it. The
/// record keeps one position per attestation (each with its own citation); this folds them together.
/// </summary>
public sealed record Post(string Title, Organisation? Organisation, DateOnly? From, DateOnly? To, List<DateOnly> AttestedOn, List<Citation> Citations)
{
    public static List<Post> Group(IEnumerable<Position> positions, ILookup<int, Citation> citations) =>
        positions
            .GroupBy(p => (Title: TextFolding.Fold(p.Title), p.OrganisationId))
            .Select(g => new Post(
                g.First().Title,
                g.Select(p => p.Organisation).FirstOrDefault(o => o is not null),
                g.Min(p => p.From),
                g.Max(p => p.To),
                g.Select(p => p.AttestedOn).OfType<DateOnly>().Distinct().Order().ToList(),
                g.SelectMany(p => citations[p.Id]).DistinctBy(c => (c.SourceId, c.Start, c.Length)).ToList()))
            // Newest first: by the latest day the post is known to have been held.
            .OrderByDescending(p => new[] { p.To, p.AttestedOn.LastOrDefault() as DateOnly?, p.From }.Max())
            .ToList();
}
