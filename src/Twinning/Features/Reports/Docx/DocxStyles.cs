using DocumentFormat.OpenXml.Wordprocessing;

namespace Twinning.Features.Reports.Docx;

/// <summary>The document's styles: Times New Roman 14 pt by default, and the two styles of table cells.</summary>
public static class DocxStyles
{
    public const string TableText = "TableText", TableNumber = "TableNumber", ListItem = "ListItem";

    public static Styles Create(string language) => new(
        new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = DecreeFormat.Font, HighAnsi = DecreeFormat.Font, ComplexScript = DecreeFormat.Font, EastAsia = DecreeFormat.Font },
                new Color { Val = "000000" },
                new FontSize { Val = DecreeFormat.SizeBody.ToString() }, new FontSizeComplexScript { Val = DecreeFormat.SizeBody.ToString() },
                new Languages { Val = language == "vi" ? "vi-VN" : "en-GB", Bidi = "lo-LA" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                new SpacingBetweenLines { After = DecreeFormat.SpacingAfter.ToString(), Line = DecreeFormat.LineSpacing.ToString(), LineRule = LineSpacingRuleValues.Auto }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        // A point of a list ("- …"): body text, justified, with the 1 cm first-line indent.
        new Style(new StyleName { Val = "List item" }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new Indentation { FirstLine = DecreeFormat.FirstLineIndent.ToString() }, new Justification { Val = JustificationValues.Both }))
        { Type = StyleValues.Paragraph, StyleId = ListItem },
        TableStyle(TableText, "Table text", JustificationValues.Left),
        TableStyle(TableNumber, "Table number", JustificationValues.Right));

    private static Style TableStyle(string id, string name, JustificationValues justification) =>
        new(new StyleName { Val = name }, new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }, new Justification { Val = justification }),
            new StyleRunProperties(new FontSize { Val = DecreeFormat.SizeTable.ToString() }, new FontSizeComplexScript { Val = DecreeFormat.SizeTable.ToString() }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
