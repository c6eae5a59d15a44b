using System.Security.Claims;
using PrisonerTracker.Infrastructure.Auditing;

namespace PrisonerTracker.Web.Security;

/// <summary>
/// The actor of a write made during a request: the principal's name identifier and display name
/// (an API key today, a staff account as well once staff sign in), and the client address as the
/// forwarded-headers middleware resolved it. Work done later on a request's behalf (a background
/// import) names the request's actor through <see cref="ActAs"/>. Outside both (commands), the operator.
/// </summary>
public sealed class HttpAuditActorSource(IHttpContextAccessor accessor) : IAuditActorSource
{
    private static readonly AsyncLocal<AuditActor?> Deferred = new();

    /// <summary>Until disposed, writes in this async flow are audited as <paramref name="actor"/>'s.</summary>
    public static IDisposable ActAs(AuditActor actor)
    {
        var previous = Deferred.Value;
        Deferred.Value = actor;
        return new Restore(previous);
    }

    /// <summary>The actor of the current request, for work that will run after it (a queued import).</summary>
    public static AuditActor Of(HttpContext context)
    {
        var user = context.User;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
        var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? id : "anonymous";
        return new AuditActor(id, name, context.Connection.RemoteIpAddress?.ToString());
    }

    public AuditActor Current
    {
        get
        {
            if (Deferred.Value is { } deferred) return deferred;
            if (accessor.HttpContext is not { } context) return AuditActor.System;
            return Of(context);
        }
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => Deferred.Value = previous;
    }
}
