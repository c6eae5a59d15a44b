using System.Security.Claims;
using PrisonerTracker.Infrastructure.Auditing;

namespace PrisonerTracker.Web.Security;

/// <summary>
/// The actor of a write made during a request: the principal's name identifier and display name
/// (an API key today, a staff account as well once staff sign in), and the client address as the
/// forwarded-headers middleware resolved it. Outside a request (commands), the operator.
/// </summary>
public sealed class HttpAuditActorSource(IHttpContextAccessor accessor) : IAuditActorSource
{
    public AuditActor Current
    {
        get
        {
            if (accessor.HttpContext is not { } context) return AuditActor.System;
            var user = context.User;
            var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
            var name = user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? id : "anonymous";
            return new AuditActor(id, name, context.Connection.RemoteIpAddress?.ToString());
        }
    }
}
