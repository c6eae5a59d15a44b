using Microsoft.AspNetCore.Http.Timeouts;

namespace PrisonerTracker.Web.Errors;

/// <summary>
/// A request that runs longer than <c>RequestTimeoutMilliseconds</c> (default 60 s) is cancelled and
/// answered 503 with Retry-After, as problem details: a slow request must not pin a connection and a
/// thread while readers queue behind it. A response already streaming (a large CSV) is cut instead.
/// </summary>
public static class RequestTimeouts
{
    public static IServiceCollection AddTrackerRequestTimeouts(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = TimeSpan.FromMilliseconds(configuration.GetValue("RequestTimeoutMilliseconds", 60_000));
        return services.AddRequestTimeouts(options => options.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = timeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = async context =>
            {
                DatabaseUnavailable.AddRetryAfter(context.Response);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status503ServiceUnavailable,
                        Type = "https://tools.ietf.org/html/rfc9110#section-15.6.4",
                        Title = "The request took too long.",
                        Detail = $"Nothing was changed; try again in {DatabaseUnavailable.RetryAfterSeconds} seconds.",
                    },
                });
            },
        });
    }
}
