using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Twinning.Features.Charts;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Twinning.Features.Reports.Docx;

/// <summary>
/// A <see cref="Chart"/> as a native Word chart (a chart part): Word and LibreOffice both draw it from
/// the values cached in the part, and it stays sharp when printed. There is no embedded workbook —
/// the figures come from the record, not from a spreadsheet an officer could edit out of step.
/// </summary>
public static class DocxChart
{
    private const long Width = 5_760_000, Height = 3_240_000; // 16 × 9 cm in EMU

    public static W.Paragraph Add(MainDocumentPart main, Chart chart, uint drawingId)
    {
        var part = main.AddNewPart<ChartPart>();
        part.ChartSpace = Space(chart);
        var relationshipId = main.GetIdOfPart(part);

        var inline = new DW.Inline(
            new DW.Extent { Cx = Width, Cy = Height },
            new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new DW.DocProperties { Id = drawingId, Name = $"Chart {drawingId}", Title = chart.Title, Description = chart.Description },
            new DW.NonVisualGraphicFrameDrawingProperties(),
            new A.Graphic(new A.GraphicData(new C.ChartReference { Id = relationshipId }) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart" }))
        { DistanceFromTop = 0, DistanceFromBottom = 0, DistanceFromLeft = 0, DistanceFromRight = 0 };
        return new W.Paragraph(
            new W.ParagraphProperties(new W.SpacingBetweenLines { After = "240" }, new W.Justification { Val = W.JustificationValues.Center }),
            new W.Run(new W.Drawing(inline)));
    }

    private static C.ChartSpace Space(Chart chart)
    {
        var bars = new C.BarChart(
            new C.BarDirection { Val = C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Stacked },
            new C.VaryColors { Val = false });
        for (var s = 0; s < chart.Series.Count; s++) bars.Append(Series(chart, s));
        bars.Append(new C.GapWidth { Val = 80 }, new C.Overlap { Val = 100 }, new C.AxisId { Val = 1 }, new C.AxisId { Val = 2 });

        return new C.ChartSpace(
            new C.EditingLanguage { Val = "vi-VN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.AutoTitleDeleted { Val = true }, // the caption above the chart is its title
                new C.PlotArea(
                    new C.Layout(),
                    bars,
                    new C.CategoryAxis(
                        new C.AxisId { Val = 1 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Bottom }, new C.NumberingFormat { FormatCode = "General", SourceLinked = false },
                        new C.MajorTickMark { Val = C.TickMarkValues.Outside }, new C.MinorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 2 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.AutoLabeled { Val = true },
                        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center }, new C.LabelOffset { Val = 100 }),
                    new C.ValueAxis(
                        new C.AxisId { Val = 2 }, new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }), new C.Delete { Val = false },
                        new C.AxisPosition { Val = C.AxisPositionValues.Left }, new C.MajorGridlines(),
                        new C.NumberingFormat { FormatCode = "#,##0", SourceLinked = false },
                        new C.MajorTickMark { Val = C.TickMarkValues.Outside }, new C.MinorTickMark { Val = C.TickMarkValues.None },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo }, new C.CrossingAxis { Val = 1 },
                        new C.Crosses { Val = C.CrossesValues.AutoZero }, new C.CrossBetween { Val = C.CrossBetweenValues.Between })),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }),
            new C.TextProperties(new A.BodyProperties(), new A.ListStyle(),
                new A.Paragraph(new A.ParagraphProperties(new A.DefaultRunProperties(new A.LatinFont { Typeface = DecreeFormat.Font }) { FontSize = 1000 }),
                    new A.EndParagraphRunProperties { Language = "vi-VN" })));
    }

    private static C.BarChartSeries Series(Chart chart, int index)
    {
        var series = chart.Series[index];
        var column = ColumnName(index + 1);
        var categories = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var c = 0; c < chart.Categories.Count; c++)
            categories.Append(new C.StringPoint(new C.NumericValue(chart.Categories[c])) { Index = (uint)c });
        var values = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var c = 0; c < chart.Categories.Count; c++)
            values.Append(new C.NumericPoint(new C.NumericValue(series.Values[c].ToString(System.Globalization.CultureInfo.InvariantCulture))) { Index = (uint)c });

        return new C.BarChartSeries(
            new C.Index { Val = (uint)index },
            new C.Order { Val = (uint)index },
            new C.SeriesText(new C.StringReference(new C.Formula($"Sheet1!${column}$1"),
                new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(series.Name)) { Index = 0 }))),
            new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = series.Colour })),
            new C.InvertIfNegative { Val = false },
            new C.CategoryAxisData(new C.StringReference(new C.Formula($"Sheet1!$A$2:$A${chart.Categories.Count + 1}"), categories)),
            new C.Values(new C.NumberReference(new C.Formula($"Sheet1!${column}$2:${column}${chart.Categories.Count + 1}"), values)));
    }

    /// <summary>Spreadsheet column letters (B, C… AA): the cached series name their cells as Word expects.</summary>
    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
