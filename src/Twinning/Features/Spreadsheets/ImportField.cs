using System.Globalization;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Exports;
using Twinning.Features.Projects;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// One column the import reads into a record: its name (the export's, "start_date"), the kind of value it
/// takes (for the template's validation), how a cell is put onto the record, and how the record's value reads
/// (to show a changed row's "before → after", and to tell whether it changed at all). Apply returns the error
/// in the reader's language ("31/02/2024 is not a date") or null. A blank cell is never applied: in a bulk
/// update a blank leaves the record's value as it is. <paramref name="GivesWayTo"/> names a column that, when
/// the row fills it, is read instead of this one (a linked record's ID before its name).
/// </summary>
public sealed record ImportField<T>(string Name, FieldKind Kind, Func<T, SheetCell, CellReading, string?> Apply, Func<T, CellReading, string?> Show,
    Type? Choices = null, bool Required = false, string? GivesWayTo = null);

/// <summary>What a column holds, so the template can give it a date format or a list to pick from.</summary>
public enum FieldKind { Text, Date, Choice, Number, Commitments }

/// <summary>Turns cells into values, with the reader's words for what is wrong with one.</summary>
/// <param name="commitments">The partnership's commitments by the identity their labels start with (see <see cref="CommitmentLabel"/>).</param>
/// <param name="directory">The people and organisations cells may name.</param>
public sealed class CellReading(IStringLocalizer t, SheetWords words, IReadOnlyDictionary<string, Agreements.Commitment> commitments, RecordDirectory directory)
{
    /// <summary>Dates typed as text are read in these forms only: day before month, as both offices write them, or ISO.</summary>
    private static readonly string[] DateForms = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "dd.MM.yyyy", "d.M.yyyy", "dd-MM-yyyy"];

    public IStringLocalizer T => t;
    public RecordDirectory Directory => directory;

    /// <summary>The record the row being read already is, if any: a name fitting several is taken as the one it links to now.</summary>
    public Data.Record? Current { get; set; }

    public string Word(Enum member) => t[ExportLanguage.EnumKey(member)];

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
    public static ImportField<T> Text<T>(string name, Func<T, string?> get, Action<T, string> set, int max) =>
        new(name, FieldKind.Text, (x, cell, read) => read.Length(cell.Text, max) ?? Set(() => set(x, cell.Text)), (x, _) => get(x));

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
        }, (x, _) => language switch { "vi" => get(x)?.Vi, "en" => get(x)?.En, _ => get(x)?.Lo }, Required: vietnameseRequired && language == "vi"));

    public static ImportField<T> Date<T>(string name, Func<T, DateOnly?> get, Action<T, DateOnly?> set) =>
        new(name, FieldKind.Date, (x, cell, read) => read.Date(cell) is ({ } date, _) ? Set(() => set(x, date)) : read.Date(cell).Error,
            (x, _) => get(x)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static ImportField<T> Choice<T, TEnum>(string name, Func<T, TEnum> get, Action<T, TEnum> set, bool required = false) where TEnum : struct, Enum =>
        new(name, FieldKind.Choice, (x, cell, read) => read.Choice<TEnum>(cell) is ({ } value, _) ? Set(() => set(x, value)) : read.Choice<TEnum>(cell).Error,
            (x, read) => read.Word(get(x)), typeof(TEnum), required);

    public static ImportField<T> Whole<T>(string name, Func<T, int?> get, Action<T, int?> set) =>
        new(name, FieldKind.Number, (x, cell, read) => read.Whole(cell) is ({ } value, _) ? Set(() => set(x, value)) : read.Whole(cell).Error,
            (x, _) => get(x)?.ToString(CultureInfo.InvariantCulture));

    public static ImportField<T> Amount<T>(string name, Func<T, decimal?> get, Action<T, decimal?> set) =>
        new(name, FieldKind.Number, (x, cell, read) => read.Amount(cell) is ({ } value, _) ? Set(() => set(x, value)) : read.Amount(cell).Error,
            // 2500000 and 2500000.00 are one amount: the database may keep a scale the spreadsheet drops.
            (x, _) => get(x)?.ToString("0.############", CultureInfo.InvariantCulture));

    public static ImportField<T> Commitments<T>(string name) where T : Activities.Activity =>
        new(name, FieldKind.Commitments, (x, cell, read) => read.Commitments(cell) is ({ } list, _) ? Set(() => Sync(x.Commitments, list)) : read.Commitments(cell).Error,
            (x, _) => Joined(x.Commitments.Select(CommitmentLabel.Identity)));

    public static ImportField<T> Currency<T>(string name, Func<T, string?> get, Action<T, string> set) =>
        new(name, FieldKind.Text, (x, cell, read) => Currencies.IsIso4217(cell.Text.ToUpperInvariant())
            ? Set(() => set(x, cell.Text.ToUpperInvariant())) : read.T["Spreadsheets.Error.NotACurrency", cell.Text].Value, (x, _) => get(x));

    /// <summary>The side a person or body belongs to, as the forms take it: a two-letter ISO 3166 code ("VN", "LA").</summary>
    public static ImportField<T> Country<T>(string name, Func<T, string?> get, Action<T, string> set) =>
        new(name, FieldKind.Text, (x, cell, read) => CountryCode.IsValid(cell.Text.ToUpperInvariant())
            ? Set(() => set(x, cell.Text.ToUpperInvariant())) : read.T["Spreadsheets.Error.NotACountry", cell.Text].Value, (x, _) => get(x), Required: true);

    /// <summary>A person's other spellings, separated by "; " as the export writes them: the cell is the whole list.</summary>
    public static ImportField<People.Person> Aliases(string name) =>
        new(name, FieldKind.Text, (person, cell, read) =>
        {
            var wanted = Split(cell.Text).ToList();
            if (wanted.FirstOrDefault(a => a.Length > 200) is { } tooLong) return read.Length(tooLong, 200);
            person.Aliases.RemoveAll(a => !wanted.Contains(a.Name));
            foreach (var alias in wanted.Where(w => person.Aliases.All(a => a.Name != w)))
                person.Aliases.Add(new People.PersonAlias { Name = alias });
            return null;
        }, (person, _) => Joined(person.Aliases.Select(a => a.Name)));

    /// <summary>
    /// A linked person as the export writes one: "leader_id" (the ID) and "leader" (the name). Either names the
    /// person; when both are filled the ID is read. The name must fit exactly one person the user may read.
    /// </summary>
    public static IEnumerable<ImportField<T>> Person<T>(string name, Func<T, int?> get, Action<T, int?> set) =>
        Link(name, get, set, (read, text, current) => read.Directory.Person(text, current), (read, id) => read.Directory.PersonLabel(id));

    /// <summary>A linked organisation ("funder_id" and "funder"), read as <see cref="Person{T}"/> reads a person.</summary>
    public static IEnumerable<ImportField<T>> Organisation<T>(string name, Func<T, int?> get, Action<T, int?> set) =>
        Link(name, get, set, (read, text, current) => read.Directory.Organisation(text, current), (read, id) => read.Directory.OrganisationLabel(id));

    /// <summary>An activity's participants: people by ID or name, separated by "; ". Those already taking part keep their role and title.</summary>
    public static ImportField<T> Participants<T>(string name) where T : Activities.Activity =>
        new(name, FieldKind.Text, (x, cell, read) =>
        {
            var current = (read.Current as Activities.Activity)?.Participants.Select(p => p.PersonId).ToList() ?? [];
            var ids = new List<int>();
            foreach (var text in Split(cell.Text))
            {
                var (id, error) = read.Directory.Person(text, current);
                if (error is not null) return error;
                ids.Add(id!.Value);
            }
            Activities.ActivityParticipant.Sync(x.Participants, ids);
            return null;
        }, (x, read) => Joined(x.Participants.Select(p => read.Directory.PersonLabel(p.PersonId))));

    /// <summary>An event's organisers: organisations by ID or name, separated by "; " as the export writes them.</summary>
    public static ImportField<Events.PromotionEvent> Organisers(string name) =>
        new(name, FieldKind.Text, (x, cell, read) =>
        {
            var current = (read.Current as Events.PromotionEvent)?.Organisers.Select(o => o.Id).ToList() ?? [];
            var ids = new List<int>();
            foreach (var text in Split(cell.Text))
            {
                var (id, error) = read.Directory.Organisation(text, current);
                if (error is not null) return error;
                ids.Add(id!.Value);
            }
            x.Organisers.RemoveAll(o => !ids.Contains(o.Id));
            foreach (var id in ids.Distinct().Where(id => x.Organisers.All(o => o.Id != id)))
                x.Organisers.Add(read.Directory.LinkableOrganisation(id));
            return null;
        }, (x, read) => Joined(x.Organisers.Select(o => read.Directory.OrganisationLabel(o.Id))));

    private static IEnumerable<ImportField<T>> Link<T>(string name, Func<T, int?> get, Action<T, int?> set,
        Func<CellReading, string, IEnumerable<int>, (int? Id, string? Error)> find, Func<CellReading, int?, string> label)
    {
        string? Apply(T x, SheetCell cell, CellReading read)
        {
            var current = read.Current is T record && get(record) is { } linked ? [linked] : Array.Empty<int>();
            var (id, error) = find(read, cell.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : cell.Text, current);
            return error ?? Set(() => set(x, id));
        }
        string? Show(T x, CellReading read) => get(x) is { } id ? label(read, id) : null;
        return
        [
            new($"{name}_id", FieldKind.Number, Apply, Show),
            new(name, FieldKind.Text, Apply, Show, GivesWayTo: $"{name}_id"),
        ];
    }

    /// <summary>The parts of a cell holding several values ("a; b").</summary>
    private static IEnumerable<string> Split(string text) =>
        text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct();

    /// <summary>Several values in the order a person compares them: sorted, so the same set reads the same.</summary>
    private static string? Joined(IEnumerable<string> values) =>
        string.Join("; ", values.Order(StringComparer.Ordinal)) is { Length: > 0 } text ? text : null;

    /// <summary>Changes a stored activity's commitments in place, as the form does, so only the links that differ are written.</summary>
    private static void Sync(List<Agreements.Commitment> commitments, List<Agreements.Commitment> wanted)
    {
        commitments.RemoveAll(c => wanted.All(w => w.Id != c.Id));
        commitments.AddRange(wanted.Where(w => commitments.All(c => c.Id != w.Id)));
    }

    private static string? Set(Action set)
    {
        set();
        return null;
    }
}
