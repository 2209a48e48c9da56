using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Partnerships;

namespace Twinning.Features.Exports;

/// <summary>
/// The downloads of a partnership: the workbook, a CSV per record kind and the projects as IATI XML.
/// Each answers 404 for an unknown partnership and denies anyone who may not read it.
/// </summary>
public static class ExportEndpoints
{
    public const string Base = "/partnerships/{partnershipId:int}/exports";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Base + "/workbook.xlsx", WorkbookAsync);
        endpoints.MapGet(Base + "/{kind}.csv", CsvAsync);
        endpoints.MapGet(Base + "/iati-activities.xml", IatiAsync);
        return endpoints;
    }

    private static async Task<IResult> WorkbookAsync(int partnershipId, TwinningDb db, PartnershipAccess access, IStringLocalizer t, CancellationToken ct)
    {
        var (partnership, refusal) = await ReadableAsync(partnershipId, db, access, ct);
        if (refusal is not null) return refusal;
        // The package is built in a temporary file, then streamed out; the file goes when the response is done.
        var path = Path.GetTempFileName();
        try
        {
            await using (var file = new FileStream(path, FileMode.Create, FileAccess.Write))
                await XlsxExport.WriteAsync(ExportSheets.All, new ExportLanguage(t), db, partnershipId, file, ct);
            var download = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
            return Results.File(download, XlsxExport.ContentType, FileName(partnership!, "workbook", "xlsx"));
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    private static async Task<IResult> CsvAsync(int partnershipId, string kind, TwinningDb db, PartnershipAccess access, IStringLocalizer t, CancellationToken ct)
    {
        var (partnership, refusal) = await ReadableAsync(partnershipId, db, access, ct);
        if (refusal is not null) return refusal;
        if (ExportSheets.Named(kind) is not { } sheet) return Results.NotFound();
        return Results.Stream(output => CsvExport.WriteAsync(sheet, new ExportLanguage(t), db, partnershipId, output, ct),
            CsvExport.ContentType, FileName(partnership!, sheet.Name, "csv"));
    }

    private static async Task<IResult> IatiAsync(int partnershipId, TwinningDb db, PartnershipAccess access, TimeProvider clock, CancellationToken ct)
    {
        var (partnership, refusal) = await ReadableAsync(partnershipId, db, access, ct);
        if (refusal is not null) return refusal;
        return Results.Stream(output => IatiExport.WriteAsync(db, partnership!, clock.GetUtcNow(), output, ct),
            IatiExport.ContentType, FileName(partnership!, "iati-activities", "xml"));
    }

    /// <summary>The partnership when the reader may read it, else the answer to give instead.</summary>
    private static async Task<(Partnership?, IResult?)> ReadableAsync(int partnershipId, TwinningDb db, PartnershipAccess access, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnershipId, ct);
        if (partnership is null) return (null, Results.NotFound());
        if (!await access.CanReadAsync(partnershipId, ct)) return (null, Results.Forbid());
        return (partnership, null);
    }

    /// <summary>ASCII names (the partnership's stable key), which every browser and file system keeps as they are.</summary>
    private static string FileName(Partnership partnership, string what, string extension) =>
        $"{partnership.Key ?? $"partnership-{partnership.Id}"}-{what}.{extension}";
}
