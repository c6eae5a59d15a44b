using Microsoft.AspNetCore.Authentication;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Api.Access;
using PrisonerTracker.Web.Api.Limits;
using PrisonerTracker.Web.Api.Writes;
using PrisonerTracker.Web.Features.ApiKeys;
using PrisonerTracker.Web.Hosting.ScaleOut;

namespace PrisonerTracker.Web.Hosting;

/// <summary>Who may call the API and how much: API-key authentication, role policies, rate and body limits.</summary>
public static class AccessSetup
{
    public static WebApplicationBuilder AddTrackerAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ApiKeyService>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorization(Policies.Add);
        builder.Services.Configure<RateLimitSettings>(builder.Configuration.GetSection("RateLimiting"));
        builder.Services.AddApiRateLimits();
        return builder;
    }

    /// <summary>
    /// After routing, before anything that reads the viewer (the ETag middleware, the endpoints):
    /// authenticate, refuse broken keys, rate-limit (per key once the key is known), authorize.
    /// </summary>
    public static WebApplication UseTrackerAccess(this WebApplication app)
    {
        app.UseAuthentication();
        // Once the caller is known (authentication reads and touches its key on the primary): which database reads.
        app.UseMiddleware<ReadRoutingMiddleware>();
        // Straight after authentication, so that even refusals to staff (403, 429) are kept out of caches.
        app.UseMiddleware<StaffResponseHeadersMiddleware>();
        // Before anything that can refuse the request (a broken key, the limit itself): refusals report the budget too.
        app.UseWhen(IsApi, api => api.UseRateLimitHeaders());
        app.UseWhen(IsApi, api => api.UseMiddleware<RefuseInvalidKeysMiddleware>());
        app.UseRateLimiter();
        app.UseAuthorization();
        // Every body, API or form, before anything reads it (antiforgery and model binding read forms).
        app.UseMiddleware<RequestBodyLimitMiddleware>();
        app.UseWhen(IsApi, api => api.UseMiddleware<IdempotencyMiddleware>());
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
