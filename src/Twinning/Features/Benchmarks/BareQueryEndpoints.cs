using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Agreements;
using Twinning.Features.Dashboard;
using Twinning.Features.Editing;
using Twinning.Features.Exports;
using Twinning.Features.People;
using Twinning.Features.Reports;
using Twinning.Features.Search;
using Twinning.Features.Timeline;

namespace Twinning.Features.Benchmarks;

/// <summary>
/// GET /bench/bare/…: the query behind a page without the page (no model binding of a form, no view, no layout),
/// answering a few numbers as JSON. The load benchmark (benchmarks/Twinning.Load.Benchmarks) puts each page beside
/// its bare query, the ceiling the page's own work is measured against. Mapped only when the configuration says
/// Benchmarks:BareEndpoints=true; signed-in callers only, and each query applies the same read rule as its page.
/// </summary>
public static class BareQueryEndpoints
{
    public const string Setting = "Benchmarks:BareEndpoints";

    public static IEndpointRouteBuilder MapBareQueries(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>(Setting)) return endpoints;
        var bare = endpoints.MapGroup("/bench/bare").RequireAuthorization();
        bare.MapGet("/search", async (string q, SearchHitKind? kind, int? p, SearchService search, PartnershipAccess access, CancellationToken ct) =>
        {
            if (!await access.CanReadSharedAsync(ct)) return Results.Forbid();
            var results = await search.SearchAsync(q, kind, p ?? 1, ct);
            return Results.Ok(new { results.Total, Hits = results.Hits.Count() });
        });
        bare.MapGet("/dashboard/{partnershipId:int}", async (int partnershipId, DashboardQuery query, PartnershipAccess access, CancellationToken ct) =>
            await access.CanReadAsync(partnershipId, ct)
                ? Results.Ok(new { (await query.LoadAsync(partnershipId, ct)).ActivityCount })
                : Results.Forbid());
        bare.MapGet("/timeline/{partnershipId:int}", async (int partnershipId, int? p, TimelineQuery query, PartnershipAccess access, CancellationToken ct) =>
            await access.CanReadAsync(partnershipId, ct)
                ? Results.Ok(new { (await query.LoadAsync(partnershipId, await ReadFilter.OfAsync(access, ct), new TimelineFilter(), p ?? 1, ct)).Total })
                : Results.Forbid());
        bare.MapGet("/agreement/{id:int}", async (int id, AgreementPageQuery query, RecordPermissions permissions, CancellationToken ct) =>
        {
            if (await query.FindAsync(id, ct) is not { } agreement) return Results.NotFound();
            if (!await permissions.CanReadAsync(agreement, ct)) return Results.Forbid();
            var data = await query.LoadAsync(agreement, await permissions.ReadFilterAsync(ct), ct);
            return Results.Ok(new { Commitments = data.Evidence.Count });
        });
        bare.MapGet("/person/{id:int}", async (int id, int? p, PersonPageQuery query, RecordPermissions permissions, CancellationToken ct) =>
        {
            if (await query.LoadAsync(id, await permissions.ReadFilterAsync(ct), p ?? 1, ct) is not { } data) return Results.NotFound();
            return await permissions.CanReadAsync(data.Person, ct) ? Results.Ok(new { data.AttendedCount }) : Results.Forbid();
        });
        bare.MapGet("/report/{partnershipId:int}", async (int partnershipId, int? agreement, DateOnly? from, DateOnly? to,
            TwinningDb db, PartnershipAccess access, TimeProvider clock, CancellationToken ct) =>
        {
            if (!await access.CanReadAsync(partnershipId, ct)) return Results.Forbid();
            var data = await new ReportQuery(db).LoadAsync(partnershipId, new ReportRequest { Agreement = agreement, From = from, To = to }, clock, ct);
            return data is null ? Results.NotFound() : Results.Ok(new { Read = true });
        });
        bare.MapGet("/workbook/{partnershipId:int}", async (int partnershipId, TwinningDb db, PartnershipAccess access, CancellationToken ct) =>
            await access.CanReadAsync(partnershipId, ct) ? Results.Ok(new { Rows = await ExportSheets.ReadAllAsync(db, partnershipId, ct) }) : Results.Forbid());
        return endpoints;
    }
}
