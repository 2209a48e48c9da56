using Twinning.Extraction.Vocabulary;

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
    TextSpan Span)
{
    /// <summary>
    /// What kind of meeting the verb makes it, for a <see cref="EventKind.Meeting"/>: a key of the vocabulary's
    /// <c>meetingStyles</c> ("reception", "courtesyCall", "workingSession"), or null when no such verb is there.
    /// </summary>
    public string? Style { get; init; }

    /// <summary>The delegation this event is part of (told in its sentence, else the article's first), or null.</summary>
    public ExtractedTrip? Trip { get; init; }
}

/// <summary>
/// A delegation travelling ("Đoàn đại biểu tỉnh Savannakhet … thăm và làm việc tại TP Cần Thơ", "sang thăm"):
/// where it comes from and where it goes, as gazetteer places (English name and country), either may be unknown.
/// </summary>
public sealed record ExtractedTrip(PlaceEntry? From, PlaceEntry? To, TextSpan Span)
{
    /// <summary>The country the delegation comes from: its own place's, else not the host's (unknown when neither is named).</summary>
    public string? FromCountry => From?.Country;
}

/// <summary>A gazetteer place and how often the article names it (provinces and cities only, not countries).</summary>
public sealed record PlaceMention(PlaceEntry Place, int Count);

public sealed record ExtractedAgreement(string Title, int? StartYear, int? EndYear, ExtractedDate? Signed, TextSpan Span)
{
    /// <summary>
    /// The agency that is party to it ("Công an tỉnh Chăm Pa Sắc", "Sở Y tế"), when its sentence names one: an
    /// agency-level memorandum rather than the cities' own agreement. Null for a city-level agreement.
    /// </summary>
    public string? Agency { get; init; }
}

public sealed record ExtractedProject(string Name, string? Funder, ProjectStatus Status, TextSpan Span)
{
    /// <summary>A people programme rather than a work: a key of the vocabulary's <c>programmeCues</c> ("scholarship", "cadreTraining").</summary>
    public string? Programme { get; init; }

    /// <summary>A gift ("trao tặng 100 máy tính") rather than a work.</summary>
    public bool IsDonation { get; init; }
}

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
    IReadOnlyList<string> Notes)
{
    /// <summary>Trainings and scholarships told with their intake that are not among <see cref="Projects"/> (which the evaluation scores).</summary>
    public IReadOnlyList<ExtractedProject> Programmes { get; init; } = [];

    /// <summary>Delegations travelling, in the order the article tells them.</summary>
    public IReadOnlyList<ExtractedTrip> Trips { get; init; } = [];

    /// <summary>The provinces and cities the article names, most named first: what pair of places it is about.</summary>
    public IReadOnlyList<PlaceMention> Places { get; init; } = [];
}
