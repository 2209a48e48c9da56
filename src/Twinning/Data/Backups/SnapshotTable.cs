using System.Data.Common;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Twinning.Data.Backups;

/// <summary>One table of the model as a snapshot sees it: its columns in order, its key, where it stands among the tables it refers to.</summary>
internal sealed class SnapshotTable
{
    public SnapshotTable(ITable table, int order, IRelationalTypeMappingSource mappings)
    {
        Name = table.Name;
        Order = order;
        Columns = table.Columns.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => new SnapshotColumn(c, mappings)).ToList();
        Key = table.PrimaryKey!.Columns.Select(c => c.Name).ToList();
        var selfLinked = table.ForeignKeyConstraints.Where(fk => fk.PrincipalTable == table).SelectMany(fk => fk.Columns).Select(c => c.Name).ToHashSet();
        SelfLinks = Columns.Select((c, i) => (c, i)).Where(x => selfLinked.Contains(x.c.Name)).Select(x => x.i).ToList();
    }

    public string Name { get; }
    public int Order { get; }
    public List<SnapshotColumn> Columns { get; }
    public List<string> Key { get; }

    /// <summary>Columns that refer to another row of the same table (set after all its rows exist).</summary>
    public List<int> SelfLinks { get; }
}

/// <summary>A column read as its model type (whatever the engine stores) and written back through the engine's own mapping.</summary>
internal sealed class SnapshotColumn
{
    private static readonly MethodInfo GetFieldValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!;
    private readonly RelationalTypeMapping _mapping;
    private readonly MethodInfo _read;

    public SnapshotColumn(IColumn column, IRelationalTypeMappingSource mappings)
    {
        Name = column.Name;
        var property = column.PropertyMappings.First().Property;
        _mapping = (RelationalTypeMapping)(property.GetTypeMapping() ?? mappings.FindMapping(property)!);
        ModelType = Nullable.GetUnderlyingType(_mapping.ClrType) ?? _mapping.ClrType;
        var providerType = _mapping.Converter?.ProviderClrType ?? _mapping.ClrType;
        _read = GetFieldValue.MakeGenericMethod(Nullable.GetUnderlyingType(providerType) ?? providerType);
        IsIdentity = property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd && (ModelType == typeof(int) || ModelType == typeof(long));
    }

    public string Name { get; }
    public Type ModelType { get; }
    public bool IsIdentity { get; }

    public JsonElement? Read(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return null;
        var stored = _read.Invoke(reader, [ordinal]);
        var value = _mapping.Converter is { } converter ? converter.ConvertFromProvider(stored) : stored;
        return JsonSerializer.SerializeToElement(Normalise(value), ModelType);
    }

    public object? Parse(JsonElement value) =>
        value.ValueKind == JsonValueKind.Null ? null : Normalise(value.Deserialize(ModelType));

    /// <summary>
    /// One spelling of a value whichever engine held it: the app keeps times in UTC (SQLite forgets the
    /// kind, PostgreSQL insists on it) to the microsecond (PostgreSQL's precision; SQLite keeps ticks), and
    /// a decimal's trailing zeros are the engine's, not the data's.
    /// </summary>
    private static object? Normalise(object? value) => value switch
    {
        DateTime time => ToMicroseconds(time.Kind switch
        {
            DateTimeKind.Unspecified => DateTime.SpecifyKind(time, DateTimeKind.Utc),
            DateTimeKind.Local => time.ToUniversalTime(),
            _ => time,
        }),
        DateTimeOffset time => new DateTimeOffset(ToMicroseconds(time.UtcDateTime)),
        decimal number => number / 1.0000000000000000000000000000m,
        _ => value,
    };

    private static DateTime ToMicroseconds(DateTime time) => new(time.Ticks - time.Ticks % 10, time.Kind);

    public DbParameter Parameter(DbCommand command, string name, object? value) =>
        _mapping.CreateParameter(command, name, value, nullable: true);
}
