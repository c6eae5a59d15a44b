using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Infrastructure.Auditing;
using PrisonerTracker.Web.Features.Audit;
using PrisonerTracker.Web.Security;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Errors;
using PrisonerTracker.Web.Features.Announcements;
using PrisonerTracker.Web.Features.Dashboard;
using PrisonerTracker.Web.Features.Detainees;
using PrisonerTracker.Web.Features.Events;
using PrisonerTracker.Web.Features.Facilities;
using PrisonerTracker.Web.Features.Organisations;
using PrisonerTracker.Web.Features.Stats;
using PrisonerTracker.Web.Localization;
using Serilog;

using PrisonerTracker.Web.Hosting.Caching;
using PrisonerTracker.Web.Hosting.ScaleOut;

namespace PrisonerTracker.Web.Hosting;

public static class TrackerServices
{
    public static WebApplicationBuilder AddTracker(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["PORT"] ?? "5080";
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // No "Server: Kestrel": naming the server and its make only helps whoever probes for known flaws.
        builder.WebHost.ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            // Bounds a client cannot push the server past (docs/reliability.md): bodies as the app's own
            // limit (RequestBodyLimitMiddleware answers first, with a 413 the client can read); request
            // line and headers at Kestrel's defaults, stated here so that they are a decision (414, 431).
            options.Limits.MaxRequestBodySize = Api.Limits.RequestBodyLimitMiddleware.DefaultLimit;
            options.Limits.MaxRequestLineSize = 8 * 1024;
            options.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            options.Limits.MaxRequestHeaderCount = 100;
        });

        // The host gets a logger of its own and leaves the static bootstrap logger alone: freezing
        // that shared logger fails ("already frozen") when two hosts start in one process, as the
        // HTTP and browser test hosts do.
        // The framework's own request lines carry full URLs, query strings included (a name typed
        // into search): they stay off unless configuration turns them on. Our request log has no query.
        builder.Services.AddSerilog((services, logger) => logger
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"),
            preserveStaticLogger: true);

        // The primary, and the standbys reads may use (Hosting/ScaleOut, ADR 17).
        var connections = DatabaseConnections.From(builder.Configuration);
        builder.Services.AddSingleton(connections);
        // Public answers are cached (Hosting/Caching); every committed write evicts them.
        builder.Services.AddOutputCache(options =>
        {
            options.AddBasePolicy(new PublicOutputCachePolicy());
            // Pages and JSON are tens of KB; a multi-MB CSV export streams and is not worth keeping in memory.
            options.MaximumBodySize = PublicOutputCachePolicy.MaximumBodySize;
            // The in-memory store's bound; Redis is bounded by its own maxmemory (docs/operations.md).
            options.SizeLimit = PublicOutputCachePolicy.SizeLimit;
        });
        builder.Services.AddApiCompression();
        // With ConnectionStrings:Redis, the cache, rate limits and read-your-writes marks are shared by every instance.
        builder.AddTrackerRedis();
        builder.Services.AddSingleton<ReplicaCatchUp>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReplicaCatchUp>());
        builder.Services.AddSingleton<OutputCacheEviction>();
        builder.Services.AddHostedService<DataChangeListener>();
        // Requests may not hold a connection longer than this (Database:StatementTimeoutMilliseconds); commands lift it.
        var statementTimeout = builder.Configuration.GetValue("Database:StatementTimeoutMilliseconds", 30_000);
        // Writes by default; ReadRoutingMiddleware points a request's context at a standby when that is safe.
        var requestConnection = TrackerDatabase.ForServing(connections.Primary, statementTimeout);
        // The same string the options build (with the session settings name search needs), set again on every rental.
        var primaryForRequests = DatabaseConnections.ForRequests(connections.Primary, statementTimeout);
        // Pooled: a request rents a context instead of building one (its internal services, its
        // interceptors, its state manager). Everything a context is built with is a singleton (clock,
        // field protector, audit actor source, which reads the current request when it saves). The
        // per-request state is set again on every rental: the knownAt reading mode is cleared and the
        // connection goes back to the primary, whatever the previous request read from.
        builder.Services.AddPooledDbContextFactory<TrackerDbContext>((services, options) =>
            TrackerDatabase.Configure(options, requestConnection).AddInterceptors(services.GetRequiredService<OutputCacheEviction>()));
        builder.Services.AddScoped(services =>
        {
            var db = services.GetRequiredService<IDbContextFactory<TrackerDbContext>>().CreateDbContext();
            db.ReadAsKnownAt(null);
            db.Database.SetConnectionString(primaryForRequests);
            return db;
        });
        builder.Services.AddTrackerRequestTimeouts(builder.Configuration);
        // Checked now, so that a server without its key refuses to start instead of failing on the first write.
        builder.Services.AddSingleton(EncryptionSettings.ForHost(builder.Configuration, builder.Environment));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IAuditActorSource, HttpAuditActorSource>();
        builder.Services.AddScoped<AuditService>();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("database", tags: ["ready"])
            .AddCheck<ReplicaHealthCheck>("replicas", tags: ["ready"]);
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(OpenApiSetup.Configure);
        // Every page reads as known at ?knownAt= when the link carries one (reproducible figures).
        builder.Services.AddRazorPages().AddMvcOptions(options => options.Filters.Add<Features.Stats.KnownAtPageFilter>());
        builder.Services.AddTrackerLocalization();

        // Authentication (API keys; staff sign-in plugs in beside it), role policies, rate limits.
        builder.AddTrackerAccess();
        builder.AddTrackerIdentity();
        builder.AddTrackerProxies();
        builder.Services.AddApiCors();
        builder.Services.AddScoped<DataVersion>();
        builder.Services.AddScoped<DetaineeWriteService>();
        builder.Services.AddScoped<DuplicateCheck>();
        builder.Services.AddScoped<DetaineeMergeService>();
        builder.Services.AddScoped<EventWriteService>();
        builder.Services.AddScoped<FacilityWriteService>();
        builder.Services.AddScoped<OrganisationWriteService>();
        builder.Services.AddScoped<AnnouncementWriteService>();
        builder.Services.AddScoped<AnnouncementNameList>();
        builder.Services.AddScoped<Pages.Workspace.Announcements.AnnouncementForm>();
        builder.Services.AddScoped<Features.Imports.ImportService>();
        Features.Imports.ImportJobServices.AddImportJobs(builder.Services);
        builder.Services.AddScoped<StatsService>();
        builder.Services.AddScoped<FacilitiesService>();
        builder.Services.AddScoped<AnnouncementsService>();
        builder.Services.AddScoped<DashboardService>();
        builder.Services.AddScoped<DetaineesService>();
        builder.Services.AddScoped<EventsService>();
        builder.Services.AddScoped<OrganisationsService>();
        // Malformed query values raise BadHttpRequestException, answered as problem details naming the field.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new EnumJson());
            o.SerializerOptions.Converters.Add(new NulCharacters.JsonConverter());
            // {"name":"A","name":"B"} is a client bug to report, not a choice to make silently.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        return builder;
    }
}
