using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;
using Twinning.Features.Editing;

namespace Twinning.Features.Api;

/// <summary>Partnerships, their agreements with commitments, and search.</summary>
public static class PartnershipEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/partnerships", ListAsync).WithName("ListPartnerships");
        api.MapGet("/partnerships/{id:int}", GetAsync).WithName("GetPartnership");
        api.MapGet("/partnerships/{id:int}/agreements", AgreementsAsync).WithName("ListAgreements");
        api.MapGet("/agreements/{id:int}", AgreementAsync).WithName("GetAgreement");
        api.MapGet("/search", SearchAsync).WithName("Search");
    }

    private static async Task<Paged<PartnershipDto>> ListAsync(TwinningDb db, PartnershipAccess access, int? page, int? pageSize, CancellationToken ct)
    {
        var (number, size) = ApiEndpoints.Paging(page, pageSize);
        var readable = await access.ReadablePartnershipIdsAsync(ct);
        var query = db.Partnerships.AsNoTracking().Where(p => readable.Contains(p.Id));
        var items = await query.OrderBy(p => p.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<PartnershipDto>(items.Select(PartnershipDto.Of).ToList(), number, size, await query.CountAsync(ct));
    }

    private static async Task<IResult> GetAsync(int id, TwinningDb db, PartnershipAccess access, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return partnership is null || !await access.CanReadAsync(id, ct) ? ApiProblems.NotFound() : Results.Ok(PartnershipDto.Of(partnership));
    }

    private static async Task<IResult> AgreementsAsync(int id, TwinningDb db, PartnershipAccess access, RecordPermissions permissions, CancellationToken ct)
    {
        if (!await access.CanReadAsync(id, ct)) return ApiProblems.NotFound();
        var readable = await permissions.ReadFilterAsync(ct);
        var agreements = await readable.Apply(db.Agreements.AsNoTracking()).Include(a => a.Commitments)
            .Where(a => a.PartnershipId == id).OrderByDescending(a => a.StartYear).ThenBy(a => a.Id).ToListAsync(ct);
        return Results.Ok(agreements.Select(AgreementDto.Of).ToList());
    }

    private static async Task<IResult> AgreementAsync(int id, TwinningDb db, RecordPermissions permissions, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Commitments).FirstOrDefaultAsync(a => a.Id == id, ct);
        return agreement is null || !await permissions.CanReadAsync(agreement, ct) ? ApiProblems.NotFound() : Results.Ok(AgreementDto.Of(agreement));
    }

    /// <summary>The search page's results: ranked, grouped by kind with counts, only what the caller may read; one kind paged.</summary>
    private static async Task<IResult> SearchAsync(string? q, Search.SearchHitKind? kind, int? page, Search.SearchService search, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q)) return ApiProblems.Validation(new Dictionary<string, string[]> { ["q"] = ["Give the words to search for."] });
        var results = await search.SearchAsync(q, kind, Math.Max(1, page ?? 1), ct);
        return Results.Ok(results.Groups.Select(g => new SearchGroupDto(g.Kind.ToString(), g.Count, g.More,
            g.Hits.Select(h => new SearchHitDto(h.Kind.ToString(), h.Id, h.Title, h.Rank, UrlOf(h))).ToList())).ToList());
    }

    private static string UrlOf(Search.SearchHit hit) => hit.Kind switch
    {
        Search.SearchHitKind.Person => $"{ApiEndpoints.Prefix}/people/{hit.Id}",
        Search.SearchHitKind.Organisation => $"{ApiEndpoints.Prefix}/organisations/{hit.Id}",
        Search.SearchHitKind.Agreement => $"{ApiEndpoints.Prefix}/agreements/{hit.Id}",
        Search.SearchHitKind.Partnership => $"{ApiEndpoints.Prefix}/partnerships/{hit.Id}",
        Search.SearchHitKind.Source => $"{ApiEndpoints.Prefix}/sources/{hit.Id}",
        _ => $"{ApiEndpoints.Prefix}/activities/{hit.Id}",
    };
}
