namespace Twinning.Data.Auditing;

/// <summary>
/// A row that belongs to no record's history although it points at one (an API token narrowed to a
/// partnership): the audit neither records it as a part of that record nor raises the record's version,
/// and its fields never appear in a history.
/// </summary>
public interface INotAudited;
