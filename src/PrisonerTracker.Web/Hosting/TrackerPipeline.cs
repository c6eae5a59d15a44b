using PrisonerTracker.Web.Hosting.Caching;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Features.ApiKeys;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Features.Audit;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Facilities;
using PrisonerTracker.Web.Features.Imports;
using PrisonerTracker.Web.Features.Organisations;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Localization;
using Serilog;

namespace PrisonerTracker.Web.Hosting;

public static class TrackerPipeline
{
    public static WebApplication UseTracker(this WebApplication app)
    {
        // First: everything after it (rate limits, links, logs) sees the client, not the proxy.
        app.UseForwardedHeaders();
        // Next: every response after this point, errors and refusals included, carries them.
        app.UseSecurityHeaders();
        // HTTPS only, and not on a developer's machine, where a remembered HSTS entry for localhost breaks other apps.
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        // Path and status only: query strings can carry names typed into search. Outside the
        // exception handler, so it logs the status the client got (a refused parameter is a 400,
        // not a 500 carrying the exception and the value that failed to bind).
        app.UseSerilogRequestLogging(options =>
        {
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // The host's logger (its configured levels and sinks), not the static bootstrap one.
            options.Logger = app.Services.GetService<Serilog.ILogger>();
        });
        // Outside the error handlers, so that an error answered to a HEAD request has no body either.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseHeadAsGet());
        // A database outage is a 503 (with Retry-After, set by the exception handler), never a 500.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            // A body over the server's limit, read by a form, is the client's 413, not the server's 500.
            StatusCodeSelector = e => Errors.DatabaseUnavailable.Is(e) ? StatusCodes.Status503ServiceUnavailable
                : e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        app.UseNulCharacterCheck();

        app.UseStaticFiles();
        // After static files (they need no language), before anything that renders text.
        app.UseTrackerLocalization();
        app.UseRouting();
        // After routing (an endpoint may opt out); inside the error handlers, which it answers before.
        app.UseRequestTimeouts();
        // Before authentication: a browser's preflight carries no key and must still be answered.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseCors(ApiCors.Policy));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseApiProblemResponses());
        // Who is asking must be known before the ETag middleware: staff and the public get different tags.
        app.UseTrackerAccess();

        // After access (a staff request is never served from the public cache), around the ETags it stores.
        app.UseOutputCache();
        app.UseNoCacheForAbortedResponses();
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<ETagMiddleware>());
        // Inside the cache and the ETags: both keep and tag the compressed bytes (ApiCompression).
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseResponseCompression());

        app.UseSwagger(OpenApiSetup.Serve);
        app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "PrisonerTracker API v1"));

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapApiKeyEndpoints();
        app.MapDetaineeWriteEndpoints();
        app.MapDetaineePublicationEndpoints();
        app.MapEventWriteEndpoints();
        app.MapFacilityWriteEndpoints();
        app.MapOrganisationWriteEndpoints();
        app.MapAnnouncementWriteEndpoints();
        app.MapImportEndpoints();
        app.MapImportJobEndpoints();
        app.MapRazorPages();
        app.MapStatsEndpoints();
        app.MapDeletionEndpoints();
        app.MapAuditEndpoints();
        app.MapClaimGapEndpoints();
        app.MapDetaineesEndpoints();
        app.MapEventsEndpoints();
        app.MapFacilitiesEndpoints();
        app.MapOrganisationsEndpoints();
        app.MapAnnouncementsEndpoints();
        return app;
    }
}
