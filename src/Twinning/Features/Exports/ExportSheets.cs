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
}
