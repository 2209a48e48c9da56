using Twinning.Data;

namespace Twinning.Features.Spreadsheets;

/// <summary>A column of an importable sheet, as the template and the header words need it.</summary>
public sealed record ImportColumn(string Name, FieldKind Kind, Type? Choices, bool Required);

/// <summary>One field a matching row would change: its header in the reader's language, the record's value and the row's.</summary>
public sealed record ChangedField(string Column, string? Before, string? After);

/// <summary>
/// A kind of record the spreadsheet import adds and updates: the export's sheet of the same name, and the
/// columns of it that are read back. Columns the import does not read (names shown for reading, dates
/// inferred) may stay in the file: they are passed over.
/// </summary>
public interface IImportableSheet
{
    /// <summary>The export sheet's name ("visits").</summary>
    string Name { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>The column a sheet cannot be read without ("title_vi", "name_vi").</summary>
    string NamingColumn { get; }

    /// <summary>The resource key of "no record of this kind has the ID {0}".</summary>
    string UnknownIdKey { get; }

    /// <summary>The resource key of "row {0} repeats row {1} (…)".</summary>
    string RepeatedKey { get; }

    /// <summary>The records a row of this sheet may be (read without tracking), each with the names it is matched by.</summary>
    Task<IReadOnlyList<Record>> ExistingAsync(TwinningDb db, int partnershipId, CancellationToken ct);

    /// <summary>The stored record again, tracked with the parts the fields change, for an update.</summary>
    Task<Record?> TrackedAsync(TwinningDb db, int id, CancellationToken ct);

    /// <summary>A new record of the partnership with the row's cells put on it, and the errors by column.</summary>
    (Record Record, List<(string Column, string Error)> Errors) Read(int partnershipId, IReadOnlyDictionary<string, SheetCell> cells, CellReading read);

    /// <summary>Puts the row's filled cells onto a stored record (blank cells leave its values); the errors by column.</summary>
    List<(string Column, string Error)> Apply(Record record, IReadOnlyDictionary<string, SheetCell> cells, CellReading read);

    /// <summary>The required columns a new record's row leaves blank.</summary>
    IEnumerable<string> Missing(IReadOnlyDictionary<string, SheetCell> cells);

    /// <summary>What the row's filled cells would change on the stored record (read from <paramref name="proposed"/>, the row read as a new record).</summary>
    List<ChangedField> Differences(Record stored, Record proposed, IReadOnlyDictionary<string, SheetCell> cells, CellReading read, Func<string, string> header);

    /// <summary>The keys a record is recognised by when the row gives no ID: folded title and start, or folded names.</summary>
    IEnumerable<string> Identities(Record record);

    /// <summary>How the review names a row's record.</summary>
    string Label(Record record);

    /// <summary>The record's page.</summary>
    string Url(Record record);
}

/// <param name="create">A new record of the partnership, as the forms start one.</param>
/// <param name="validate">What no single cell can say (an end before the start, a body its own parent).</param>
public sealed class ImportableSheet<T>(
    string name, string namingColumn, string unknownIdKey, string repeatedKey,
    IReadOnlyList<ImportField<T>> fields,
    Func<TwinningDb, int, CancellationToken, Task<IReadOnlyList<Record>>> existing,
    Func<TwinningDb, int, CancellationToken, Task<Record?>> tracked,
    Func<int, T> create,
    Func<T, IEnumerable<string>> identities,
    Func<T, string> label,
    Func<T, string> url,
    Func<T, CellReading, IEnumerable<(string Column, string Error)>>? validate = null) : IImportableSheet
    where T : Record
{
    public string Name => name;
    public string NamingColumn => namingColumn;
    public string UnknownIdKey => unknownIdKey;
    public string RepeatedKey => repeatedKey;

    public IReadOnlyList<ImportColumn> Columns { get; } = fields.Select(f => new ImportColumn(f.Name, f.Kind, f.Choices, f.Required)).ToList();

    public Task<IReadOnlyList<Record>> ExistingAsync(TwinningDb db, int partnershipId, CancellationToken ct) => existing(db, partnershipId, ct);

    public Task<Record?> TrackedAsync(TwinningDb db, int id, CancellationToken ct) => tracked(db, id, ct);

    public (Record Record, List<(string Column, string Error)> Errors) Read(int partnershipId, IReadOnlyDictionary<string, SheetCell> cells, CellReading read)
    {
        var record = create(partnershipId);
        return (record, Apply(record, cells, read));
    }

    public List<(string Column, string Error)> Apply(Record record, IReadOnlyDictionary<string, SheetCell> cells, CellReading read)
    {
        var typed = (T)record;
        var errors = new List<(string, string)>();
        foreach (var field in Filled(cells))
            if (field.Apply(typed, cells[field.Name], read) is { } error) errors.Add((field.Name, error));
        if (errors.Count == 0 && validate is not null) errors.AddRange(validate(typed, read));
        return errors;
    }

    public IEnumerable<string> Missing(IReadOnlyDictionary<string, SheetCell> cells) =>
        fields.Where(f => f.Required && !cells.ContainsKey(f.Name)).Select(f => f.Name);

    public List<ChangedField> Differences(Record stored, Record proposed, IReadOnlyDictionary<string, SheetCell> cells, CellReading read, Func<string, string> header) =>
        Filled(cells)
            .Select(f => (f.Name, Before: f.Show((T)stored, read), After: f.Show((T)proposed, read)))
            .Where(f => Normalised(f.Before) != Normalised(f.After))
            .Select(f => new ChangedField(header(f.Name), f.Before, f.After)).ToList();

    public IEnumerable<string> Identities(Record record) => identities((T)record);
    public string Label(Record record) => label((T)record);
    public string Url(Record record) => url((T)record);

    /// <summary>The fields the row fills, each read once: a name column gives way to its ID column when both are filled.</summary>
    private IEnumerable<ImportField<T>> Filled(IReadOnlyDictionary<string, SheetCell> cells) =>
        fields.Where(f => cells.ContainsKey(f.Name) && (f.GivesWayTo is null || !cells.ContainsKey(f.GivesWayTo)));

    private static string Normalised(string? value) => (value ?? "").Replace("\r\n", "\n").Trim();
}
