using System.Globalization;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Exports;
using Twinning.Features.Projects;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// One column the import reads into a record: its name (the export's, "start_date"), the kind of value it
/// takes (for the template's validation) and how a cell is put onto the record. Apply returns the error in
/// the reader's language ("31/02/2024 is not a date") or null; an empty cell leaves the field as it is.
/// </summary>
public sealed record ImportField<T>(string Name, FieldKind Kind, Func<T, SheetCell, CellReading, string?> Apply, Type? Choices = null, bool Required = false);

/// <summary>What a column holds, so the template can give it a date format or a list to pick from.</summary>
public enum FieldKind { Text, Date, Choice, Number, Commitments }

/// <summary>Turns cells into values, with the reader's words for what is wrong with one.</summary>
/// <param name="commitments">The partnership's commitments by the identity their labels start with (see <see cref="CommitmentLabel"/>).</param>
public sealed class CellReading(IStringLocalizer t, SheetWords words, IReadOnlyDictionary<string, Agreements.Commitment> commitments)
{
    /// <summary>Dates typed as text are read in these forms only: day before month, as both offices write them, or ISO.</summary>
    private static readonly string[] DateForms = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy"];

    public IStringLocalizer T => t;

    public (DateOnly? Date, string? Error) Date(SheetCell cell)
    {
        if (cell.Number is { } serial)
            return cell.IsDate && serial is >= 1 and < 2958466 ? (DateOnly.FromDateTime(DateTime.FromOADate(serial)), null) : (null, NotADate(cell));
        return DateOnly.TryParseExact(cell.Text, DateForms, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date, null) : (null, NotADate(cell));
    }

    public (TEnum? Value, string? Error) Choice<TEnum>(SheetCell cell) where TEnum : struct, Enum =>
        words.Member<TEnum>(cell.Text) is { } member ? (member, null)
            : (null, t["Spreadsheets.Error.NotAChoice", cell.Text, string.Join("; ", Enum.GetValues<TEnum>().Select(m => t[ExportLanguage.EnumKey(m)].Value))]);

    public (int? Value, string? Error) Whole(SheetCell cell)
    {
        if (cell.Number is { } n && n == Math.Floor(n) && n is >= 0 and <= int.MaxValue) return ((int)n, null);
        return int.TryParse(cell.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0
            ? (i, null) : (null, t["Spreadsheets.Error.NotAWholeNumber", cell.Text]);
    }

    public (decimal? Value, string? Error) Amount(SheetCell cell)
    {
        if (cell.Number is { } n && n >= 0) return ((decimal)n, null);
        return decimal.TryParse(cell.Text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) && d >= 0
            ? (d, null) : (null, t["Spreadsheets.Error.NotAnAmount", cell.Text]);
    }

    /// <summary>The commitments a cell names, one or several separated by "; ", each one of the partnership's.</summary>
    public (List<Agreements.Commitment>? Value, string? Error) Commitments(SheetCell cell)
    {
        var found = new List<Agreements.Commitment>();
        foreach (var label in CommitmentLabel.Split(cell.Text))
        {
            if (!commitments.TryGetValue(CommitmentLabel.IdentityIn(label), out var commitment))
                return (null, t["Spreadsheets.Error.NotACommitment", label]);
            if (!found.Contains(commitment)) found.Add(commitment);
        }
        return (found, null);
    }

    public string? Length(string text, int max) => text.Length > max ? t["Spreadsheets.Error.TooLong", max].Value : null;

    private string NotADate(SheetCell cell) => t["Spreadsheets.Error.NotADate", cell.Number is { } n && !cell.IsDate ? n.ToString(CultureInfo.CurrentCulture) : cell.Text];
}

/// <summary>Builders of the import's fields, one per kind of value.</summary>
public static class Field
{
    public static ImportField<T> Text<T>(string name, Action<T, string> set, int max) =>
        new(name, FieldKind.Text, (x, cell, read) => read.Length(cell.Text, max) ?? Set(() => set(x, cell.Text)));

    /// <summary>The three columns of a text kept in three languages (title_vi, title_en, title_lo).</summary>
    public static IEnumerable<ImportField<T>> Localized<T>(string name, Func<T, LocalizedText?> get, Action<T, LocalizedText> set, int max, bool vietnameseRequired = false) =>
        ExportLanguage.TextLanguages.Select(language => new ImportField<T>($"{name}_{language}", FieldKind.Text, (x, cell, read) =>
        {
            if (read.Length(cell.Text, max) is { } error) return error;
            var text = get(x) ?? new LocalizedText();
            switch (language)
            {
                case "vi": text.Vi = cell.Text; break;
                case "en": text.En = cell.Text; break;
                default: text.Lo = cell.Text; break;
            }
            set(x, text);
            return null;
        }, Required: vietnameseRequired && language == "vi"));

    public static ImportField<T> Date<T>(string name, Action<T, DateOnly?> set) =>
        new(name, FieldKind.Date, (x, cell, read) => read.Date(cell) is ({ } date, _) ? Set(() => set(x, date)) : read.Date(cell).Error);

    public static ImportField<T> Choice<T, TEnum>(string name, Action<T, TEnum> set) where TEnum : struct, Enum =>
        new(name, FieldKind.Choice, (x, cell, read) => read.Choice<TEnum>(cell) is ({ } value, _) ? Set(() => set(x, value)) : read.Choice<TEnum>(cell).Error, typeof(TEnum));

    public static ImportField<T> Whole<T>(string name, Action<T, int?> set) =>
        new(name, FieldKind.Number, (x, cell, read) => read.Whole(cell) is ({ } value, _) ? Set(() => set(x, value)) : read.Whole(cell).Error);

    public static ImportField<T> Amount<T>(string name, Action<T, decimal?> set) =>
        new(name, FieldKind.Number, (x, cell, read) => read.Amount(cell) is ({ } value, _) ? Set(() => set(x, value)) : read.Amount(cell).Error);

    public static ImportField<T> Commitments<T>(string name) where T : Activities.Activity =>
        new(name, FieldKind.Commitments, (x, cell, read) => read.Commitments(cell) is ({ } list, _) ? Set(() => x.Commitments = list) : read.Commitments(cell).Error);

    public static ImportField<T> Currency<T>(string name, Action<T, string> set) =>
        new(name, FieldKind.Text, (x, cell, read) => Currencies.IsIso4217(cell.Text.ToUpperInvariant())
            ? Set(() => set(x, cell.Text.ToUpperInvariant())) : read.T["Spreadsheets.Error.NotACurrency", cell.Text].Value);

    private static string? Set(Action set)
    {
        set();
        return null;
    }
}
