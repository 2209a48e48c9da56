using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Rules;

/// <summary>
/// People programmes and gifts. A project whose words name a programme ("50 suất học bổng", "lớp đào tạo") is that
/// programme, one led by a donation verb ("trao tặng 100 máy tính") a donation; and a training or scholarship told
/// with its intake ("mở lớp đào tạo tiếng Việt cho 30 cán bộ") is a programme even where no project was read.
/// </summary>
internal sealed class ProgrammeFinder(ArticleDocument doc)
{
    /// <summary>How far after the cue the intake ("cho 30 cán bộ") may stand.</summary>
    private const int IntakeWindow = 10;

    private readonly ExtractionVocabulary v = doc.Vocabulary;
    private readonly List<Token> tokens = doc.Tokens;
    private static readonly string For = ToneKey.Of("cho");

    public ExtractedProject Classify(ExtractedProject project)
    {
        var first = doc.TokenAt(project.Span.Start);
        string? programme = null;
        for (var k = first; k < tokens.Count && tokens[k].Start < project.Span.End && programme is null; k++)
            if (v.ProgrammeCues.TryMatch(tokens, k, out _, out var kind)) programme = kind;
        var donation = programme is null && (v.DonationVerbs.Matches(tokens, first) || first > 0 && v.DonationVerbs.Matches(tokens, first - 1));
        return project with { Programme = programme, IsDonation = donation };
    }

    /// <summary>Programmes told with their intake, outside the projects already read.</summary>
    public List<ExtractedProject> Find(IReadOnlyList<ExtractedProject> projects)
    {
        var found = new List<ExtractedProject>();
        foreach (var s in doc.Sentences)
            for (var k = s.FirstToken; k < s.EndToken; k++)
            {
                if (!v.ProgrammeCues.TryMatch(tokens, k, out var len, out var kind)) continue;
                var end = k + len;
                var intake = false;
                for (; end < Math.Min(s.EndToken, k + len + IntakeWindow) && tokens[end].Text is not "," and not ";" and not "."; end++)
                    if (tokens[end].Key == For && end + 1 < s.EndToken && tokens[end + 1].Kind == TokenKind.Number) intake = true;
                if (!intake) { k += len - 1; continue; }
                var span = doc.SpanOf(k, end);
                if (!projects.Concat(found).Any(p => p.Span.Start < span.End && span.Start < p.Span.End))
                    found.Add(new ExtractedProject(doc.Slice(k, end), null, ProjectStatus.Unknown, span) { Programme = kind });
                k = end - 1;
            }
        return found;
    }
}
