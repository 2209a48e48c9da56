using Microsoft.AspNetCore.Mvc;

namespace Twinning.Features.Api;

/// <summary>Every API error as an RFC 9457 problem document (application/problem+json), never an HTML page.</summary>
public static class ApiProblems
{
    public static IResult Status(int status, string detail) => Results.Problem(detail: detail, statusCode: status);

    public static IResult NotFound() => Status(StatusCodes.Status404NotFound, "No such record, or none you may read.");

    public static IResult Forbidden(string detail = "The token's owner may not do this here.") => Status(StatusCodes.Status403Forbidden, detail);

    public static IResult ReadOnlyToken() => Forbidden("This token may only read; make a token with write access.");

    public static IResult Validation(IDictionary<string, string[]> errors) => Results.ValidationProblem(errors);

    public static IResult PreconditionRequired() =>
        Status(StatusCodes.Status428PreconditionRequired, "Send If-Match with the ETag of the version you changed.");

    public static IResult Stale(string currentEtag) =>
        Results.Problem(detail: "Someone saved this record after the version you sent (If-Match). Read it again and reapply your change.",
            statusCode: StatusCodes.Status412PreconditionFailed, extensions: new Dictionary<string, object?> { ["currentEtag"] = currentEtag });

    /// <summary>For the authentication handler, which writes before any endpoint runs.</summary>
    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
