using System.ComponentModel.DataAnnotations;

namespace Twinning.Web;

/// <summary>
/// An address a page will show as a link: absolute http or https only. A "javascript:" or "data:" address
/// would run or show whatever its author wrote when a reader clicks it. Empty is allowed (the field is optional).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public WebAddressAttribute() => ErrorMessage = "Validation.WebAddress";

    public static bool IsWebAddress(string? value) =>
        string.IsNullOrWhiteSpace(value)
        || Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);

    public override bool IsValid(object? value) => IsWebAddress(value as string);

    /// <summary>MVC localizes the messages of its own attributes only (through their adapters); this one asks the app's text itself.</summary>
    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (IsValid(value)) return ValidationResult.Success;
        var text = context.GetService(typeof(Microsoft.Extensions.Localization.IStringLocalizer)) as Microsoft.Extensions.Localization.IStringLocalizer;
        return new ValidationResult(text?[ErrorMessageString] ?? ErrorMessageString, context.MemberName is { } member ? [member] : null);
    }
}
