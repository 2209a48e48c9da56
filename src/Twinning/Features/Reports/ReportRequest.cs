using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Reports;

/// <summary>
/// What the officer asks for: an agreement or a date range of one partnership, the language, and the
/// header details the record cannot know (the issuing body, the number). Bound from the query string,
/// so the HTML view and the DOCX of one choice share one address but for the handler.
/// </summary>
public sealed class ReportRequest : IValidatableObject
{
    public int? Agreement { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    [RegularExpression("^(vi|en|lo)$", ErrorMessage = "Report.Error.Language")]
    public string Language { get; set; } = "vi";

    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Report.ParentBody")] public string? ParentBody { get; set; }
    [StringLength(200, ErrorMessage = "Validation.Length"), Display(Name = "Report.IssuingBody")] public string? IssuingBody { get; set; }

    /// <summary>The number is given when the document is registered; blank leaves room to write it in.</summary>
    [Range(1, 99999, ErrorMessage = "Validation.Range"), Display(Name = "Report.NumberField")] public int? Number { get; set; }

    /// <summary>The issuing body's abbreviation in the symbol: after "BC-" in Vietnamese (UBND), after the number in Lao (ຈນ).</summary>
    [RegularExpression("^[A-ZĐ0-9\u0E80-\u0EFF]{1,20}$", ErrorMessage = "Report.Error.Symbol")]
    public string? Symbol { get; set; }

    [StringLength(100, ErrorMessage = "Validation.Length"), Display(Name = "Report.Place")] public string? Place { get; set; }
    public DateOnly? Date { get; set; }

    public bool IsEmpty => Agreement is null && From is null && To is null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetService(typeof(IStringLocalizer)) as IStringLocalizer;
        string Text(string key) => t?[key].Value ?? key;
        if (From is { } from && To is { } to && from > to)
            yield return new ValidationResult(Text("Report.Error.Range"), [nameof(From), nameof(To)]);
        if (Agreement is null && (From is null || To is null) && !IsEmpty)
            yield return new ValidationResult(Text("Report.Error.Scope"), [nameof(From), nameof(To)]);
    }
}
