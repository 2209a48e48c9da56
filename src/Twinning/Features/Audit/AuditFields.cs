using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Twinning.Data;

namespace Twinning.Features.Audit;

/// <summary>
/// What an audited field is, read from the EF model: the UI text that names it, the language of a
/// three-language text ("Name.Vi"), and what its stored value means (an enum member, a date, a key to
/// another record, a user). The field names are those <see cref="Data.Auditing.AuditCapture"/> writes:
/// a record's own property ("Status"), a text owned by it ("Title.En"), or a part's property
/// prefixed with the part's name ("ActivityParticipant.PersonId").
/// </summary>
public sealed record AuditField(string LabelKey, string? Language, Type ValueType, Type? Refers, bool IsPart = false, bool IsLink = false)
{
    /// <summary>
    /// A part's key to the record the entry is about (a participant's ActivityId in a visit's history): it
    /// repeats the entry's own subject, and old entries hold it as a temporary key from before the save.
    /// </summary>
    public bool PointsBackTo(Type? recordType) => IsPart && Refers is not null && recordType is not null && Refers.IsAssignableFrom(recordType);

    /// <summary>A property holding the id of the user who did something (DeletedById).</summary>
    public bool IsUser => ValueType == typeof(string) && LabelKey.EndsWith("ById", StringComparison.Ordinal);

    /// <summary>A country code (Country, CityACountry, Side, SubmittedBySide).</summary>
    public bool IsCountry => ValueType == typeof(string) && (LabelKey.EndsWith("Country", StringComparison.Ordinal) || LabelKey.EndsWith("Side", StringComparison.Ordinal));
}

public static class AuditFields
{
    private const string Parts = "*";
    private static readonly ConditionalWeakTable<IModel, Dictionary<(string Record, string Path), AuditField>> Cache = [];

    /// <summary>The field an audit entry about a record of CLR type <paramref name="recordType"/> names, or null when the model no longer has it.</summary>
    public static AuditField? Find(IModel model, string recordType, string path)
    {
        var fields = All(model);
        return fields.GetValueOrDefault((recordType, path)) ?? fields.GetValueOrDefault((Parts, path));
    }

    /// <summary>Every field an audit entry can name, with the record type it belongs to ("*" for parts).</summary>
    public static IReadOnlyDictionary<(string Record, string Path), AuditField> All(IModel model) => Cache.GetValue(model, Build);

    private static Dictionary<(string, string), AuditField> Build(IModel model)
    {
        var fields = new Dictionary<(string, string), AuditField>();
        foreach (var type in model.GetEntityTypes().Where(t => !t.IsOwned() && !typeof(Data.Auditing.INotAudited).IsAssignableFrom(t.ClrType)))
        {
            var isRecord = typeof(Record).IsAssignableFrom(type.ClrType);
            // Parts are audited on the record they belong to (found by a key to it); other tables never are.
            if (!isRecord && !type.GetForeignKeys().Any(fk => typeof(Record).IsAssignableFrom(fk.PrincipalEntityType.ClrType))) continue;
            var record = isRecord ? type.ClrType.Name : Parts;
            var prefix = isRecord ? "" : type.ShortName() + ".";
            // A many-to-many link row's keys are its whole content (see AuditCapture): only a key of a row's own is left out.
            foreach (var property in type.GetProperties().Where(p => !(p.IsPrimaryKey() && !p.IsForeignKey()) && !Data.Auditing.AuditCapture.Bookkeeping.Contains(p.Name)))
                fields[(record, prefix + property.Name)] = Describe(prefix + property.Name, null, property) with { IsPart = !isRecord, IsLink = !isRecord && IsLink(type, property) };
            // A part's own texts (a commitment's) are named after it, as AuditCapture files them on its record: "Commitment.Text.Vi".
            var ownedPrefix = isRecord ? "" : prefix;
            foreach (var owned in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned() && !n.IsCollection))
                foreach (var property in owned.TargetEntityType.GetProperties().Where(p => !p.IsPrimaryKey() && !p.IsForeignKey()))
                    fields[(record, ownedPrefix + owned.Name + "." + property.Name)] = (owned.TargetEntityType.ClrType == typeof(LocalizedText)
                        ? Describe(ownedPrefix + owned.Name, property.Name.ToLowerInvariant(), property)
                        : Describe(ownedPrefix + owned.Name + "." + property.Name, null, property)) with { IsPart = !isRecord };
        }
        return fields;
    }

    /// <summary>
    /// Whether a part's key is the link the part stands for, so that adding or removing the part reads "Participant
    /// added: …": the key of a many-to-many link row (an activity's commitment, an agreement's party), or the
    /// required key to another record of a row listed in its record (an activity's participant, an agreement's
    /// signatory). Not a part with a life of its own (a position, a milestone), nor a key the part may lack.
    /// </summary>
    private static bool IsLink(IEntityType part, IProperty property)
    {
        if (property.IsNullable || property.GetContainingForeignKeys().FirstOrDefault() is not { } key) return false;
        if (!typeof(Entity).IsAssignableFrom(key.PrincipalEntityType.ClrType)) return false;
        if (part.GetForeignKeys().Any(fk => fk.GetReferencingSkipNavigations().Any())) return true;
        if (typeof(Entity).IsAssignableFrom(part.ClrType)) return false;
        return part.GetForeignKeys().Any(fk => fk != key && fk.PrincipalToDependent is { IsCollection: true } && typeof(Record).IsAssignableFrom(fk.PrincipalEntityType.ClrType));
    }

    private static AuditField Describe(string label, string? language, IProperty property)
    {
        var refers = property.GetContainingForeignKeys().Select(fk => fk.PrincipalEntityType.ClrType).FirstOrDefault();
        return new AuditField("Audit.Field." + label, language, Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType, refers);
    }
}
