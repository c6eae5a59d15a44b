using Microsoft.AspNetCore.Authentication;

namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// A key that was sent but is invalid or revoked is refused with 401 on every API path,
/// public reads included, rather than silently treated as anonymous: a caller with a
/// broken key should learn so at once.
/// </summary>
public sealed class RefuseInvalidKeysMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!string.IsNullOrEmpty(context.Request.Headers.Authorization))
        {
            var result = await context.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
            if (result.Failure is not null)
            {
                await context.ChallengeAsync(ApiKeyAuthenticationHandler.SchemeName);
                return;
            }
        }
        await next(context);
    }
}
