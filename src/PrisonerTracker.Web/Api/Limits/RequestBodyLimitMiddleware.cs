using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace PrisonerTracker.Web.Api.Limits;

/// <summary>
/// Request bodies, API calls and workspace forms alike, are limited to 1 MiB (an endpoint may declare
/// another limit with <c>[RequestSizeLimit]</c>). Enforced here rather than by the server alone, so
/// that every host, the test host included, answers 413 the same way: problem details on the API,
/// the error page ("too much sent at once") for a form. Nothing behind it has read the body yet, so
/// a refused request changes nothing.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long DefaultLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        // The error page rendering this refusal runs through here again, with the same request: let it.
        if (declared is { MaxRequestBodySize: null } || context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            await next(context);
            return;
        }
        var limit = declared?.MaxRequestBodySize ?? DefaultLimit;
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false }) feature.MaxRequestBodySize = limit;

        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit);
            return;
        }
        if (context.Request.ContentLength is null && HasBody(context.Request))
        {
            // Chunked body of unknown length: read it up to the limit before anything parses it.
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await RefuseAsync(context, limit);
                    return;
                }
                buffer.Write(chunk, 0, read);
            }
            buffer.Position = 0;
            context.Request.Body = buffer;
            context.Request.ContentLength = buffer.Length;
        }
        await next(context);
    }

    private static bool HasBody(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method);

    private static Task RefuseAsync(HttpContext context, long limit)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            // The status code pages render the error page for it, in the reader's language; that page
            // must not try to read the refused form (its model binding would), so the body is set aside.
            context.Request.Body = Stream.Null;
            context.Request.ContentLength = 0;
            context.Request.ContentType = null;
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }
        return Problems.WriteAsync(context, Problems.Details(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
            $"Request bodies are limited to {limit:N0} bytes."));
    }
}
