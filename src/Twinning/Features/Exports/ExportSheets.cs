namespace Twinning.Features.Exports;

/// <summary>Every record kind that is exported, in the order of the workbook's sheets.</summary>
public static class ExportSheets
{
    public static readonly IReadOnlyList<IExportSheet> All =
    [
        RecordSheets.Agreements, RecordSheets.Commitments,
        ActivitySheets.Visits, ActivitySheets.Meetings, ActivitySheets.Projects, ActivitySheets.Programmes,
        ActivitySheets.Events, ActivitySheets.Donations,
        RecordSheets.Invitations, RecordSheets.Anniversaries,
        RecordSheets.People, RecordSheets.Organisations, RecordSheets.Sources,
    ];

    public static IExportSheet? Named(string? name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>
    /// The workbook's whole read without the writing: every sheet's rows of one partnership, as
    /// <see cref="XlsxExport.WriteAsync"/> streams them. The load benchmark's "bare endpoint" for the export.
    /// </summary>
    public static async Task<int> ReadAllAsync(Data.TwinningDb db, int partnershipId, CancellationToken ct)
    {
        var rows = 0;
        foreach (var sheet in All)
            await foreach (var _ in sheet.RowsAsync(db, partnershipId, ct)) rows++;
        return rows;
    }
}
