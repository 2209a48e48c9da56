using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Twinning.Extraction.Evaluation;

public sealed record FieldScore(string Field, double Precision, double Recall, double F1);

public sealed record ScoreReport(IReadOnlyList<FieldScore> Fields)
{
    public double MeanF1 => Fields.Average(f => f.F1);
    public FieldScore this[string field] => Fields.Single(f => f.Field == field);

    /// <summary>The same table score.py prints.</summary>
    public string ToTable()
    {
        var sb = new StringBuilder();
        sb.AppendLine(FormattableString.Invariant($"{"field",-12} {"P",6} {"R",6} {"F1",6}"));
        foreach (var f in Fields)
            sb.AppendLine(FormattableString.Invariant($"{f.Field,-12} {f.Precision,6:0.000} {f.Recall,6:0.000} {f.F1,6:0.000}"));
        sb.AppendLine(FormattableString.Invariant($"{"mean F1",-12} {"",6} {"",6} {MeanF1,6:0.000}"));
        return sb.ToString();
    }
}

/// <summary>
/// A port of shared/eval/score.py: micro-averaged precision, recall and F1 per field with the same
/// folding, greedy one-to-one matching and field definitions, so the two agree to the third decimal.
/// </summary>
public static partial class ExtractionScorer
{
    public static readonly string[] FieldNames = ["events", "event_dates", "people", "titles", "sides", "agreements", "projects", "published"];

    [GeneratedRegex(@"[^\w]+")]
    private static partial Regex NonWord();

    private sealed class Tally
    {
        public int Tp, Fp, Fn;
        public void Add((int Tp, int Fp, int Fn) t) { Tp += t.Tp; Fp += t.Fp; Fn += t.Fn; }
        public (double P, double R, double F) Prf()
        {
            var p = Tp + Fp > 0 ? (double)Tp / (Tp + Fp) : (Fn == 0 ? 1.0 : 0.0);
            var r = Tp + Fn > 0 ? (double)Tp / (Tp + Fn) : 1.0;
            var f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return (p, r, f);
        }
    }

