using System.Globalization;
using Twinning.Features.Agreements;

namespace Twinning.Features.Exports;

/// <summary>
/// A commitment as a spreadsheet cell names it: its key (or #id) for the import to find it again, then the
/// start of its text in the reader's language for the person reading ("cmt-2017-delegation-exchange: Tiếp tục
/// duy trì…"). Several in one cell are separated by "; ", so the text part never holds one.
/// </summary>
public static class CommitmentLabel
{
    private const int TextLength = 60;

    public static string Of(Commitment commitment)
    {
        var text = commitment.Text.In(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Replace(';', ',').ReplaceLineEndings(" ").Trim();
        if (text.Length > TextLength) text = text[..TextLength].TrimEnd() + "…";
        return text.Length == 0 ? Identity(commitment) : $"{Identity(commitment)}: {text}";
    }

    public static string Identity(Commitment commitment) => commitment.Key ?? $"#{commitment.Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The identifying part of a label typed or picked in a cell: what comes before the first colon.</summary>
    public static string IdentityIn(string label) => label.Split(':', 2)[0].Trim();

    /// <summary>The labels of a cell holding several ("a: …; b: …").</summary>
    public static IEnumerable<string> Split(string cell) => cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
