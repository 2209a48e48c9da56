using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Editing;
using Twinning.Features.Exports;

namespace Twinning.Features.Spreadsheets;

/// <summary>
/// What a row of the file is: a record to add, one already recorded as the row says, one the row would change
/// (blank cells aside), one changed by someone else since the file was exported (a conflict: left as it is),
/// or a row with errors.
/// </summary>
public enum RowOutcome { New, Matching, Changed, Conflict, Invalid }

/// <summary>
/// One row of the file as the review shows it: what it would add (<see cref="New"/>), which record it already is
/// (<see cref="Existing"/>) and what it would change there, or what is wrong with which cell. The row's cells are
/// kept so accepting can put them on the record as it is then.
/// </summary>
public sealed record ReviewedRow(IImportableSheet Sheet, string SheetTitle, int Number, string Label, RowOutcome Outcome, IReadOnlyList<string> Errors,
    Record? Existing, Record? New, IReadOnlyList<ChangedField> Changes, IReadOnlyDictionary<string, SheetCell> Cells)
{
    /// <summary>The changed record as the acceptance's seal names it ("people:12").</summary>
    public string RecordKey => $"{Sheet.Name}:{Existing!.Id}";
}

public sealed record ReviewedFile(IReadOnlyList<ReviewedRow> Rows, IReadOnlyList<string> Notes, CellReading Reading)
{
    public IEnumerable<ReviewedRow> NewRows => Rows.Where(r => r.Outcome == RowOutcome.New);
    public IEnumerable<ReviewedRow> ChangedRows => Rows.Where(r => r.Outcome == RowOutcome.Changed);
    public int Count(RowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);

    /// <summary>The version of each record a changed row would change, as reviewed: accepting changes only those still at it.</summary>
    public Dictionary<string, int> ChangedVersions() => ChangedRows.ToDictionary(r => r.RecordKey, r => r.Existing!.Version);
}

/// <summary>
/// Reads an uploaded workbook against a partnership: each row of each sheet the import knows becomes new,
/// matching (the record the row's ID or key names, or one of the same kind recognised by title and start date,
/// or by name, so a file exported and imported again proposes nothing), changed, a conflict or invalid (with
/// "Row 14, column Date: … is not a date"). Nothing is written here; accepting runs the same review again
/// against the data as it is by then.
/// </summary>
public sealed class SpreadsheetReview(TwinningDb db, SheetWords words, IStringLocalizer t, RecordPermissions permissions)
{
    /// <param name="tracking">At acceptance: linked organisations are the context's tracked ones, so the save links them.</param>
    public async Task<ReviewedFile> ReviewAsync(int partnershipId, byte[] file, CancellationToken ct, bool tracking = false)
    {
        var sheets = WorkbookFile.Read(file);
        var language = new ExportLanguage(t);
        var known = sheets.Select(s => (Content: s, Sheet: ImportableSheets.Named(words.Sheet(s.Title)))).Where(x => x.Sheet is not null).ToList();
        if (known.Count == 0)
            throw new UnreadableWorkbook("Spreadsheets.Error.NoSheet", string.Join("; ", ImportableSheets.All.Select(s => language.SheetTitle(ExportSheets.Named(s.Name)!))));
        var rows = new List<ReviewedRow>();
        var notes = new List<string>();
        // Tracked: the activities accepted from this review are linked to these very entities.
        var commitments = (await PartnershipCommitments(db, partnershipId).ToListAsync(ct))
            .GroupBy(CommitmentLabel.Identity).ToDictionary(g => g.Key, g => g.First());
        var directory = await RecordDirectory.LoadAsync(db, permissions, t, ct);
        directory.Tracking = tracking;
        var read = new CellReading(t, words, commitments, directory);
        foreach (var (content, sheet) in known)
            await ReviewSheetAsync(partnershipId, content, sheet!, language, read, rows, notes, ct);
        return new ReviewedFile(rows, notes, read);
    }

    /// <summary>The commitments an activity of the partnership may carry out: those of its agreements.</summary>
    public static IQueryable<Agreements.Commitment> PartnershipCommitments(TwinningDb db, int partnershipId) =>
        db.Commitments.Where(c => c.Agreement!.PartnershipId == partnershipId).OrderBy(c => c.Id);

