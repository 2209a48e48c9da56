using Scalar.AspNetCore;

namespace Twinning.Features.Api;

/// <summary>
/// /api/v1: the record for scripts and other systems. Bearer tokens only (no cookies, so no antiforgery),
/// the same read rule and workflow as the pages, problem details for every error, OpenAPI at
/// /api/v1/openapi.json and a browsable reference at /api/docs.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";
    public const string Policy = "api";

    public static IServiceCollection AddTwinningApi(this IServiceCollection services)
    {
        services.AddScoped<AccessTokens>();
        // Enums travel as their names ("Visit", "AToB"), as the document describes them, never as numbers.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddAuthentication().AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenAuthentication>(BearerTokenAuthentication.SchemeName, null);
        services.AddAuthorization(o => o.AddPolicy(Policy, p => p.AddAuthenticationSchemes(BearerTokenAuthentication.SchemeName).RequireAuthenticatedUser()));
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/v1", StringComparison.Ordinal) == true);
        return services;
    }

    public static WebApplication MapTwinningApi(this WebApplication app)
    {
        var api = app.MapGroup(Prefix).RequireAuthorization(Policy).WithTags("Twinning");
        PartnershipEndpoints.Map(api);
        ActivityEndpoints.Map(api);
        PeopleEndpoints.Map(api);
        SourceEndpoints.Map(api);

        // The description of the API is public: it says nothing about the data.
        app.MapOpenApi($"{Prefix}/openapi.json").AllowAnonymous();
        app.MapScalarApiReference("/api/docs", o => o.WithOpenApiRoutePattern("/api/{documentName}/openapi.json")).AllowAnonymous();
        return app;
    }

    /// <summary>Page and page size from the query, within bounds (1–200 items a page).</summary>
    public static (int Page, int Size) Paging(int? page, int? pageSize) => (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, 200));

    /// <summary>Whether the caller's token lets them write at all (their role decides where).</summary>
    public static bool MayWrite(HttpContext context) =>
        context.User.FindFirst(BearerTokenAuthentication.ScopeClaim)?.Value == nameof(AccessScope.Write);

    /// <summary>A record's ETag: its version, which every save raises.</summary>
    public static string ETag(int version) => $"\"{version}\"";

    /// <summary>Why a write may not go ahead on the stored version: 428 without If-Match, 412 on an older one; null when it may.</summary>
    public static IResult? Precondition(HttpContext context, int storedVersion) =>
        IfMatchVersion(context) is not { } version ? ApiProblems.PreconditionRequired()
        : version != storedVersion ? ApiProblems.Stale(ETag(storedVersion))
        : null;

    /// <summary>The version an If-Match header names; null when absent or not one of ours.</summary>
    private static int? IfMatchVersion(HttpContext context)
    {
        var value = context.Request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal)) value = value[2..];
        return value.Length > 2 && value[0] == '"' && value[^1] == '"' && int.TryParse(value[1..^1], out var v) ? v : null;
    }
}

/// <summary>Errors under /api as problem documents rather than the site's HTML error pages.</summary>
public static class ApiErrors
{
    /// <summary>
    /// Placed inside the site's exception handler and status-code pages, so for /api an exception or an
    /// empty error status (405, 415…) is answered here, as application/problem+json, before those pages see it.
    /// </summary>
    public static WebApplication UseApiErrors(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments(ApiEndpoints.Prefix), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = Web.ErrorStatus.Of });
            api.UseStatusCodePages();
        });
        return app;
    }

    /// <summary>
    /// After routing: an address under /api/v1 that names no endpoint is a 404 problem, and a known address asked
    /// with a method it does not take is routing's 405 (as a problem, by the status-code pages above), answered
    /// here, before authorization: neither carries the API's policy, so the site's fallback policy would send the
    /// caller to the sign-in page meant for browsers. The addresses are public (the OpenAPI document lists them),
    /// so saying that one does not exist tells an anonymous caller nothing.
    /// </summary>
    public static WebApplication UseApiNotFound(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments(ApiEndpoints.Prefix))
                await next(context);
            else if (context.GetEndpoint() is not { } endpoint)
                await ApiProblems.WriteAsync(context, StatusCodes.Status404NotFound, "No such address in this API; see /api/v1/openapi.json.");
            else if (endpoint.Metadata.Count == 0 && endpoint.RequestDelegate is { } rejection)
                await rejection(context); // routing's 405 endpoint: no metadata, it sets 405 and Allow
            else
                await next(context);
        });
        return app;
    }
}
