using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Twinning.Web;

/// <summary>
/// A read page given a query value it cannot bind or that fails validation (year=abc, page=-1)
/// answers 400 with the reason, instead of silently showing something else or failing with 500.
/// </summary>
public sealed class RejectBadQueryFilter : IAsyncPageFilter
{
    public const string ItemKey = "Twinning.BadQuery";

    /// <summary>
    /// Answers 400 for a query value that binds but names nothing usable (checked by the handler, not
    /// by validation); the error page lists the reason as for any other bad query value.
    /// </summary>
    public static BadRequestResult Reject(HttpContext http, string field, string message)
    {
        http.Items[ItemKey] = new Dictionary<string, string[]> { [field] = [message] };
        return new BadRequestResult();
    }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && !context.ModelState.IsValid)
        {
            var errors = context.ModelState
                .Where(e => e.Value?.Errors.Count > 0)
                .ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray());
            // The error page (re-executed by the status-code middleware) lists these for the reader.
            context.HttpContext.Items[ItemKey] = errors;
            context.Result = new BadRequestResult();
            return;
        }
        await next();
    }
}
