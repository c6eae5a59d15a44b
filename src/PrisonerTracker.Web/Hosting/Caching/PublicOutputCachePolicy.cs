using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using PrisonerTracker.Web.Api;

namespace PrisonerTracker.Web.Hosting.Caching;

/// <summary>
/// What the public reads is the same for every anonymous reader of a language: on a news day it is
/// served from the output cache, not computed again. Only anonymous GET and HEAD requests are
/// cached: a request with a key, a session or any cookie but the language's is never served from
/// (nor stored in) the public cache. Entries vary by the whole query string, the page's language
/// and the Accept header (JSON or CSV), and are evicted by <see cref="Tag"/> when a write commits
/// (<see cref="OutputCacheEviction"/>), so an approved fact shows at once.
/// </summary>
public sealed class PublicOutputCachePolicy : IOutputCachePolicy
{
    public const string Tag = "public-data";

    /// <summary>Long enough to absorb a crowd; writes evict sooner. Bounds how stale "today" can be at midnight.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    /// <summary>Larger answers (full CSV exports) are served but not kept.</summary>
    public const long MaximumBodySize = 1024 * 1024;

    /// <summary>The whole cache's memory bound; least recently used entries go first.</summary>
    public const long SizeLimit = 64 * 1024 * 1024;

    private static readonly string[] NeverCached = ["/health", "/workspace", "/account", "/culture", "/error", "/api/v1/api-keys"];

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = IsPublicRead(http);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // No locking: with it, the readers waiting on the first request of a key share its fate, and
        // when that reader disconnects they all got a 500 (seen under load on the CSV export; and a
        // truncated answer can be shared the same way, dotnet/aspnetcore #52310). Public reads cost
        // tens of milliseconds since the counts read model (ADR 20), so a stampede after an eviction
        // is a few concurrent renders, not a pile-up.
        context.AllowLocking = false;
        context.ResponseExpirationTimeSpan = Duration;
        context.Tags.Add(Tag);
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.HeaderNames = new StringValues(["Accept", "Accept-Encoding"]);
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        // Only complete, public answers: no cookie set, no error, nothing marked private.
        var storable = response.StatusCode == StatusCodes.Status200OK
            && StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            && !response.Headers.CacheControl.ToString().Contains("private", StringComparison.OrdinalIgnoreCase)
            && !response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase);
        context.AllowCacheStorage &= storable;
        return ValueTask.CompletedTask;
    }

    private static bool IsPublicRead(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        if (request.Headers.ContainsKey("Authorization") || http.Viewer().IsStaff) return false;
        if (request.Cookies.Any(c => c.Key != Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName)) return false;
        var path = request.Path;
        return !NeverCached.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
    }
}
