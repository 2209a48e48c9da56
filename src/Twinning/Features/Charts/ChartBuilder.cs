using Microsoft.Extensions.Localization;
using Twinning.Features.Activities;
using Twinning.Features.Partnerships;
using Twinning.Features.Projects;
using Twinning.Web;

namespace Twinning.Features.Charts;

/// <summary>The four charts of a partnership, in the language of <paramref name="t"/> (the current UI culture).</summary>
public static class ChartBuilder
{
    public static IReadOnlyList<Chart> All(ChartFacts facts, Partnership partnership, IStringLocalizer t) =>
    [
        ActivitiesPerYear(facts.Activities, t),
        VisitsPerYear(facts.Visits, partnership, t),
        .. ProjectBudgets(facts.Projects, t),
        CommitmentsByStatus(facts.Commitments, t),
    ];

    public static Chart ActivitiesPerYear(IEnumerable<ActivityFact> activities, IStringLocalizer t) =>
        Stack("chart-activities", t["Chart.ActivitiesPerYear"], t["Chart.ActivitiesPerYear.Desc"], t["Field.Year"],
            activities, a => a.Year.ToString(), a => a.Year, a => t.Enum(a.Kind), a => (int)a.Kind, a => a.Count);

    public static Chart VisitsPerYear(IEnumerable<VisitFact> visits, Partnership partnership, IStringLocalizer t) =>
        Stack("chart-visits", t["Chart.VisitsPerYear"], t["Chart.VisitsPerYear.Desc"], t["Field.Year"],
            visits, v => v.Year.ToString(), v => v.Year,
            v => $"{t.Direction(partnership, v.Direction)} · {(v.Level is { } level ? t.Enum(level) : t["Chart.LevelUnknown"].Value)}",
            v => (int)v.Direction * 100 + (v.Level is { } l ? (int)l : 99), v => v.Count);

    /// <summary>One chart per currency: budgets in different currencies cannot be added up.</summary>
    public static IEnumerable<Chart> ProjectBudgets(IEnumerable<ProjectFact> projects, IStringLocalizer t) =>
        projects.Where(p => p.Budget is not null && p.Currency is not null)
            .GroupBy(p => p.Currency!).OrderBy(g => g.Key)
            .Select(g => Stack($"chart-budgets-{g.Key.ToLowerInvariant()}", t["Chart.ProjectBudgets", g.Key], t["Chart.ProjectBudgets.Desc", g.Key], t["Project.Sector"],
                g, p => p.Sector ?? t["Chart.SectorUnknown"].Value, p => p.Sector is null ? 1 : 0,
                p => t.Enum(p.Status), p => (int)p.Status, p => p.Budget!.Value));

    public static Chart CommitmentsByStatus(IEnumerable<CommitmentFact> commitments, IStringLocalizer t) =>
        Stack("chart-commitments", t["Chart.CommitmentsByStatus"], t["Chart.CommitmentsByStatus.Desc"], t["Field.Area"],
            commitments, c => t.Enum(c.Area), c => (int)c.Area, c => t.Enum(c.Progress), c => (int)c.Progress, _ => 1);

    /// <summary>Groups rows into bars (categories) and segments (series), both in a stable order, summing <paramref name="value"/>.</summary>
    private static Chart Stack<T>(string id, string title, string description, string categoryLabel, IEnumerable<T> rows,
        Func<T, string> category, Func<T, IComparable> categoryOrder, Func<T, string> series, Func<T, int> seriesOrder, Func<T, decimal> value)
    {
        var list = rows.ToList();
        var categories = list.GroupBy(category).OrderBy(g => categoryOrder(g.First())).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        var index = categories.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var series2 = list.GroupBy(series).OrderBy(g => seriesOrder(g.First())).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) =>
            {
                var values = new decimal[categories.Count];
                foreach (var row in g) values[index[category(row)]] += value(row);
                return new ChartSeries(g.Key, values, ChartPalette.At(i));
            }).ToList();
        return new Chart(id, title, description, categoryLabel, categories, series2);
    }
}
