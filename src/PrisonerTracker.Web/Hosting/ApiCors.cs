using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// The API may be called from any web page (a newsroom's notebook, a researcher's dashboard).
/// That is safe because nothing is sent implicitly: there are no cookies on the API, and a key
/// travels only in an Authorization header the calling page adds itself.
/// </summary>
public static class ApiCors
{
    public const string Policy = "api";

    public static IServiceCollection AddApiCors(this IServiceCollection services) =>
        services.AddCors(options => options.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete)
            .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.Accept, HeaderNames.IfMatch,
                HeaderNames.IfNoneMatch, Api.Writes.IdempotencyMiddleware.Header)
            .WithExposedHeaders(HeaderNames.ETag, HeaderNames.Link, HeaderNames.Location, HeaderNames.RetryAfter, "Idempotent-Replayed",
                Api.Limits.ApiRateLimits.LimitHeader, Api.Limits.ApiRateLimits.RemainingHeader)
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
}
