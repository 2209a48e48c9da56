using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Activities;
using Twinning.Features.Exports;

namespace Twinning.Features.Spreadsheets;

public enum RowOutcome { New, Matching, Invalid }

/// <summary>
/// One row of the file as the review shows it: what it would add (<see cref="Activity"/>, for a new row),
/// which record it already is (a matching row), or what is wrong with which cell (an invalid one).
/// </summary>
public sealed record ReviewedRow(string SheetTitle, int Number, string Label, RowOutcome Outcome, IReadOnlyList<string> Errors, Activity? Existing, Activity? New);

public sealed record ReviewedFile(IReadOnlyList<ReviewedRow> Rows, IReadOnlyList<string> Notes)
{
    public IEnumerable<ReviewedRow> NewRows => Rows.Where(r => r.Outcome == RowOutcome.New);
    public int Count(RowOutcome outcome) => Rows.Count(r => r.Outcome == outcome);
}

/// <summary>
/// Reads an uploaded workbook against a partnership: each row of each sheet the import knows becomes new,
/// matching (the record the row's ID or key names, or one of the same kind, title and start date, so a file
/// exported and imported again proposes nothing) or invalid (with "Row 14, column Date: … is not a date").
/// Nothing is written here; accepting runs the same review again against the data as it is by then.
/// </summary>
public sealed class SpreadsheetReview(TwinningDb db, SheetWords words, IStringLocalizer t)
{
    public async Task<ReviewedFile> ReviewAsync(int partnershipId, byte[] file, CancellationToken ct)
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
        var read = new CellReading(t, words, commitments);
        foreach (var (content, sheet) in known)
            await ReviewSheetAsync(partnershipId, content, sheet!, language, read, rows, notes, ct);
        return new ReviewedFile(rows, notes);
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
        if (!columns.ContainsValue("title_vi"))
            throw new UnreadableWorkbook("Spreadsheets.Error.NoTitleColumn", content.Title, language.Header("title_vi"));
        if (unknown.Count > 0) notes.Add(t["Spreadsheets.Note.UnknownColumns", content.Title, string.Join("; ", unknown)]);

        var existing = new ExistingActivities(await sheet.Existing(db, partnershipId).AsNoTracking().ToListAsync(ct));
        var proposed = new Dictionary<(string?, DateOnly?), int>();
        foreach (var row in content.Rows.Skip(1))
        {
            var cells = row.Cells.Where(c => columns.ContainsKey(c.Key)).ToDictionary(c => columns[c.Key], c => c.Value);
            if (cells.Count == 0) continue;
            var (activity, errors) = sheet.Read(partnershipId, cells, read);
            var messages = errors.Select(e => CellError(row.Number, language.Header(e.Column), e.Error)).ToList();
            var label = activity.Title.Vi ?? activity.Title.En ?? activity.Title.Lo ?? t["Spreadsheets.Row", row.Number];

            var match = Match(cells, activity, existing, read, out var idError);
            if (idError is not null) messages.Add(CellError(row.Number, language.Header("id"), idError));
            if (match is not null && messages.Count == 0)
            {
                rows.Add(new ReviewedRow(content.Title, row.Number, label, RowOutcome.Matching, [], match, null));
                continue;
            }
            var identity = (Fold(activity.Title.Vi), activity.StartDate);
            if (messages.Count == 0 && proposed.TryGetValue(identity, out var earlier))
                messages.Add(t["Spreadsheets.Error.Repeated", row.Number, earlier]);
            if (messages.Count > 0)
            {
                rows.Add(new ReviewedRow(content.Title, row.Number, label, RowOutcome.Invalid, messages, null, null));
                continue;
            }
            proposed[identity] = row.Number;
            rows.Add(new ReviewedRow(content.Title, row.Number, label, RowOutcome.New, [], null, activity));
        }
    }

    /// <summary>The record a row is: by the ID column (an ID of no record here is an error), else by key, else by title and start date.</summary>
    private Activity? Match(Dictionary<string, SheetCell> cells, Activity activity, ExistingActivities existing, CellReading read, out string? idError)
    {
        idError = null;
        if (cells.TryGetValue("id", out var idCell))
        {
            var (id, error) = read.Whole(idCell);
            var found = id is { } n ? existing.ById.GetValueOrDefault(n) : null;
            if (found is null) idError = error ?? t["Spreadsheets.Error.UnknownId", idCell.Text];
            return found;
        }
        if (cells.TryGetValue("key", out var keyCell) && existing.ByKey.GetValueOrDefault(keyCell.Text) is { } byKey) return byKey;
        var title = Fold(activity.Title.Vi);
        return title is null ? null : existing.ByTitleAndStart[(title, activity.StartDate)].FirstOrDefault();
    }

    /// <summary>A kind's activities indexed the three ways a row can name one, so a file of thousands of rows is matched in one pass.</summary>
    private sealed class ExistingActivities(List<Activity> all)
    {
        public Dictionary<int, Activity> ById { get; } = all.ToDictionary(a => a.Id);
        public Dictionary<string, Activity> ByKey { get; } = all.Where(a => a.Key is not null).GroupBy(a => a.Key!).ToDictionary(g => g.Key, g => g.First());
        public ILookup<(string?, DateOnly?), Activity> ByTitleAndStart { get; } = all.ToLookup(a => (Fold(a.Title.Vi), a.StartDate));
    }

    private string CellError(int row, string column, string error) => t["Spreadsheets.Error.Cell", row, column, error];

    /// <summary>Titles compared as a person would: case, accents' composition and spacing aside.</summary>
    private static string? Fold(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
