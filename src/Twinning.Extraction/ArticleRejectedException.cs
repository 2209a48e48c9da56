namespace Twinning.Extraction;

public enum RejectionReason { TooLarge, Empty, Binary, LegacyEncoding, UnreadableEncoding, BadDocx, BadHtml, UnsupportedFormat, TooComplex }

/// <summary>
/// The input cannot be read as an article. The message is written for the person who supplied it:
/// it says what is wrong and what to do about it.
/// </summary>
public sealed class ArticleRejectedException(RejectionReason reason, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public RejectionReason Reason { get; } = reason;
}
