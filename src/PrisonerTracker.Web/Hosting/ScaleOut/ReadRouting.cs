using Microsoft.EntityFrameworkCore;
using PrisonerTracker.Infrastructure;
using PrisonerTracker.Web.Api.Access;

namespace PrisonerTracker.Web.Hosting.ScaleOut;

/// <summary>
/// Sends a request's reads to a standby when that cannot show its caller something older than
/// what they wrote (ADR 17). Standbys serve anonymous GET and HEAD requests, and API keys that
/// have not written in the last few seconds. The primary serves every write, the workspace, any
/// request carrying a staff session (staff are few and act on what they just saved) and a key's
/// reads just after it wrote. Runs after authentication, which reads (and touches) the key on the primary.
/// </summary>
public sealed class ReadRoutingMiddleware(RequestDelegate next, DatabaseConnections connections, IRecentWrites recent, IConfiguration configuration)
{
    // Import jobs: their progress changes every second (a standby would lag) and reading one may mark it failed (a write).
    private static readonly string[] PrimaryOnly = ["/workspace", "/account", "/health", "/api/v1/api-keys", "/api/v1/imports/jobs"];
    private readonly string? _readOnly = connections.ReadOnly is { } readOnly
        ? DatabaseConnections.ForRequests(readOnly, configuration.GetValue("Database:StatementTimeoutMilliseconds", 30_000))
        : null;

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var reading = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var key = context.User.FindFirst(ApiKeyAuthenticationHandler.KeyIdClaim)?.Value;
        if (!reading)
        {
            // Marked before the answer leaves: the caller's very next read already goes to the primary.
            if (key is not null && !HttpMethods.IsOptions(request.Method))
                context.Response.OnStarting(() => recent.MarkAsync(key).AsTask());
        }
        else if (_readOnly is not null && await MayReadStandbyAsync(context, key))
        {
            var db = context.RequestServices.GetRequiredService<TrackerDbContext>();
            // Only a closed connection can be pointed elsewhere; authentication has closed the one it used.
            if (db.Database.GetDbConnection().State == System.Data.ConnectionState.Closed)
                db.Database.SetConnectionString(_readOnly);
        }
        await next(context);
    }

    private async ValueTask<bool> MayReadStandbyAsync(HttpContext context, string? key)
    {
        if (PrimaryOnly.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))) return false;
        if (context.Request.Cookies.ContainsKey(IdentitySetup.StaffCookie)) return false;
        return key is null || !await recent.WroteRecentlyAsync(key);
    }
}
