using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Activities;
using Twinning.Features.Agreements;
using Twinning.Features.Anniversaries;
using Twinning.Features.Editing;
using Twinning.Features.Invitations;
using Twinning.Features.Organisations;
using Twinning.Features.Partnerships;
using Twinning.Features.People;
using Twinning.Features.Sources;
using Twinning.Web;

namespace Twinning.Features.Audit;

/// <summary>Every change ever made to one record, newest first: who, when, and each field before and after.</summary>
public sealed class HistoryModel(TwinningDb db, RecordPermissions permissions, IStringLocalizer t) : PageModel
{
    public RecordType Kind { get; private set; } = null!;
    public Record Record { get; private set; } = null!;
    public RecordName Name { get; private set; } = null!;
    public List<AuditLine> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, int id, CancellationToken ct)
    {
        if (RecordType.Named(type) is not { } kind) return NotFound();
        // A deleted record keeps its history: that is when it is most wanted.
        if (await kind.FindAsync(db, id, includeDeleted: true, ct) is not { } record) return NotFound();
        if (await permissions.RefuseReadAsync(record, ct) is { } refused) return refused;
        Kind = kind;
        Record = record;
        var names = new RecordNames(db, permissions, t);
        Name = await names.OfAsync(record, ct);

        var typeNames = kind.AuditTypeNames();
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.RecordId == id && typeNames.Contains(a.RecordType))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToListAsync(ct);
        Entries = await new AuditReader(db, names, t).ReadAsync(entries, ct);
        return Page();
    }
}

/// <summary>One audit entry as a reader sees it: the time in office hours and each changed field as text.</summary>
public sealed record AuditRow(AuditEntry Entry, DateTime Local, IReadOnlyList<FieldRow> Fields)
{
    /// <summary>The log is kept in UTC and read in the offices' time (<see cref="Show.OfficeOffset"/>).</summary>
    public static readonly TimeSpan OfficeOffset = Show.OfficeOffset;

    public static AuditRow From(AuditEntry entry) =>
        new(entry, DateTime.SpecifyKind(entry.At, DateTimeKind.Utc) + OfficeOffset, FieldRow.Parse(entry.Changes));

    /// <summary>The UTC instant at which an office-time day begins, for filtering by date.</summary>
    public static DateTime UtcStartOf(DateOnly day) =>
        DateTime.SpecifyKind(day.ToDateTime(TimeOnly.MinValue) - OfficeOffset, DateTimeKind.Utc);

    /// <summary>"dd/MM/yyyy HH:mm" in Vietnamese: the date pattern of the reader's language with the time.</summary>
    public string When(IStringLocalizer t) => t.Moment(Entry.At);

    /// <summary>The system itself (start-up, the dataset loader) rather than a person.</summary>
    public bool BySystem => Entry.UserId is null;
}

/// <summary>
/// A field of an audit entry with its value before and after, as text (null when there was none), and as
/// stored (<see cref="BeforeJson"/>, <see cref="AfterJson"/>) for <see cref="AuditReader"/> to read as words.
/// </summary>
public sealed record FieldRow(string Field, string? Before, string? After, JsonElement? BeforeJson = null, JsonElement? AfterJson = null)
{
    public static IReadOnlyList<FieldRow> Parse(string changes)
    {
        try
        {
            using var json = JsonDocument.Parse(changes);
            if (json.RootElement.ValueKind != JsonValueKind.Object) return [];
            return json.RootElement.EnumerateObject()
                .Select(p => new FieldRow(p.Name, Text(p.Value, "before"), Text(p.Value, "after"), Raw(p.Value, "before"), Raw(p.Value, "after"))).ToList();
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static JsonElement? Raw(JsonElement change, string side) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(side, out var value) ? value.Clone() : null;

    private static string? Text(JsonElement change, string side) =>
        change.ValueKind == JsonValueKind.Object && change.TryGetProperty(side, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => value.GetString(),
                // Several parts of one kind changed together (see AuditCapture): one value each.
                JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
                _ => value.GetRawText(),
            }
            : null;
}
