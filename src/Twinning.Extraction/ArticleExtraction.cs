namespace Twinning.Extraction;

/// <summary>A stretch of <see cref="ArticleExtraction.Text"/>: where a fact was read from.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);
}

public enum EventKind { Visit, Talks, Meeting, Signing, Conference, Ceremony }

public enum ProjectStatus { Unknown, Completed, InProgress, Proposed }

/// <summary>A date as the article wrote it, with the year marked when the text did not give it.</summary>
public sealed record ExtractedDate(DateOnly Date, bool YearInferred, string Written, TextSpan Span);

public sealed record ExtractedTitle(string Text, TextSpan Span);

public sealed record ExtractedPerson(
    string Name,
    IReadOnlyList<string> Aliases,
    string Side,
    IReadOnlyList<ExtractedTitle> Titles,
    IReadOnlyList<TextSpan> Mentions,
    /// <summary>Id of the caller's lexicon entry the person matched, or null for someone new.</summary>
    string? LexiconId);

public sealed record ExtractedEvent(
    EventKind Kind,
    ExtractedDate Date,
    ExtractedDate? EndDate,
    string? Place,
    IReadOnlyList<string> Participants,
    /// <summary>The sentence the event was read from.</summary>
    TextSpan Span);

public sealed record ExtractedAgreement(string Title, int? StartYear, int? EndYear, ExtractedDate? Signed, TextSpan Span);

public sealed record ExtractedProject(string Name, string? Funder, ProjectStatus Status, TextSpan Span);

public sealed record ExtractedOrganisation(string Name, string? Side, TextSpan Span);

/// <summary>
/// What one article says. Every span indexes <see cref="Text"/> — the cleaned article (boilerplate
/// removed, NFC, whitespace tidied) — so a review screen can highlight it and cite it.
/// </summary>
public sealed record ArticleExtraction(
    string Text,
    ExtractedDate? Published,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<ExtractedPerson> People,
    IReadOnlyList<ExtractedAgreement> Agreements,
    IReadOnlyList<ExtractedProject> Projects,
    IReadOnlyList<ExtractedOrganisation> Organisations,
    /// <summary>Things a reviewer should know, e.g. "converted from Windows-1258".</summary>
    IReadOnlyList<string> Notes);
