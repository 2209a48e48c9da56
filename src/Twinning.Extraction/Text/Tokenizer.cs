using System.Globalization;

namespace Twinning.Extraction.Text;

public enum TokenKind { Word, Number, Punct, Space, NewLine }

/// <summary>A word, number or punctuation mark of the cleaned text, with its place in it.</summary>
public sealed class Token
{
    public required TokenKind Kind { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required string Text { get; init; }
    /// <summary>Tone-placement-insensitive lowercase key (diacritics kept), for vocabulary and cue words.</summary>
    public required string Key { get; init; }
    public int End => Start + Length;
    public bool IsCapitalised => Kind == TokenKind.Word && char.IsUpper(Text[0]);
    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
    /// <summary>Plain Latin letters only — the shape of romanised Lao (and other foreign) names.</summary>
    public bool IsAsciiWord => Kind == TokenKind.Word && Text.All(c => c < 0x80 && char.IsLetter(c));
    public override string ToString() => Text;
}

public static class Tokenizer
{
    /// <summary>One pass over the text: runs of letters/digits (with their combining marks) become one token.</summary>
    public static List<Token> Tokenize(string text, bool keepSpaces = false)
    {
        var tokens = new List<Token>(text.Length / 4 + 4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetter(text[i]) || IsMark(text[i]))) i++;
                var word = text.AsSpan(start, i - start);
                tokens.Add(new Token { Kind = TokenKind.Word, Start = start, Length = i - start, Text = word.ToString(), Key = ToneKey.Of(word) });
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && char.IsDigit(text[i])) i++;
                var number = text.Substring(start, i - start);
                tokens.Add(new Token { Kind = TokenKind.Number, Start = start, Length = i - start, Text = number, Key = number });
            }
            else if (c == '\n')
            {
                i++;
                if (keepSpaces || tokens.Count == 0 || tokens[^1].Kind != TokenKind.NewLine)
                    tokens.Add(new Token { Kind = TokenKind.NewLine, Start = start, Length = 1, Text = "\n", Key = "\n" });
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
                while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\n') i++;
                if (keepSpaces) tokens.Add(new Token { Kind = TokenKind.Space, Start = start, Length = i - start, Text = " ", Key = " " });
            }
            else
            {
                i++;
                if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i])) i++;
                var punct = text.Substring(start, i - start);
                tokens.Add(new Token { Kind = TokenKind.Punct, Start = start, Length = i - start, Text = punct, Key = punct });
            }
        }
        return tokens;
    }

    private static bool IsMark(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
