using Microsoft.AspNetCore.WebUtilities;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// Every API error leaves as <c>application/problem+json</c>: bodiless errors (unknown route,
/// wrong method, wrong content type chosen by routing) get problem details instead of the HTML
/// error page, and typed results such as <c>NotFound&lt;ProblemDetails&gt;</c>, which the
/// framework writes as plain JSON, get the problem media type.
/// </summary>
public static class ApiProblemResponses
{
    public static IApplicationBuilder UseApiProblemResponses(this IApplicationBuilder api)
    {
        api.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var response = context.Response;
                if (response.StatusCode >= 400 && response.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
                    response.ContentType = "application/problem+json";
                return Task.CompletedTask;
            });
            await next(context);
        });
        api.UseStatusCodePages(async status =>
        {
            var code = status.HttpContext.Response.StatusCode;
            await Problems.WriteAsync(status.HttpContext, Problems.Details(code, $"{ReasonPhrases.GetReasonPhrase(code)}.", DetailFor(code)));
        });
        return api;
    }

    private static string DetailFor(int status) => status switch
    {
        StatusCodes.Status404NotFound => "There is no API resource at this address; see /swagger for the API.",
        StatusCodes.Status405MethodNotAllowed => "This resource does not support this method; see the Allow header and /swagger.",
        StatusCodes.Status415UnsupportedMediaType => "Send JSON (application/json), or application/merge-patch+json for PATCH.",
        _ => "The request could not be processed.",
    };
}
