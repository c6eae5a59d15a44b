using Microsoft.AspNetCore.OutputCaching;

namespace PrisonerTracker.Web.Hosting.Caching;

/// <summary>
/// A response whose reader went away is never kept in the public cache. When the client disconnects,
/// the compression stream above the output cache's own stream fails first, so the cache may still
/// hold a truncated body and would serve it to every reader until the next write (dotnet/aspnetcore
/// #56427, fixed after .NET 10). Placed just inside the output cache, this takes back the permission
/// to store once the request was aborted.
/// </summary>
public static class AbortedResponses
{
    public static IApplicationBuilder UseNoCacheForAbortedResponses(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            finally
            {
                if (context.RequestAborted.IsCancellationRequested && context.Features.Get<IOutputCacheFeature>() is { } cache)
                    cache.Context.AllowCacheStorage = false;
            }
        });
}
