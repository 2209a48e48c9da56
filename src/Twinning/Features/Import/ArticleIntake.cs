using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Extraction;
using Twinning.Features.Editing;
using Twinning.Features.Sources;
using Twinning.Features.Workflow;

namespace Twinning.Features.Import;

/// <summary>One article received: the source to review, or why it could not be read.</summary>
public sealed record IntakeResult(string Name, int? SourceId, bool AlreadyImported, RejectionReason? Rejected, string? Detail);

/// <summary>
/// Reads an article and keeps its cleaned text as a draft source awaiting review; nothing else is
/// written until the reviewer accepts. The same text received again is the same source, so importing an
/// article twice proposes nothing new. An article that cannot be read leaves nothing behind.
/// </summary>
public sealed class ArticleIntake(TwinningDb db, ArticleReader reader)
{
    /// <summary>Pasted text is limited like a file is: a press article is tens of kilobytes.</summary>
    public const int MaxPastedChars = 2_000_000;

    public async Task<IntakeResult> ReceiveAsync(ArticleInput input, string name, SourceDetails details, int partnershipId, CancellationToken ct)
    {
        ArticleExtraction extraction;
        try
        {
            extraction = await reader.ReadAsync(input, ct);
        }
        catch (ArticleRejectedException e)
        {
            return new IntakeResult(name, null, false, e.Reason, e.Message);
        }
        var text = extraction.Text;
        if (string.IsNullOrWhiteSpace(text)) return new IntakeResult(name, null, false, RejectionReason.Empty, null);

        // The same article again: the one already held, unless it is a draft waiting in another partnership
        // (which is that partnership's business): then this partnership gets its own draft.
        var existing = await db.Sources
            .Where(s => s.FullText.Length == text.Length && s.FullText == text
                && (s.State == RecordState.Approved || s.PartnershipId == null || s.PartnershipId == partnershipId))
            .Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (existing is { } id) return new IntakeResult(name, id, true, null, null);

        var source = new Source
        {
            Title = FormText.Clean(details.Title) ?? TitleFrom(text, name),
            Outlet = FormText.Clean(details.Outlet),
            Url = FormText.Clean(details.Url),
            PublishedOn = extraction.Published?.Date,
            Kind = SourceKind.Article,
            Language = "vi",
            FullText = text,
            State = RecordState.Draft,
            PartnershipId = partnershipId,
        };
        db.Sources.Add(source);
        await db.SaveChangesAsync(ct);
        return new IntakeResult(name, source.Id, false, null, null);
    }

    /// <summary>The article's first line (its headline, in a saved page or a paste), else the file's name.</summary>
    private static string TitleFrom(string text, string name)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? name;
        return ArticleProposals.Shorten(line, 200);
    }
}

/// <summary>What the person importing may say about the article's origin.</summary>
public sealed record SourceDetails(string? Title, string? Outlet, string? Url);
