using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// RFC 9457 problem details for the statuses the API answers with, each with a
/// <c>type</c>, a <c>title</c> and a <c>detail</c> written for the caller.
/// </summary>
public static class Problems
{
    private static readonly Dictionary<int, string> Types = new()
    {
        [400] = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        [401] = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        [403] = "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        [404] = "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        [405] = "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        [409] = "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        [412] = "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        [413] = "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        [415] = "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        [422] = "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        [428] = "https://tools.ietf.org/html/rfc6585#section-3",
        [429] = "https://tools.ietf.org/html/rfc6585#section-4",
    };

    public static string TypeFor(int status) => Types.GetValueOrDefault(status, "about:blank");

    public static ProblemDetails Details(int status, string title, string detail) =>
        new() { Status = status, Type = TypeFor(status), Title = title, Detail = detail };

    public static ProblemHttpResult Result(int status, string title, string detail) =>
        TypedResults.Problem(Details(status, title, detail));

    public const string ValidationType = "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    /// <summary>
    /// 404 as <c>application/problem+json</c> (<c>TypedResults.NotFound(problem)</c> would say
    /// <c>application/json</c>). The same body for "no such id" and "not visible to you"
    /// (withheld, deleted), so a withheld id cannot be told apart from one that never existed.
    /// </summary>
    public static ProblemHttpResult Missing(string what) =>
        TypedResults.Problem(Details(404, $"{what} not found.", $"There is no {what.ToLowerInvariant()} with this id."));

    public static ValidationProblem Invalid(string field, string message) =>
        Invalid(new Dictionary<string, string[]> { [field] = [message] });

    public static ProblemHttpResult Forbidden(string detail) => Result(StatusCodes.Status403Forbidden, "Forbidden.", detail);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "One or more fields are invalid; see errors.",
            title: "The request is invalid.", type: TypeFor(400));

    /// <summary>Writes a problem outside an endpoint (authentication, rate limits, body limits).</summary>
    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status ?? 500;
        var service = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        if (!await service.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem }))
            await context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
