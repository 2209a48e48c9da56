using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Twinning.Features.Reports.Docx;

/// <summary>How a run of text looks: size in half-points, bold, italic.</summary>
public readonly record struct TextStyle(int Size, bool Bold = false, bool Italic = false);

/// <summary>The building blocks of a Decree 30 document: runs with the right fonts, and paragraphs.</summary>
public static class DocxText
{
    /// <summary>
    /// The text as runs, cut where the script changes: Lao stretches name the Lao font for every font
    /// slot (Word treats Lao as a complex script) and are tagged lo-LA, so Word and LibreOffice shape
    /// them with a font that has the letters instead of showing boxes.
    /// </summary>
    /// <param name="style">Null when the paragraph's style gives the look: plain runs then carry no properties.</param>
    public static IEnumerable<Run> Runs(string text, TextStyle? style)
    {
        var start = 0;
        var lao = text.Length > 0 && IsLao(text[0]);
        for (var i = 0; i < text.Length; i++)
        {
            // Spaces and punctuation-free breaks stay with the run they follow.
            if (char.IsWhiteSpace(text[i]) || IsLao(text[i]) == lao) continue;
            yield return Run(text[start..i], style, lao);
            (start, lao) = (i, !lao);
        }
        yield return Run(text[start..], style, lao);
    }

    public static bool IsLao(char c) => c is >= '\u0E80' and <= '\u0EFF';

    private static Run Run(string text, TextStyle? style, bool lao)
    {
        var content = new Text(text) { Space = SpaceProcessingModeValues.Preserve };
        if (style is null && !lao) return new Run(content);
        var properties = new RunProperties();
        if (lao) properties.Append(new RunFonts { Ascii = DecreeFormat.LaoFont, HighAnsi = DecreeFormat.LaoFont, ComplexScript = DecreeFormat.LaoFont, EastAsia = DecreeFormat.LaoFont });
        if (style is { } look)
        {
            if (look.Bold) properties.Append(new Bold(), new BoldComplexScript());
            if (look.Italic) properties.Append(new Italic(), new ItalicComplexScript());
            properties.Append(new FontSize { Val = look.Size.ToString() }, new FontSizeComplexScript { Val = look.Size.ToString() });
        }
        if (lao) properties.Append(new Languages { Bidi = "lo-LA" });
        return new Run(properties, content);
    }

    public static Paragraph Paragraph(string text, TextStyle style, JustificationValues justification,
        int firstLineIndent = 0, int spacingBefore = 0, int spacingAfter = DecreeFormat.SpacingAfter, ParagraphBorders? borders = null,
        int indentLeft = 0, int indentRight = 0, bool pageBreakBefore = false, bool keepNext = false, string? styleId = null)
    {
        var properties = new ParagraphProperties();
        if (styleId is not null) properties.Append(new ParagraphStyleId { Val = styleId });
        if (keepNext) properties.Append(new KeepNext());
        if (pageBreakBefore) properties.Append(new PageBreakBefore());
        if (borders is not null) properties.Append(borders);
        properties.Append(new SpacingBetweenLines { Before = spacingBefore.ToString(), After = spacingAfter.ToString(), Line = DecreeFormat.LineSpacing.ToString(), LineRule = LineSpacingRuleValues.Auto });
        if (firstLineIndent != 0 || indentLeft != 0 || indentRight != 0)
        {
            var indentation = new Indentation { Left = indentLeft.ToString(), Right = indentRight.ToString() };
            if (firstLineIndent != 0) indentation.FirstLine = firstLineIndent.ToString();
            properties.Append(indentation);
        }
        properties.Append(new Justification { Val = justification });
        var paragraph = new Paragraph(properties);
        paragraph.Append(Runs(text, style));
        return paragraph;
    }

    /// <summary>A solid rule under a paragraph: the short lines below the issuing body, the motto and the summary.</summary>
    public static ParagraphBorders RuleBelow() =>
        new(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" });

    /// <summary>An empty paragraph carrying only a rule, <paramref name="inset"/> twips in from each side.</summary>
    public static Paragraph Rule(int inset) =>
        Paragraph("", new TextStyle(8), JustificationValues.Center, spacingAfter: 60, borders: RuleBelow(), indentLeft: inset, indentRight: inset);
}
