using DocumentFormat.OpenXml.Wordprocessing;

namespace Twinning.Features.Reports.Docx;

/// <summary>
/// The document's styles: Times New Roman 14 pt by default (a Lao font in every slot for a Lao document),
/// the heading styles, the list item and the two styles of table cells.
/// </summary>
public static class DocxStyles
{
    public const string TableText = "TableText", TableNumber = "TableNumber", ListItem = "ListItem", Heading1 = "Heading1", Heading2 = "Heading2";

    /// <summary>
    /// Word takes Lao as a complex script: its letters are set in the w:cs font and shaped by the w:bidi
    /// language. A Lao document makes the Lao font its complex-script (and east-Asian) default, so any Lao
    /// text is drawn with Lao letters even without run properties of its own; Latin text keeps Times New
    /// Roman, which the Lao fonts lack the Vietnamese letters of (a record with no Lao title shows its
    /// Vietnamese one). Lao runs also name the Lao font in every slot (see DocxText).
    /// </summary>
    public static RunFonts DefaultFonts(string language) => language == "lo"
        ? new RunFonts { Ascii = DecreeFormat.Font, HighAnsi = DecreeFormat.Font, ComplexScript = DecreeFormat.LaoFont, EastAsia = DecreeFormat.LaoFont }
        : new RunFonts { Ascii = DecreeFormat.Font, HighAnsi = DecreeFormat.Font, ComplexScript = DecreeFormat.Font, EastAsia = DecreeFormat.Font };

    public static Styles Create(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                DefaultFonts(language),
                new Color { Val = "000000" },
                new FontSize { Val = DecreeFormat.SizeBody.ToString() }, new FontSizeComplexScript { Val = DecreeFormat.SizeBody.ToString() },
                new Languages { Val = language switch { "vi" => "vi-VN", "lo" => "lo-LA", _ => "en-GB" }, Bidi = "lo-LA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = DecreeFormat.SpacingAfter.ToString(), Line = DecreeFormat.LineSpacing.ToString(), LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        // A point of a list ("- …"): body text, justified, with the 1 cm first-line indent.
        new Style(new StyleName { Val = "List item" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new Indentation { FirstLine = DecreeFormat.FirstLineIndent.ToString() }, new Justification { Val = JustificationValues.Both }))
        { Type = StyleValues.Paragraph, StyleId = ListItem },
        HeadingStyle(Heading1, "heading 1", 0),
        HeadingStyle(Heading2, "heading 2", 1),
        TableStyle(TableText, "Table text", JustificationValues.Left),
        TableStyle(TableNumber, "Table number", JustificationValues.Right));

    /// <summary>Only the outline level: the look is set on the heading paragraphs themselves, as Decree 30 gives it.</summary>
    private static Style HeadingStyle(string id, string name, int level) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level }))
        { Type = StyleValues.Paragraph, StyleId = id };

    private static Style TableStyle(string id, string name, JustificationValues justification) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = justification }),
            new StyleRunProperties(new FontSize { Val = DecreeFormat.SizeTable.ToString() }, new FontSizeComplexScript { Val = DecreeFormat.SizeTable.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
