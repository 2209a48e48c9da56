using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Editing;

namespace Twinning.Features.Api;

/// <summary>Sources (press articles and documents) with the citations that tie their sentences to records.</summary>
public static class SourceEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/sources", ListAsync).WithName("ListSources");
        api.MapGet("/sources/{id:int}", GetAsync).WithName("GetSource");
    }

    private static async Task<IResult> ListAsync(int? partnership, int? page, int? pageSize, TwinningDb db, RecordPermissions permissions, CancellationToken ct)
    {
        var (number, size) = ApiEndpoints.Paging(page, pageSize);
        var query = await permissions.ReadableSourcesAsync(db.Sources.AsNoTracking(), ct);
        if (partnership is { } p) query = query.Where(s => s.PartnershipId == p);
        var items = await query.OrderByDescending(s => s.PublishedOn).ThenBy(s => s.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return Results.Ok(new Paged<SourceDto>(items.Select(s => SourceDto.Of(s, withCitations: false)).ToList(), number, size, await query.CountAsync(ct)));
    }

    private static async Task<IResult> GetAsync(int id, TwinningDb db, RecordPermissions permissions, CancellationToken ct)
    {
        var source = await db.Sources.AsNoTracking().Include(s => s.Citations).FirstOrDefaultAsync(s => s.Id == id, ct);
        return source is null || !await permissions.CanReadAsync(source, ct) ? ApiProblems.NotFound() : Results.Ok(SourceDto.Of(source, withCitations: true));
    }
}