    private async Task ReviewSheetAsync(int partnershipId, SheetContent content, IImportableSheet sheet, ExportLanguage language, CellReading read,
        List<ReviewedRow> rows, List<string> notes, CancellationToken ct)
    {
        if (content.Rows.Count == 0) return;
        var columns = new Dictionary<int, string>();
        var unknown = new List<string>();
        foreach (var (index, cell) in content.Rows[0].Cells)
            if (words.Column(cell.Text) is { } name) columns[index] = name;
            else unknown.Add(cell.Text);
        if (!columns.ContainsValue(sheet.NamingColumn))
            throw new UnreadableWorkbook("Spreadsheets.Error.NoTitleColumn", content.Title, language.Header(sheet.NamingColumn));
        if (unknown.Count > 0) notes.Add(t["Spreadsheets.Note.UnknownColumns", content.Title, string.Join("; ", unknown)]);

        var existing = new ExistingRecords(await sheet.ExistingAsync(db, partnershipId, ct), sheet);
        var proposed = new Dictionary<string, int>();
        foreach (var row in content.Rows.Skip(1))
        {
            var cells = row.Cells.Where(c => columns.ContainsKey(c.Key)).ToDictionary(c => columns[c.Key], c => c.Value);
            if (cells.Count == 0) continue;
            read.Current = null;
            var (record, errors) = sheet.Read(partnershipId, cells, read);
            var label = sheet.Label(record) is { Length: > 0 } own ? own : t["Spreadsheets.Row", row.Number];
            var match = Match(sheet, cells, record, existing, read, out var matchError);
            if (match is not null)
            {
                // Read again knowing the record: a name that fits several people is the one it links to now.
                read.Current = match;
                (record, errors) = sheet.Read(partnershipId, cells, read);
                read.Current = null;
            }
            else
                errors.AddRange(sheet.Missing(cells).Select(column => (column, t["Spreadsheets.Error.Required"].Value)));
            var messages = errors.Select(e => CellError(row.Number, language.Header(e.Column), e.Error)).ToList();
            if (matchError is not null) messages.Add(matchError(row.Number));
            if (messages.Count > 0)
            {
                rows.Add(new ReviewedRow(sheet, content.Title, row.Number, label, RowOutcome.Invalid, messages, null, null, [], cells));
                continue;
            }
            if (match is not null)
            {
                rows.Add(await MatchedAsync(sheet, content.Title, row.Number, label, match, record, cells, language, read, ct));
                continue;
            }
            var identities = sheet.Identities(record).ToList();
            if (identities.Select(i => proposed.GetValueOrDefault(i)).FirstOrDefault(n => n > 0) is var earlier and > 0)
            {
                rows.Add(new ReviewedRow(sheet, content.Title, row.Number, label, RowOutcome.Invalid, [t[sheet.RepeatedKey, row.Number, earlier]], null, null, [], cells));
                continue;
            }
            foreach (var identity in identities) proposed[identity] = row.Number;
            rows.Add(new ReviewedRow(sheet, content.Title, row.Number, label, RowOutcome.New, [], null, record, [], cells));
        }
    }

    /// <summary>
    /// A row that is a record already: matching when its filled cells say what the record says; changed when they
    /// differ and the user may change it; a conflict when the file names an older version of the record than the
    /// stored one (someone saved it after the export), so the row's old values never overwrite a newer save.
    /// </summary>
    private async Task<ReviewedRow> MatchedAsync(IImportableSheet sheet, string title, int number, string label, Record match, Record proposed,
        Dictionary<string, SheetCell> cells, ExportLanguage language, CellReading read, CancellationToken ct)
    {
        var changes = sheet.Differences(match, proposed, cells, read, language.Header);
        if (changes.Count == 0) return new ReviewedRow(sheet, title, number, label, RowOutcome.Matching, [], match, null, [], cells);
        // A record the user may not read is neither shown nor changed; one they may read but not edit is refused by name.
        if (!await permissions.CanReadAsync(match, ct) || !await permissions.CanEditAsync(match, ct))
            return new ReviewedRow(sheet, title, number, label, RowOutcome.Invalid, [t["Spreadsheets.Error.MayNotChange", number].Value], null, null, [], cells);
        if (cells.TryGetValue("version", out var versionCell) && read.Whole(versionCell).Value is { } version && version != match.Version)
            return new ReviewedRow(sheet, title, number, label, RowOutcome.Conflict,
                [t["Spreadsheets.Error.Stale", number, version, match.Version].Value], match, null, changes, cells);
        return new ReviewedRow(sheet, title, number, label, RowOutcome.Changed, [], match, null, changes, cells);
    }

    /// <summary>
    /// The record a row is: by the ID column (an ID of no record here is an error), else by key, else by what
    /// recognises the kind (title and start, or names). A row that fits several records is an error naming them.
    /// </summary>
    private Record? Match(IImportableSheet sheet, Dictionary<string, SheetCell> cells, Record row, ExistingRecords existing, CellReading read, out Func<int, string>? error)
    {
        error = null;
        if (cells.TryGetValue("id", out var idCell))
        {
            var (id, notWhole) = read.Whole(idCell);
            var found = id is { } n ? existing.ById.GetValueOrDefault(n) : null;
            if (found is null)
            {
                var message = notWhole ?? t[sheet.UnknownIdKey, idCell.Text].Value;
                error = number => CellError(number, new ExportLanguage(t).Header("id"), message);
            }
            return found;
        }
        if (cells.TryGetValue("key", out var keyCell) && existing.ByKey.GetValueOrDefault(keyCell.Text) is { } byKey) return byKey;
        var candidates = sheet.Identities(row).SelectMany(i => existing.ByIdentity[i]).DistinctBy(r => r.Id).ToList();
        if (candidates.Count > 1)
        {
            var names = string.Join("; ", candidates.OrderBy(c => c.Id).Select(c => $"{sheet.Label(c)} (#{c.Id})"));
            error = number => t["Spreadsheets.Error.Ambiguous", number, names];
            return null;
        }
        return candidates.FirstOrDefault();
    }

    /// <summary>A kind's records indexed the three ways a row can name one, so a file of thousands of rows is matched in one pass.</summary>
    private sealed class ExistingRecords(IReadOnlyList<Record> all, IImportableSheet sheet)
    {
        public Dictionary<int, Record> ById { get; } = all.ToDictionary(r => r.Id);
        public Dictionary<string, Record> ByKey { get; } = all.Where(r => r.Key is not null).GroupBy(r => r.Key!).ToDictionary(g => g.Key, g => g.First());
        public ILookup<string, Record> ByIdentity { get; } = all.SelectMany(r => sheet.Identities(r).Select(i => (i, r))).ToLookup(x => x.i, x => x.r);
    }

    private string CellError(int row, string column, string error) => t["Spreadsheets.Error.Cell", row, column, error];
}
