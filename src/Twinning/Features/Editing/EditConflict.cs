namespace Twinning.Features.Editing;

/// <summary>
/// What two people's saves of one record disagree on: for each field, what this user typed and what
/// the other saved meanwhile. The edit page shows both side by side; the user's own values stay in the
/// form, the other's are in the database, so nothing either typed is lost.
/// </summary>
public sealed record EditConflict(IReadOnlyList<FieldConflict> Fields, string? ChangedBy, DateTime? ChangedAt)
{
    public static EditConflict Between(IEnumerable<(string Name, string Label, string? Mine, string? Theirs)> fields, string? changedBy, DateTime? changedAt) =>
        new(fields.Where(f => Normalise(f.Mine) != Normalise(f.Theirs))
            .Select(f => new FieldConflict(f.Name, f.Label, f.Mine, f.Theirs)).ToList(), changedBy, changedAt);

    private static string Normalise(string? value) => (value ?? "").Replace("\r\n", "\n").Trim();
}

public sealed record FieldConflict(string Name, string Label, string? Mine, string? Theirs);
