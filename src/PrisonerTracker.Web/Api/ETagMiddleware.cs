using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// ETag on every API GET and 304 on a matching <c>If-None-Match</c>. The tag covers the
/// data version, the request (path, query, Accept), who asks (staff see more) and today's
/// date (results default to "as of today"). An endpoint may set its own ETag (a single
/// record, for <c>If-Match</c>); this one is then left alone.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, DataVersion version, TimeProvider clock)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var viewer = context.Viewer();
        var fingerprint = string.Join('\n',
            await version.GetAsync(context.RequestAborted),
            context.Request.Path, context.Request.QueryString, context.Request.Headers.Accept.ToString(),
            context.Request.Headers.AcceptLanguage.ToString(),
            viewer.IsStaff ? "staff" : "public", DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("O"));
        var tag = $"W/\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..32]}\"";

        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(m => m.Tag.ToString() == tag[2..] || m.ToString() == tag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = tag;
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK && !context.Response.Headers.ContainsKey(HeaderNames.ETag))
                context.Response.Headers.ETag = tag;
            return Task.CompletedTask;
        });
        await next(context);
    }
}
