using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Twinning.Features.Api;

/// <summary>
/// The forms' validation for API input: the same DataAnnotations on the same input classes, with the
/// messages in the caller's language (the forms' resources), keyed by field name.
/// </summary>
public static class ApiValidation
{
    public static Dictionary<string, string[]> Errors(object input, IStringLocalizer t, ModelStateDictionary? more = null)
    {
        var errors = new Dictionary<string, List<string>>();
        foreach (var property in input.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(input);
            var label = property.GetCustomAttribute<DisplayAttribute>()?.Name is { } name ? t[name].Value : property.Name;
            // Fresh attribute instances per call, so setting the message does not leak into the forms.
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>(inherit: true))
            {
                if (attribute.IsValid(value)) continue;
                if (attribute.ErrorMessage is { } key) attribute.ErrorMessage = t[key];
                Add(errors, property.Name, attribute.FormatErrorMessage(label));
            }
        }
        if (more is not null)
            foreach (var (key, entry) in more)
                foreach (var error in entry.Errors)
                    Add(errors, key.StartsWith("Input.", StringComparison.Ordinal) ? key["Input.".Length..] : key, error.ErrorMessage);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }
}
