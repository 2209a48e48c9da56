namespace Twinning.Features.Charts;

/// <summary>
/// A stacked bar chart as data: one bar per category, one coloured segment per series. Built once from
/// the record and drawn twice: as SVG on pages (<see cref="SvgChart"/>) and as a native Word chart in
/// the report (Reports/DocxChart), so the two can never show different figures.
/// </summary>
public sealed record Chart(string Id, string Title, string Description, string CategoryLabel,
    IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series)
{
    public bool IsEmpty => Categories.Count == 0 || Series.Count == 0;

    /// <summary>The height of the tallest bar: the scale of the value axis.</summary>
    public decimal MaxTotal => Categories.Count == 0 ? 0 : Enumerable.Range(0, Categories.Count).Max(TotalAt);

    public decimal TotalAt(int category) => Series.Sum(s => s.Values[category]);
}

/// <summary>One segment kind of the bars, with a value for every category (0 where there is none).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values, string Colour);

/// <summary>Colours that stay apart for readers with the common colour-vision deficiencies (Okabe–Ito).</summary>
public static class ChartPalette
{
    private static readonly string[] Colours = ["0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00", "F0E442", "000000"];

    public static string At(int index) => Colours[index % Colours.Length];
}
