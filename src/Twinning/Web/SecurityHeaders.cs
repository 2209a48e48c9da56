namespace Twinning.Web;

/// <summary>
/// Headers every response carries. The pages use no inline script or style, so the content
/// security policy can forbid both outright.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// The API reference (Scalar, at /api/docs) starts itself with an inline module script and sets inline
    /// styles; it shows no data of the app, only the public OpenAPI document, so only there are those allowed.
    /// </summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/docs") ? ApiReferencePolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // What the app answers (pages, exports, print views, feeds) is nobody's to keep: no shared or browser
        // cache holds it after sign-out. Static files (no endpoint) stay cacheable.
        context.Response.OnStarting(() =>
        {
            if (context.GetEndpoint() is not null && !headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next();
    });
}
