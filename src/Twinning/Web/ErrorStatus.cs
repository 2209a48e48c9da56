using Microsoft.AspNetCore.Antiforgery;

namespace Twinning.Web;

/// <summary>
/// The status a failed request gets: a request the client got wrong (a form without its antiforgery
/// token, a body that cannot be read) is a 400 page, not a server error; anything else is a 500.
/// </summary>
public static class ErrorStatus
{
    public static int Of(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        AntiforgeryValidationException => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status500InternalServerError,
    };
}
