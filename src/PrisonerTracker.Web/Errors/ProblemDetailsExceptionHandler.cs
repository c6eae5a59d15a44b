using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Domain.Common;

namespace PrisonerTracker.Web.Errors;

/// <summary>
/// Maps domain and persistence errors to RFC 9457 problem details. Only messages written
/// for users (domain rules) are shown; anything unexpected becomes a bare 500.
/// </summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // Pages keep the friendly error page; problem details are for API callers.
        // The middleware has already rewritten the path to the error page; the original is in the feature.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path;
        // The reader went away (closed the tab, a load tester's run ended): nobody is left to answer,
        // and it is not an error of ours. 499, as proxies log it; nothing is written.
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("Client went away during {Method} {Path}", context.Request.Method, path);
            context.Response.StatusCode = 499;
            return true;
        }
        var unavailable = DatabaseUnavailable.Is(exception);
        if (unavailable)
        {
            logger.LogWarning("Database unavailable on {Method} {Path}: {Error}", context.Request.Method, path, exception.GetType().Name);
            DatabaseUnavailable.AddRetryAfter(context.Response);
        }
        if (!path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase))
        {
            // The error page renders; it keeps the status set here (503 for an outage).
            if (unavailable) context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return false;
        }

        var problem = exception switch
        {
            DomainRuleException rule => new ValidationProblemDetails(new Dictionary<string, string[]> { [Camel(rule.Field)] = [rule.Message] })
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Type = "https://prisonertracker.org/problems/domain-rule",
                Title = "A domain rule was broken.",
                Detail = rule.Message,
            },
            Api.Access.FieldAccessDeniedException denied => new ValidationProblemDetails(new Dictionary<string, string[]> { [denied.Field] = [denied.Message] })
            {
                Status = StatusCodes.Status403Forbidden,
                Type = Api.Problems.TypeFor(StatusCodes.Status403Forbidden),
                Title = "Not allowed to write this field.",
                Detail = denied.Message,
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Type = "https://prisonertracker.org/problems/concurrency-conflict",
                Title = "The record was changed by someone else.",
                Detail = "Reload the record and apply your change again.",
            },
            BadHttpRequestException bad => BadRequestProblem.From(bad),
            Api.Writes.ConflictException conflict => Api.Problems.Details(StatusCodes.Status409Conflict, "The change conflicts with other records.", conflict.Message),
            _ when unavailable => Api.Problems.Details(StatusCodes.Status503ServiceUnavailable, "The service is briefly unavailable.",
                $"The database cannot answer right now. Nothing was changed; try again in {DatabaseUnavailable.RetryAfterSeconds} seconds."),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Type = "https://tools.ietf.org/html/rfc9110#section-15.6.1",
                Title = "An unexpected error occurred.",
            };
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
