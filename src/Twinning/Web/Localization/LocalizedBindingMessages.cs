using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Twinning.Web.Localization;

/// <summary>
/// The framework's own model-binding messages ("The value 'abc' is not valid for Year.") in the
/// reader's language: they reach readers on the 400 page of a bad address and next to form fields.
/// The localizer reads the request's UI culture when a message is made, so one setup serves all languages.
/// </summary>
public sealed class LocalizedBindingMessages(IStringLocalizer t) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => t["Binding.ValueInvalidFor", value, field]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => t["Binding.ValueInvalid", value]);
        m.SetUnknownValueIsInvalidAccessor(field => t["Binding.UnknownValueFor", field]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => t["Binding.UnknownValue"]);
        m.SetValueIsInvalidAccessor(value => t["Binding.ValueInvalid", value]);
        m.SetValueMustBeANumberAccessor(field => t["Binding.NumberFor", field]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => t["Binding.Number"]);
        m.SetValueMustNotBeNullAccessor(value => t["Binding.Required", value]);
        m.SetMissingBindRequiredValueAccessor(field => t["Binding.Required", field]);
        m.SetMissingKeyOrValueAccessor(() => t["Binding.MissingValue"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => t["Binding.MissingValue"]);
    }
}
