using Twinning.Features.Accounts;
using Twinning.Features.Search;

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
        return endpoints;
    }
}
