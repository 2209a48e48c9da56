using Microsoft.EntityFrameworkCore;
using Twinning.Data;

namespace Twinning.Features.Exports;

/// <summary>
/// One record kind as a table: its name (the XLSX sheet and the CSV file), its columns and the rows a
/// reader of a partnership may have. The CSV and the XLSX writers both take their rows from here, so
/// the two formats cannot drift apart.
/// </summary>
public interface IExportSheet
{
    /// <summary>Lower-case plural ("visits"): the CSV file's name and address, and the key of the sheet's title.</summary>
    string Name { get; }

    IReadOnlyList<ExportColumnInfo> Columns { get; }

    /// <summary>Row values (string, DateOnly, decimal, int, bool, enum or null), streamed from the database; enums become words in the writers.</summary>
    IAsyncEnumerable<object?[]> RowsAsync(TwinningDb db, int partnershipId, CancellationToken ct);

    Task<int> CountAsync(TwinningDb db, int partnershipId, CancellationToken ct);
}

/// <summary>
/// What a writer needs to know of a column besides its values: its stable name ("title_vi", the key of its
/// header text in <see cref="ExportLanguage"/>) and how wide to show it.
/// </summary>
public sealed record ExportColumnInfo(string Name, double Width);

/// <summary>Column widths in the spreadsheet's character units (constants rather than an enum: enums of the features are UI text).</summary>
public static class ColumnWidth
{
    public const double Narrow = 10, Medium = 18, Wide = 45;
}

public sealed record ExportColumn<T>(string Name, Func<T, object?> Value, double Width = ColumnWidth.Medium);

/// <param name="query">
/// The rows of one partnership, already narrowed to Approved records: exports are the record, like the
/// dashboard's figures, so drafts and submissions stay out for every reader.
/// </param>
public sealed class ExportSheet<T>(string name, Func<TwinningDb, int, CancellationToken, Task<IQueryable<T>>> query, IReadOnlyList<ExportColumn<T>> columns) : IExportSheet
    where T : class
{
    public ExportSheet(string name, Func<TwinningDb, int, IQueryable<T>> query, IReadOnlyList<ExportColumn<T>> columns)
        : this(name, (db, partnershipId, _) => Task.FromResult(query(db, partnershipId)), columns)
    {
    }

    public string Name => name;

    public IReadOnlyList<ExportColumnInfo> Columns { get; } = columns.Select(c => new ExportColumnInfo(c.Name, c.Width)).ToList();

    public async IAsyncEnumerable<object?[]> RowsAsync(TwinningDb db, int partnershipId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        // AsAsyncEnumerable streams: a large partnership is never held in memory whole.
        var rows = await query(db, partnershipId, ct);
        await foreach (var item in rows.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var row = new object?[columns.Count];
            for (var i = 0; i < row.Length; i++) row[i] = columns[i].Value(item);
            yield return row;
        }
    }

    public async Task<int> CountAsync(TwinningDb db, int partnershipId, CancellationToken ct) => await (await query(db, partnershipId, ct)).CountAsync(ct);
}

/// <summary>Column builders shared by the sheets.</summary>
public static class Column
{
    public static ExportColumn<T> Of<T>(string name, Func<T, object?> value, double width = ColumnWidth.Medium) => new(name, value, width);

    public static ExportColumn<T> Id<T>(Func<T, int> id) => new("id", x => id(x), ColumnWidth.Narrow);

    /// <summary>Text kept in three languages becomes three columns (title_vi, title_en, title_lo): nothing is lost.</summary>
    public static IEnumerable<ExportColumn<T>> Localized<T>(string header, Func<T, LocalizedText?> text, double width = ColumnWidth.Wide) =>
    [
        new($"{header}_vi", x => Blank(text(x)?.Vi), width),
        new($"{header}_en", x => Blank(text(x)?.En), width),
        new($"{header}_lo", x => Blank(text(x)?.Lo), width),
    ];

    /// <summary>A linked record by id and by its name in the reader's language, so the file reads without look-ups.</summary>
    public static IEnumerable<ExportColumn<T>> Reference<T>(string header, Func<T, int?> id, Func<T, LocalizedText?> name) =>
    [
        new($"{header}_id", x => id(x), ColumnWidth.Narrow),
        new(header, x => name(x) is { IsEmpty: false } n ? NameOf(n) : null, ColumnWidth.Wide),
    ];

    /// <summary>A name as the reader's pages show it (the Lao spelling to a Lao reader), falling back to the other spellings.</summary>
    public static string NameOf(LocalizedText name) => name.In(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>Several linked names in one cell, separated by "; ".</summary>
    public static string? Joined(IEnumerable<string?> names)
    {
        var text = string.Join("; ", names.Where(n => !string.IsNullOrWhiteSpace(n)));
        return text.Length == 0 ? null : text;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
