using Microsoft.AspNetCore.Identity;
using Twinning.Data;
using Twinning.Features.Accounts;

namespace Twinning.Features.Calendar;

/// <summary>GET /calendar/{token}.ics: a reader's feed, opened by the secret in its address rather than a cookie.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendar/{token}.ics", FeedAsync).AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> FeedAsync(string token, HttpContext context, FeedTokens tokens, TwinningDb db,
        IUserClaimsPrincipalFactory<TwinningUser> principals, PartnershipAccess access, TimeProvider clock, CancellationToken ct)
    {
        // Unknown, revoked and malformed tokens look the same: nothing to learn by guessing.
        var user = await tokens.UserOfAsync(token, ct);
        if (user is null) return Results.NotFound();

        // The request acts as the token's owner from here on, so the feed shows exactly what the owner's
        // own pages would (PartnershipAccess reads the memberships and role of this principal).
        context.User = await principals.CreateAsync(user);
        var scope = await Editing.ReadFilter.OfAsync(access, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var body = await CalendarFeed.BuildAsync(db, scope, today, Web.Localization.UiTextCatalog.DefaultLanguage, ct);
        // A feed address is a secret: no shared cache keeps a copy.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(body, CalendarFeed.ContentType);
    }
}