    /// <summary>score.py's fold(): NFD, marks removed, đ→d, lowercase, non-word runs → one space.</summary>
    public static string Fold(string? text)
    {
        if (text is null) return "";
        var nfd = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(nfd.Length);
        foreach (var c in nfd)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        var s = sb.ToString().Replace('đ', 'd').Replace('Đ', 'D').ToLowerInvariant();
        s = NonWord().Replace(s, " ");
        return string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static HashSet<string> Tokens(string? text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    private static (int Tp, int Fp, int Fn, List<(JsonNode G, JsonNode P)> Pairs) Match(IList<JsonNode?> gold, IList<JsonNode?> pred, Func<JsonNode, JsonNode, bool> same)
    {
        var used = new HashSet<int>();
        var pairs = new List<(JsonNode, JsonNode)>();
        foreach (var g in gold)
        {
            for (var j = 0; j < pred.Count; j++)
            {
                if (used.Contains(j) || !same(g!, pred[j]!)) continue;
                used.Add(j);
                pairs.Add((g!, pred[j]!));
                break;
            }
        }
        return (pairs.Count, pred.Count - pairs.Count, gold.Count - pairs.Count, pairs);
    }

    private static string? Str(JsonNode? node, string key) => node?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    private static long? Num(JsonNode? node, string key) => node?[key] is JsonValue v && v.TryGetValue<long>(out var n) ? n : null;
    private static bool Truthy(string? s) => !string.IsNullOrEmpty(s);
    private static bool Truthy(long? n) => n is not null and not 0;
    private static IList<JsonNode?> List(JsonNode? node, string key) => node?[key] as JsonArray is { } a ? a.ToList() : [];

    private static HashSet<string> PersonKeys(JsonNode p)
    {
        var names = new List<string?> { Str(p, "name") };
        names.AddRange(List(p, "aliases").Select(a => a?.GetValue<string>()));
        return names.Where(Truthy).Select(Fold).ToHashSet();
    }

    private static bool SameAgreement(JsonNode g, JsonNode p)
    {
        var gs = Num(g, "start_year");
        if (Truthy(gs) && gs == Num(p, "start_year") && Num(g, "end_year") == Num(p, "end_year")) return true;
        return Truthy(Str(g, "signed")) && Str(g, "signed") == Str(p, "signed") && !Truthy(gs);
    }

    private static bool SameProject(JsonNode g, JsonNode p)
    {
        var a = Tokens(Str(g, "name"));
        var b = Tokens(Str(p, "name"));
        return a.Count > 0 && b.Count > 0 && (double)a.Intersect(b).Count() / a.Union(b).Count() >= 0.5;
    }

    private static bool SameTitle(JsonNode g, JsonNode p)
    {
        var a = Fold(g.GetValue<string>());
        var b = Fold(p.GetValue<string>());
        return a.Length > 0 && b.Length > 0 && (a == b || b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal));
    }

    /// <summary>Scores one folder of predictions against a folder of gold files (a missing prediction is empty).</summary>
    public static ScoreReport Score(string goldDir, string predDir)
    {
        var tallies = FieldNames.ToDictionary(f => f, _ => new Tally());
        foreach (var path in Directory.GetFiles(goldDir, "*.json").OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal))
        {
            var gold = Load(path)!;
            var pred = Load(Path.Combine(predDir, Path.GetFileName(path))) ?? new JsonObject();
            var ge = List(gold, "events");
            var pe = List(pred, "events");
            var t = Match(ge, pe, (g, p) => Str(g, "kind") == Str(p, "kind") && Str(g, "date") == Str(p, "date"));
            tallies["events"].Add((t.Tp, t.Fp, t.Fn));
            t = Match(ge, pe, (g, p) => Str(g, "date") == Str(p, "date"));
            tallies["event_dates"].Add((t.Tp, t.Fp, t.Fn));

            var people = Match(List(gold, "people"), List(pred, "people"), (g, p) => PersonKeys(g).Overlaps(PersonKeys(p)));
            tallies["people"].Add((people.Tp, people.Fp, people.Fn));
            foreach (var (g, p) in people.Pairs)
            {
                var titles = Match(List(g, "titles"), List(p, "titles"), SameTitle);
                tallies["titles"].Add((titles.Tp, titles.Fp, titles.Fn));
                var ok = Str(g, "side") == Str(p, "side");
                tallies["sides"].Add((ok ? 1 : 0, ok ? 0 : 1, ok ? 0 : 1));
            }
            foreach (var g in List(gold, "people"))
            {
                if (people.Pairs.Any(pair => ReferenceEquals(pair.G, g))) continue;
                tallies["titles"].Add((0, 0, List(g, "titles").Count));
                tallies["sides"].Add((0, 0, 1));
            }
            var agreements = Match(List(gold, "agreements"), List(pred, "agreements"), SameAgreement);
            tallies["agreements"].Add((agreements.Tp, agreements.Fp, agreements.Fn));
            var projects = Match(List(gold, "projects"), List(pred, "projects"), SameProject);
            tallies["projects"].Add((projects.Tp, projects.Fp, projects.Fn));

            var gp = Str(gold, "published");
            var pp = Str(pred, "published");
            if (Truthy(gp) || Truthy(pp))
            {
                var ok = gp == pp;
                tallies["published"].Add((ok ? 1 : 0, Truthy(pp) && !ok ? 1 : 0, Truthy(gp) && !ok ? 1 : 0));
            }
        }
        return new ScoreReport(FieldNames.Select(f => { var (p, r, f1) = tallies[f].Prf(); return new FieldScore(f, p, r, f1); }).ToList());
    }

    private static JsonNode? Load(string path) => File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
}
