using Twinning.Extraction.Text;

namespace Twinning.Extraction.Rules;

/// <summary>Bodies named in the text ("Thành ủy Hà Nội", "Sở Tư pháp"), with the place that follows them.</summary>
internal static class OrganisationFinder
{
    public static List<ExtractedOrganisation> Find(ArticleDocument doc)
    {
        var v = doc.Vocabulary;
        var tokens = doc.Tokens;
        var found = new List<ExtractedOrganisation>();
        var seen = new HashSet<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised) continue;
            int len;
            if (!v.TitleBodies.TryMatch(tokens, i, out len, out _))
            {
                if (!(v.OrganisationPrefixes.TryMatch(tokens, i, out var p, out _) && v.OrganisationDomains.TryMatch(tokens, i + p, out var d, out _))) continue;
                len = p + d;
            }
            var end = i + len;
            string? side = null;
            var j = end;
            while (j < tokens.Count && v.TitleQualifiers.TryMatch(tokens, j, out var q, out _)) j += q;
            if (v.Places.TryMatch(tokens, j, out var placeLen, out var place))
            {
                end = j + placeLen;
                side = place.Country.Length > 0 ? place.Country : null;
            }
            var name = doc.Slice(i, end);
            if (seen.Add(TextFolding.Fold(name))) found.Add(new ExtractedOrganisation(name, side, doc.SpanOf(i, end)));
            i = end - 1;
        }
        return found;
    }
}
