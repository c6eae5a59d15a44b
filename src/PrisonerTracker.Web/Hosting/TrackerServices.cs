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

namespace PrisonerTracker.Web.Hosting;

public static class TrackerServices
{
    public static WebApplicationBuilder AddTracker(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["PORT"] ?? "5080";
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        // No "Server: Kestrel": naming the server and its make only helps whoever probes for known flaws.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

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

        var connectionString = builder.Configuration.GetConnectionString("Tracker")
            ?? throw new InvalidOperationException("Set the connection string ConnectionStrings__Tracker.");
        // Public answers are cached (Hosting/Caching); every committed write evicts them.
        builder.Services.AddOutputCache(options =>
        {
            options.AddBasePolicy(new PublicOutputCachePolicy());
            // Pages and JSON are tens of KB; a multi-MB CSV export streams and is not worth keeping in memory.
            options.MaximumBodySize = PublicOutputCachePolicy.MaximumBodySize;
            options.SizeLimit = PublicOutputCachePolicy.SizeLimit;
        });
        builder.Services.AddSingleton<OutputCacheEviction>();
        builder.Services.AddHostedService<DataChangeListener>();
        // Requests may not hold a connection longer than this (Database:StatementTimeoutMilliseconds); commands lift it.
        var statementTimeout = builder.Configuration.GetValue("Database:StatementTimeoutMilliseconds", 30_000);
        var requestConnection = TrackerDatabase.WithStatementTimeout(connectionString, statementTimeout);
        builder.Services.AddDbContext<TrackerDbContext>((services, options) =>
            TrackerDatabase.Configure(options, requestConnection).AddInterceptors(services.GetRequiredService<OutputCacheEviction>()));
        builder.Services.AddTrackerRequestTimeouts(builder.Configuration);
        // Checked now, so that a server without its key refuses to start instead of failing on the first write.
        builder.Services.AddSingleton(EncryptionSettings.ForHost(builder.Configuration, builder.Environment));
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditActorSource, HttpAuditActorSource>();
        builder.Services.AddScoped<AuditService>();
        builder.Services.AddSingleton(TimeProvider.System);

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TrackerDbContext>("database", tags: ["ready"]);
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
        builder.Services.AddScoped<EventWriteService>();
        builder.Services.AddScoped<FacilityWriteService>();
        builder.Services.AddScoped<OrganisationWriteService>();
        builder.Services.AddScoped<AnnouncementWriteService>();
        builder.Services.AddScoped<Features.Imports.ImportService>();
        builder.Services.AddSingleton<Features.Imports.PendingImports>();
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
