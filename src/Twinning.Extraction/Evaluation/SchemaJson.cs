using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Twinning.Extraction.Evaluation;

/// <summary>
/// Writes an extraction in the schema of shared/eval/README.md (the gold's shape), plus the extras a
/// reviewer needs: spans into "text", whether a year was inferred, lexicon ids and organisations.
/// </summary>
public static partial class SchemaJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingDigits();

    /// <summary>The gold files' id for an input file: its leading digits ("000_x.txt" → "000"), else its name.</summary>
    public static string IdFor(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var digits = LeadingDigits().Match(stem);
        return digits.Success ? digits.Value : stem;
    }

    public static string ToJson(ArticleExtraction x, string id, string? source = null) => ToNode(x, id, source).ToJsonString(Indented);

    public static JsonObject ToNode(ArticleExtraction x, string id, string? source = null) => new()
    {
        ["id"] = id,
        ["source"] = source,
        ["published"] = x.Published is { } p ? Iso(p.Date) : null,
        ["events"] = new JsonArray(x.Events.Select(e => (JsonNode)new JsonObject
        {
            ["kind"] = Kind(e.Kind),
            ["date"] = Iso(e.Date.Date),
            ["end_date"] = e.EndDate is { } end ? Iso(end.Date) : null,
            ["place"] = e.Place,
            ["participants"] = Strings(e.Participants),
            ["year_inferred"] = e.Date.YearInferred,
            ["date_text"] = e.Date.Written,
            ["span"] = Span(e.Span),
        }).ToArray()),
        ["people"] = new JsonArray(x.People.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["aliases"] = Strings(p.Aliases),
            ["side"] = p.Side,
            ["titles"] = Strings(p.Titles.Select(t => t.Text)),
            ["lexicon_id"] = p.LexiconId,
            ["title_spans"] = new JsonArray(p.Titles.Select(t => (JsonNode)Span(t.Span)).ToArray()),
            ["mentions"] = new JsonArray(p.Mentions.Select(m => (JsonNode)Span(m)).ToArray()),
        }).ToArray()),
        ["agreements"] = new JsonArray(x.Agreements.Select(a => (JsonNode)new JsonObject
        {
            ["title"] = a.Title,
            ["start_year"] = a.StartYear,
            ["end_year"] = a.EndYear,
            ["signed"] = a.Signed is { } s ? Iso(s.Date) : null,
            ["span"] = Span(a.Span),
        }).ToArray()),
        ["projects"] = new JsonArray(x.Projects.Select(p => (JsonNode)new JsonObject
        {
            ["name"] = p.Name,
            ["funder"] = p.Funder,
            ["status"] = Status(p.Status),
            ["span"] = Span(p.Span),
        }).ToArray()),
        ["organisations"] = new JsonArray(x.Organisations.Select(o => (JsonNode)new JsonObject
        {
            ["name"] = o.Name,
            ["side"] = o.Side,
            ["span"] = Span(o.Span),
        }).ToArray()),
        ["notes"] = Strings(x.Notes),
        ["text"] = x.Text,
    };

    public static string Kind(EventKind kind) => kind.ToString().ToLowerInvariant();

    public static string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.Completed => "completed",
        ProjectStatus.InProgress => "in_progress",
        ProjectStatus.Proposed => "proposed",
        _ => "unknown",
    };

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray());
    private static JsonObject Span(TextSpan s) => new() { ["start"] = s.Start, ["length"] = s.Length };
}
