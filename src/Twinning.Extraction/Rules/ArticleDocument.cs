using Twinning.Extraction.Text;
using Twinning.Extraction.Vocabulary;

namespace Twinning.Extraction.Rules;

internal readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End);

/// <summary>The cleaned text with its tokens and sentences: what every rule reads.</summary>
internal sealed class ArticleDocument
{
    public ArticleDocument(string text, ExtractionVocabulary vocabulary)
    {
        Text = text;
        Vocabulary = vocabulary;
        Tokens = Tokenizer.Tokenize(text);
        Sentences = SplitSentences(Tokens, text.Length);
    }

    public string Text { get; }
    public ExtractionVocabulary Vocabulary { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }

    public string Slice(int firstToken, int endToken) =>
        endToken <= firstToken ? "" : Text[Tokens[firstToken].Start..Tokens[endToken - 1].End];

    public TextSpan SpanOf(int firstToken, int endToken) =>
        TextSpan.FromBounds(Tokens[firstToken].Start, Tokens[endToken - 1].End);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Tokens[mid].Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public Sentence SentenceOf(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Sentences[mid].Start <= offset) lo = mid; else hi = mid - 1;
        }
        return Sentences[lo];
    }

    private static List<Sentence> SplitSentences(List<Token> tokens, int textLength)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var end = t.Kind == TokenKind.NewLine
                || (t.Kind == TokenKind.Punct && t.Text is "!" or "?")
                || (t.Kind == TokenKind.Punct && t.Text == "." && EndsSentence(tokens, i));
            if (!end) continue;
            if (i > first) sentences.Add(new Sentence(first, i + (t.Kind == TokenKind.NewLine ? 0 : 1), tokens[first].Start, t.Kind == TokenKind.NewLine ? t.Start : t.End));
            first = i + 1;
        }
        if (first < tokens.Count) sentences.Add(new Sentence(first, tokens.Count, tokens[first].Start, tokens[^1].End));
        if (sentences.Count == 0) sentences.Add(new Sentence(0, 0, 0, textLength));
        return sentences;
    }

    /// <summary>A full stop ends a sentence unless it closes an abbreviation ("TP.") or sits inside a number.</summary>
    private static bool EndsSentence(List<Token> tokens, int i)
    {
        if (i + 1 >= tokens.Count) return true;
        var next = tokens[i + 1];
        if (next.Start == tokens[i].End && next.Kind is TokenKind.Word or TokenKind.Number) return false; // VOV.VN, 17.11
        if (i > 0 && tokens[i - 1].Kind == TokenKind.Word && tokens[i - 1].IsAllCaps && tokens[i - 1].Length <= 3) return false; // TP. Hà Nội
        return next.Kind == TokenKind.NewLine || (next.Kind == TokenKind.Word && char.IsUpper(next.Text[0])) || next.Kind == TokenKind.Punct;
    }
}
