namespace Twinning.Features.Editing;

/// <summary>What every record form does with what was typed, written once.</summary>
public static class FormText
{
    /// <summary>Stored text is trimmed and in NFC, whatever the keyboard produced; blank becomes null.</summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim().Normalize(System.Text.NormalizationForm.FormC);

    /// <summary>
    /// "Use the saved value" in the conflict view: copies one named field of the saved version into the
    /// form. The version is never copied, so the next save is still checked against the current one.
    /// </summary>
    public static void TakeField<T>(T form, T saved, string field) where T : class
    {
        var property = typeof(T).GetProperty(field);
        if (property is { CanWrite: true } && property.Name != "Version") property.SetValue(form, property.GetValue(saved));
    }
}
