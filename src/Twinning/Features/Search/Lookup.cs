using Microsoft.EntityFrameworkCore;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Search;

/// <summary>
/// GET /lookup/people and /lookup/organisations: each record's id with its folded names and aliases,
/// for the pickers of the forms (wwwroot/js/picker.js) to find a person by any spelling while typing.
/// The folding is the server's own (the stored search key), so the picker matches as the search box does.
/// Drafts only for those the read rule shows them to (<see cref="Editing.ReadFilter.ApplyShared{T}"/>).
/// </summary>
public static class Lookup
{
    public sealed record Entry(int Id, string Key);

    public static IEndpointRouteBuilder MapLookup(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/lookup/{kind}", async (string kind, TwinningDb db, PartnershipAccess access, CancellationToken ct) =>
        {
            if (!await access.CanReadSharedAsync(ct)) return Results.Forbid();
            // The read rule's draft part: a draft person's name is not handed to every member's picker.
            var readable = await Editing.ReadFilter.OfAsync(access, ct);
            List<Entry>? entries = kind switch
            {
                "people" => await readable.ApplyShared(db.People.AsNoTracking()).Select(p => new Entry(p.Id, p.SearchKey)).ToListAsync(ct),
                "organisations" => await readable.ApplyShared(db.Organisations.AsNoTracking()).Select(o => new Entry(o.Id, o.SearchKey)).ToListAsync(ct),
                _ => null,
            };
            return entries is null ? Results.NotFound() : Results.Ok(entries);
        }).RequireAuthorization();
        return endpoints;
    }
}
