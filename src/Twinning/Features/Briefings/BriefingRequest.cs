using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Briefings;

/// <summary>
/// Who the meeting is with, on what day, and in which language the pack is written. Bound from the
/// query string, so the page and the DOCX of one choice share one address but for the handler.
/// </summary>
public sealed class BriefingRequest : IValidatableObject
{
    /// <summary>A pack is read before one meeting: a handful of counterparts, not a directory.</summary>
    public const int MaxPeople = 10;

    public List<int> People { get; set; } = [];

    /// <summary>The meeting day; today when not given.</summary>
    public DateOnly? Date { get; set; }

    [RegularExpression("^(vi|en|lo)$", ErrorMessage = "Briefing.Error.Language")]
    public string Language { get; set; } = "vi";

    public bool IsEmpty => People.Count == 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var t = validationContext.GetService(typeof(IStringLocalizer)) as IStringLocalizer;
        string Text(string key) => t?[key].Value ?? key;
        if (People.Distinct().Count() > MaxPeople)
            yield return new ValidationResult(Text("Briefing.Error.TooMany"), [nameof(People)]);
        if (People.Any(id => id <= 0))
            yield return new ValidationResult(Text("Briefing.Error.Person"), [nameof(People)]);
    }
}
