namespace Twinning.Features.Sources;

/// <summary>Finds where a quoted span stands in a source text, so citations can carry offsets.</summary>
public static class QuoteLocator
{
    /// <summary>Start of the <paramref name="occurrence"/>-th (1-based) ordinal match, or -1.</summary>
    public static int Find(string text, string quote, int occurrence = 1)
    {
        if (string.IsNullOrEmpty(quote) || occurrence < 1) return -1;
        var start = -1;
        for (var n = 0; n < occurrence; n++)
        {
            start = text.IndexOf(quote, start + 1, StringComparison.Ordinal);
            if (start < 0) return -1;
        }
        return start;
    }
}
