using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Twinning.Features.Charts;

/// <summary>
/// Draws a <see cref="Chart"/> as inline SVG on the server: no script and no style element or attribute
/// (the CSP forbids inline styles), only presentation attributes. The chart names itself with
/// title/desc for screen readers; the data table beside it (see _Chart.cshtml) is the full alternative.
/// </summary>
public static class SvgChart
{
    private const int Width = 560, PlotTop = 16, PlotHeight = 200, LegendRowHeight = 20;

    public static IHtmlContent Render(Chart chart) => new HtmlString(Markup(chart));

    public static string Markup(Chart chart)
    {
        var e = HtmlEncoder.Default;
        // Long series names (a direction and a level) get a legend row each, short ones share a row.
        var longest = chart.Series.Count == 0 ? 0 : chart.Series.Max(s => s.Name.Length);
        var legendColumns = longest > 26 ? 1 : longest > 14 ? 2 : 3;
        var legendRows = (chart.Series.Count + legendColumns - 1) / legendColumns;
        var max = NiceMax(chart.MaxTotal);
        // Category names that do not fit under their bar are slanted rather than cut short; the value
        // axis and a slanted first name need room on the left.
        var slanted = chart.Categories.Any(c => c.Length * 6.5 > (Width - 72.0) / Math.Max(1, chart.Categories.Count));
        var plotLeft = Math.Max(Number(max).Length * 7 + 14, slanted ? 96 : 40);
        var plotWidth = Width - plotLeft - 12;
        var slot = chart.Categories.Count == 0 ? plotWidth : (double)plotWidth / chart.Categories.Count;
        var axisLabelHeight = slanted ? 24 + (int)(Math.Min(22, chart.Categories.Max(c => c.Length)) * 4.2) : 36;
        var height = PlotTop + PlotHeight + axisLabelHeight + legendRows * LegendRowHeight + 8;
        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" ")
           .Append($"aria-labelledby=\"{chart.Id}-title {chart.Id}-desc\" font-family=\"sans-serif\" font-size=\"12\">")
           .Append($"<title id=\"{chart.Id}-title\">{e.Encode(chart.Title)}</title>")
           .Append($"<desc id=\"{chart.Id}-desc\">{e.Encode(chart.Description)}</desc>");

        // Value axis: five gridlines with their values.
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = PlotTop + PlotHeight - PlotHeight * i / 4;
            svg.Append($"<line x1=\"{plotLeft}\" y1=\"{y}\" x2=\"{plotLeft + plotWidth}\" y2=\"{y}\" stroke=\"#cccccc\" stroke-width=\"1\"/>")
               .Append($"<text x=\"{plotLeft - 6}\" y=\"{y + 4}\" text-anchor=\"end\" fill=\"#333333\">{Number(value)}</text>");
        }

        var barWidth = Math.Min(48, slot * 0.6);
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var x = plotLeft + slot * c + (slot - barWidth) / 2;
            double bottom = PlotTop + PlotHeight;
            foreach (var series in chart.Series)
            {
                var value = series.Values[c];
                if (value <= 0) continue;
                var h = max == 0 ? 0 : (double)(value / max) * PlotHeight;
                bottom -= h;
                svg.Append($"<rect x=\"{F(x)}\" y=\"{F(bottom)}\" width=\"{F(barWidth)}\" height=\"{F(h)}\" fill=\"#{series.Colour}\">")
                   .Append($"<title>{e.Encode($"{chart.Categories[c]} · {series.Name}: {Number(value)}")}</title></rect>");
            }
            var total = chart.TotalAt(c);
            if (total > 0)
                svg.Append($"<text x=\"{F(x + barWidth / 2)}\" y=\"{F(bottom - 4)}\" text-anchor=\"middle\" fill=\"#000000\">{Number(total)}</text>");
            var labelX = F(x + barWidth / 2);
            var labelY = PlotTop + PlotHeight + 16;
            svg.Append(slanted
                ? $"<text x=\"{labelX}\" y=\"{labelY}\" text-anchor=\"end\" transform=\"rotate(-40 {labelX} {labelY})\" fill=\"#333333\">{e.Encode(Shorten(chart.Categories[c], 150))}</text>"
                : $"<text x=\"{labelX}\" y=\"{labelY}\" text-anchor=\"middle\" fill=\"#333333\">{e.Encode(chart.Categories[c])}</text>");
        }
        svg.Append($"<line x1=\"{plotLeft}\" y1=\"{PlotTop + PlotHeight}\" x2=\"{plotLeft + plotWidth}\" y2=\"{PlotTop + PlotHeight}\" stroke=\"#333333\" stroke-width=\"1\"/>");

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var x = 8 + s % legendColumns * ((Width - 8) / legendColumns);
            var y = PlotTop + PlotHeight + axisLabelHeight + s / legendColumns * LegendRowHeight;
            svg.Append($"<rect x=\"{x}\" y=\"{y - 10}\" width=\"12\" height=\"12\" fill=\"#{chart.Series[s].Colour}\"/>")
               .Append($"<text x=\"{x + 18}\" y=\"{y}\" fill=\"#000000\">{e.Encode(Shorten(chart.Series[s].Name, (Width - 8.0) / legendColumns - 24))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A round top for the value axis, so its four gridlines fall on readable whole numbers.</summary>
    internal static decimal NiceMax(decimal max)
    {
        var quarter = max / 4;
        if (quarter <= 1) return 4;
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)quarter)));
        var step = new[] { 1m, 2m, 2.5m, 5m, 10m }.First(s => s * magnitude >= quarter);
        return 4 * Math.Ceiling(step * magnitude);
    }

    /// <summary>Labels longer than the room under a bar are cut with an ellipsis; the full text is in the table.</summary>
    private static string Shorten(string text, double room)
    {
        var fits = Math.Max(4, (int)(room / 7));
        return text.Length <= fits ? text : text[..(fits - 1)] + "…";
    }

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
