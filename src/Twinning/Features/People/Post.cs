using Twinning.Features.Organisations;
using Twinning.Features.Sources;

namespace Twinning.Features.People;

/// <summary>
/// A post as a reader thinks of it: one office in one body, however many articles attest it and however
/// each words it. The record keeps one position per attestation (each with its own citation, in that
/// article's wording); this folds together those that are the same office (<see cref="OfficeTitles"/>),
/// in the same organisation (or none for both), over periods that overlap.
/// </summary>
public sealed record Post(string Title, Organisation? Organisation, DateOnly? From, DateOnly? To, List<DateOnly> AttestedOn, List<Citation> Citations,
    List<string> Wordings)
{
    public static List<Post> Group(IEnumerable<Position> positions, ILookup<int, Citation> citations) =>
        Group(positions, citations, OfficeTitles.Default);

    public static List<Post> Group(IEnumerable<Position> positions, ILookup<int, Citation> citations, OfficeTitles titles) =>
        Cluster(positions.ToList(), titles)
            .Select(g => new Post(
                // The wording most articles use; between equals, the fuller one.
                g.GroupBy(p => p.Title).OrderByDescending(w => w.Count()).ThenByDescending(w => w.Key.Length).First().Key,
                g.Select(p => p.Organisation).FirstOrDefault(o => o is not null),
                g.Min(p => p.From),
                g.Max(p => p.To),
                g.Select(p => p.AttestedOn).OfType<DateOnly>().Distinct().Order().ToList(),
                g.SelectMany(p => citations[p.Id]).DistinctBy(c => (c.SourceId, c.Start, c.Length)).ToList(),
                g.Select(p => p.Title).Distinct().ToList()))
            // Newest first: by the latest day the post is known to have been held.
            .OrderByDescending(p => new[] { p.To, p.AttestedOn.LastOrDefault() as DateOnly?, p.From }.Max())
            .ToList();

    /// <summary>Positions joined when any two of them are the same office (a chain of wordings joins too), in first-seen order.</summary>
    private static List<List<Position>> Cluster(List<Position> positions, OfficeTitles titles)
    {
        var groupOf = Enumerable.Range(0, positions.Count).ToArray();
        int Root(int i) => groupOf[i] == i ? i : groupOf[i] = Root(groupOf[i]);
        for (var i = 0; i < positions.Count; i++)
            for (var j = i + 1; j < positions.Count; j++)
                if (SamePost(positions[i], positions[j], titles)) groupOf[Root(j)] = Root(i);
        return positions.Select((p, i) => (p, Root: Root(i))).GroupBy(x => x.Root).Select(g => g.Select(x => x.p).ToList()).ToList();
    }

    private static bool SamePost(Position a, Position b, OfficeTitles titles) =>
        a.OrganisationId == b.OrganisationId && Overlap(a, b) && titles.SameOffice(a.Title, b.Title);

    /// <summary>Open ends reach as far as they may: a post known only by the day it was attested overlaps any period around it.</summary>
    private static bool Overlap(Position a, Position b) =>
        (a.From ?? DateOnly.MinValue) <= (b.To ?? DateOnly.MaxValue) && (b.From ?? DateOnly.MinValue) <= (a.To ?? DateOnly.MaxValue);
}
