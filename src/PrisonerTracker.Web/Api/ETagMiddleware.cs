using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// ETag on every API GET and 304 on a matching <c>If-None-Match</c>. Anonymous callers get a
/// hash of the body itself (<see cref="ContentETag"/>): computed from public content only. Staff
/// get a tag over the data version, the request (path, query, Accept, Accept-Encoding), whose view it is
/// (<see cref="Viewer.CacheScope"/>: restricted fields depend on the organisation) and today's
/// date (results default to "as of today"), known before the response is built; a single
/// record's GET sends a strong tag that carries both its row version (for <c>If-Match</c>) and
/// this fingerprint (for <c>If-None-Match</c>): see <see cref="RecordETag"/>.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next)
{
    /// <summary>Where the request's fingerprint is kept for <see cref="RecordETag.Set"/>.</summary>
    public const string FingerprintKey = "tracker.etag.fingerprint";

    public async Task InvokeAsync(HttpContext context, DataVersion version, TimeProvider clock)
    {
        if ((!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<OutsideDataVersion>() is not null)
        {
            await next(context);
            return;
        }

        var viewer = context.Viewer();
        if (!viewer.IsStaff)
        {
            await ContentETag.InvokeAsync(context, next);
            return;
        }
        var fingerprint = string.Join('\n',
            await version.GetAsync(context.RequestAborted),
            context.Request.Path, context.Request.QueryString, context.Request.Headers.Accept.ToString(),
            context.Request.Headers.AcceptLanguage.ToString(),
            // A compressed body is another representation, so it gets another tag.
            context.Request.Headers.AcceptEncoding.ToString(),
            viewer.CacheScope, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("O"));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(fingerprint)))[..32];
        var tag = $"W/\"{hash}\"";
        context.Items[FingerprintKey] = hash;

        // Weak comparison, as RFC 9110 asks for If-None-Match: the list's tag or a record's tag both qualify.
        if (context.Request.GetTypedHeaders().IfNoneMatch.FirstOrDefault(m => RecordETag.Fingerprint(m) == hash) is { } match)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = match.ToString();
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

/// <summary>
/// Marks endpoints whose data the <see cref="DataVersion"/> does not cover (API keys: their last
/// use changes all the time), so the ETag middleware never answers them from a client's cache.
/// </summary>
public sealed class OutsideDataVersion
{
    public static readonly OutsideDataVersion Instance = new();
}
