using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Agreements;
using Twinning.Features.Editing;
using Twinning.Features.Workflow;
using Twinning.Web;

namespace Twinning.Features.Audit;

/// <summary>A value of an audit line as read: text, linked when it names a record the reader may open.</summary>
public sealed record AuditValue(string Text, string? Url = null);

/// <summary>One field of an audit line: its name in the reader's language and its values before and after.</summary>
public sealed record AuditFieldLine(string Label, IReadOnlyList<AuditValue> Before, IReadOnlyList<AuditValue> After);

/// <summary>A link added to or removed from the record ("Participant added: Nguyễn Văn A"): the link's label and the record linked.</summary>
public sealed record AuditLinkChange(string Label, bool Added, AuditValue Value);

/// <summary>
/// An audit entry as a person reads it: who (by display name), what they did to which record, as a sentence
/// ("Lan approved the Meeting: Hội đàm…"), every link added or removed (a commitment, a participant, a party),
/// and every other changed field by its label with values as words.
/// </summary>
public sealed record AuditLine(AuditRow Row, string Who, string SentenceKey, RecordName Subject, IReadOnlyList<AuditFieldLine> Fields, IReadOnlyList<AuditLinkChange> Links);

/// <summary>Turns stored audit entries (type names, field paths, codes and ids) into <see cref="AuditLine"/>s.</summary>
public sealed class AuditReader(TwinningDb db, RecordNames names, IStringLocalizer t)
{
    public async Task<List<AuditLine>> ReadAsync(IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        var rows = entries.Select(AuditRow.From).ToList();
        var parsed = rows.Select(r => (Row: r, Fields: r.Fields.Select(f => (Field: f, Info: AuditFields.Find(db.Model, r.Entry.RecordType, f.Field))).ToList())).ToList();

        // Everything the page names is read in a few queries: users, then each kind of record referred to.
        var userIds = entries.Select(e => e.UserId).Concat(parsed.SelectMany(p => p.Fields.Where(f => f.Info?.IsUser == true)
            .SelectMany(f => BothValues(f.Field)).Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null))).OfType<string>().Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName, u.UserName }).ToDictionaryAsync(u => u.Id, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? "" : u.DisplayName, ct);

        var referred = new Dictionary<Type, IReadOnlyDictionary<int, RecordName>>();
        foreach (var group in parsed.SelectMany(p => p.Fields).Where(f => f.Info?.Refers is { } r && typeof(Record).IsAssignableFrom(r))
                     .GroupBy(f => f.Info!.Refers!))
            referred[group.Key] = await names.OfAsync(group.Key, group.SelectMany(f => BothValues(f.Field)).Select(Id).OfType<int>(), ct);
        var commitmentIds = parsed.SelectMany(p => p.Fields).Where(f => f.Info?.Refers == typeof(Commitment))
            .SelectMany(f => BothValues(f.Field)).Select(Id).OfType<int>().Distinct().ToList();
        // A commitment is named with its area and linked to its place on its agreement's page, if the reader may see that agreement.
        var commitments = commitmentIds.Count == 0 ? [] : await db.Commitments.IgnoreQueryFilters().AsNoTracking().Where(c => commitmentIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var agreements = await names.OfAsync(typeof(Agreement), commitments.Values.Select(c => c.AgreementId), ct);
        var commitmentNames = commitments.Values.ToDictionary(c => c.Id, c => agreements.GetValueOrDefault(c.AgreementId) switch
        {
            null => new AuditValue(t["Audit.Missing"]),
            { Hidden: true } => new AuditValue(t["Audit.Hidden"]),
            var agreement => new AuditValue($"{t.Enum(c.Area)}: {c.Text}", agreement.Url is { } url ? $"{url}#commitment-{c.Id}" : null),
        });

        var lines = new List<AuditLine>();
        foreach (var (row, fields) in parsed)
        {
            var type = ClrTypeOf(row.Entry.RecordType);
            var subject = await SubjectAsync(row.Entry, type, ct);
            var who = row.BySystem ? t["Audit.System"].Value : users.GetValueOrDefault(row.Entry.UserId!) ?? row.Entry.UserName ?? "";
            var shown = fields.Where(f => !IsBookkeeping(f.Field.Field) && f.Info?.PointsBackTo(type) != true).ToList();
            // A record is created with its links, listed like its other fields; afterwards each link added or removed is a line of its own.
            var asLinks = row.Entry.Action != AuditAction.Created;
            var links = shown.Where(f => asLinks && f.Info?.IsLink == true).ToList();
            lines.Add(new AuditLine(row, who, SentenceKey(row), subject, shown.Where(f => !(asLinks && f.Info?.IsLink == true))
                .Select(f => new AuditFieldLine(Label(f.Field.Field, f.Info),
                    Values(f.Field.BeforeJson).Select(v => Read(v, f.Info, users, referred, commitmentNames)).ToList(),
                    Values(f.Field.AfterJson).Select(v => Read(v, f.Info, users, referred, commitmentNames)).ToList()))
                .ToList(),
                links.SelectMany(f => Values(f.Field.AfterJson).Select(v => new AuditLinkChange(Label(f.Field.Field, f.Info), true, Linked(v, f.Info!, referred, commitmentNames)))
                    .Concat(Values(f.Field.BeforeJson).Select(v => new AuditLinkChange(Label(f.Field.Field, f.Info), false, Linked(v, f.Info!, referred, commitmentNames)))))
                .ToList()));
        }
        return lines;
    }

    /// <summary>Created, changed, deleted, restored, or, for a change of workflow state, submitted, approved or returned.</summary>
    private static string SentenceKey(AuditRow row)
    {
        if (row.Entry.Action == AuditAction.Updated && row.Fields.FirstOrDefault(f => f.Field == nameof(Record.State))?.After is { } state
            && Enum.TryParse<RecordState>(state, out var s) && s != RecordState.Draft)
            return $"Audit.Sentence.{s}";
        return $"Audit.Sentence.{row.Entry.Action}";
    }

    /// <summary>The record class an entry names (Visit), or null for one no longer in the model.</summary>
    private static Type? ClrTypeOf(string recordType) =>
        RecordType.ForAuditType(recordType) is { } kind
            ? kind.ClrType.Assembly.GetTypes().FirstOrDefault(c => c.Name == recordType && kind.ClrType.IsAssignableFrom(c)) ?? kind.ClrType
            : null;

    private async Task<RecordName> SubjectAsync(AuditEntry entry, Type? type, CancellationToken ct)
    {
        var kind = RecordType.ForAuditType(entry.RecordType);
        if (type is not null && (await names.OfAsync(type, [entry.RecordId], ct)).TryGetValue(entry.RecordId, out var name)) return name;
        return new RecordName(kind is null ? entry.RecordType : t[$"Audit.Kind.{kind.Name}"].Value, t["Value.Unknown"], null);
    }

    // The dataset's loader and old entries may still hold these; they say nothing to a reader.
    private static bool IsBookkeeping(string field) => field is "SearchKey" or "PhoneticKey";

    private string Label(string field, AuditField? info)
    {
        if (info is null) return field;
        var label = t[info.LabelKey];
        var text = label.ResourceNotFound ? field : label.Value;
        // "Name (Vietnamese)": which of a three-language text's versions changed.
        return info.Language is { } language ? $"{text} ({t[$"Audit.Language.{language}"]})" : text;
    }

    /// <summary>The record a link names, by its name alone (the line's label already says what it is), linked to its page.</summary>
    private AuditValue Linked(JsonElement value, AuditField info, Dictionary<Type, IReadOnlyDictionary<int, RecordName>> referred, Dictionary<int, AuditValue> commitments)
    {
        if (Id(value) is not { } id) return new(t["Audit.Missing"]);
        if (info.Refers is { } refers && referred.TryGetValue(refers, out var known) && known.TryGetValue(id, out var name)) return new(name.Name, name.Url);
        return commitments.GetValueOrDefault(id) ?? new(t["Audit.Missing"]);
    }

    private AuditValue Read(JsonElement value, AuditField? info, Dictionary<string, string> users,
        Dictionary<Type, IReadOnlyDictionary<int, RecordName>> referred, Dictionary<int, AuditValue> commitments)
    {
        var raw = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (info is null) return new(raw);
        if (info.Refers is { } refers)
        {
            // Not a real key (an old entry's temporary one): never shown as a number.
            if (Id(value) is not { } id) return new(t["Audit.Missing"]);
            if (referred.TryGetValue(refers, out var known) && known.TryGetValue(id, out var name)) return new(name.ToString(), name.Url);
            return commitments.GetValueOrDefault(id) ?? new(t["Audit.Missing"]);
        }
        if (info.IsUser) return new(users.GetValueOrDefault(raw) ?? t["Audit.System"]);
        if (info.IsCountry) return new(t.Country(raw));
        if (info.ValueType.IsEnum)
        {
            var word = t[$"Enum.{info.ValueType.Name}.{raw}"];
            return new(word.ResourceNotFound ? raw : word.Value);
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return new(t[value.GetBoolean() ? "Audit.Yes" : "Audit.No"]);
        if (info.ValueType == typeof(DateOnly) && DateOnly.TryParseExact(raw, "yyyy-MM-dd", out var day)) return new(t.Date(day));
        if (info.ValueType == typeof(DateTime) && DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment))
            return new(t.Moment(moment.ToUniversalTime()));
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            return new(number.ToString("#,0.##", CultureInfo.GetCultureInfo(t["Format.DateCulture"].Value)));
        return new(raw);
    }

    /// <summary>A stored value as its parts: one, none (null), or several when parts of one kind changed together.</summary>
    private static IEnumerable<JsonElement> Values(JsonElement? value) => value switch
    {
        null => [],
        { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined } => [],
        { ValueKind: JsonValueKind.Array } v => v.EnumerateArray().ToList(),
        { } v => [v],
    };

    private static IEnumerable<JsonElement> BothValues(FieldRow field) => Values(field.BeforeJson).Concat(Values(field.AfterJson));

    private static int? Id(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var id) && id > 0 ? id : null;
}
