using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Api.Access;

/// <summary>
/// Every response to staff is <c>Cache-Control: private, no-store</c> with <c>Vary: Authorization</c>:
/// it can carry withheld people and restricted fields, so no shared cache may keep it and no cache
/// may answer anyone else with it. Set when the response starts, after anything later in the
/// pipeline (the ETag middleware, an endpoint) has set its own headers, 304s included, so a public
/// cache header can never end up on a staff response.
/// </summary>
public sealed class StaffResponseHeadersMiddleware(RequestDelegate next)
{
    public const string CacheControl = "private, no-store";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Viewer().IsStaff)
        {
            // OnStarting callbacks run last-registered first: registered before the ETag middleware's, this one runs after it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.CacheControl = CacheControl;
                headers.Remove(HeaderNames.Expires);
                if (!headers.Vary.Any(v => v is not null && v.Split(',').Any(name => name.Trim().Equals(HeaderNames.Authorization, StringComparison.OrdinalIgnoreCase))))
                    headers.Append(HeaderNames.Vary, HeaderNames.Authorization);
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
