using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// The public validator: a hash of the response body itself, so an anonymous tag changes exactly
/// when what the public reads changes, never with a hidden edit (a withheld person's record, a
/// restricted field) and never with a row version or a transaction counter (docs/privacy.md).
/// The body is held back until it is complete, up to <see cref="MaxBufferedBytes"/>; a larger
/// body (a big CSV export) streams on without a tag rather than filling memory.
/// </summary>
public static class ContentETag
{
    public const int MaxBufferedBytes = 4 * 1024 * 1024;

    public static async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        await using var buffer = new BufferUntilLimitStream(original, MaxBufferedBytes);
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        if (buffer.PassedThrough) return;

        var body = buffer.Buffered;
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body.Span))[..32]}\"");
            context.Response.Headers.ETag = tag.ToString();
            if (context.Request.GetTypedHeaders().IfNoneMatch.Any(m => m.Equals(EntityTagHeaderValue.Any) || m.Compare(tag, useStrongComparison: false)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }
        if (!HttpMethods.IsHead(context.Request.Method)) await original.WriteAsync(body, context.RequestAborted);
    }
}
