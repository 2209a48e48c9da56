using Twinning.Data;

namespace Twinning.Features.Sources;

/// <summary>An article or document that facts are taken from; its full text is kept so quotes can be shown in place.</summary>
public sealed class Source : Record
{
    public string Title { get; set; } = "";

    /// <summary>
    /// The partnership an imported article was brought into: while it waits for review it is that
    /// partnership's business only. Null for sources shared by all (the dataset's, those entered by hand).
    /// </summary>
    public int? PartnershipId { get; set; }

    public string? Outlet { get; set; }
    public string? Url { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public string Language { get; set; } = "vi";
    public SourceKind Kind { get; set; }
    public string FullText { get; set; } = "";
    public List<Citation> Citations { get; set; } = [];
}

public enum SourceKind
{
    Article,
    Reference,
    Document,
}

/// <summary>
/// Links a record to the span of a source that states it. The record is named by kind and id
/// (a polymorphic link) because any kind of record can be cited.
/// </summary>
public sealed class Citation
{
    public int Id { get; set; }
    public int SourceId { get; set; }
    public Source? Source { get; set; }
    public RecordKind RecordKind { get; set; }
    public int RecordId { get; set; }
    public string Quote { get; set; } = "";

    /// <summary>Offset of the quote in <see cref="Source.FullText"/>, in UTF-16 code units.</summary>
    public int Start { get; set; }

    public int Length { get; set; }
}

public enum RecordKind
{
    Organisation,
    Person,
    Position,
    Agreement,
    Commitment,
    Activity,
    Milestone,
    Intake,
    Invitation,
    Anniversary,
}
