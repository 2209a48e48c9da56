namespace Twinning.Features.Sources;

/// <summary>
/// Whether a citation's words may be shown as a quotation. An article's or document's span is the
/// source's own words, so it is quoted. A reference note is the project's own restatement (often in
/// English) of a page the app does not hold; it backs facts no stored article states (term dates,
/// Lao-script spellings, name variants, amounts, anniversary days), so an archivist keeps it as the
/// record's provenance but never presents it as what the cited page said: it is shown as a note.
/// </summary>
public static class CitationWording
{
    public static bool IsQuotation(Source? source) => source is null || source.Kind != SourceKind.Reference;
}
