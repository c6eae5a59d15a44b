using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace PrisonerTracker.Web.Api.Limits;

/// <summary>
/// API request bodies are limited to 1 MiB (an endpoint may declare another limit with
/// <c>[RequestSizeLimit]</c>). Enforced here rather than by the server alone, so that every
/// host, the test host included, answers 413 problem details the same way.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long DefaultLimit = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        var declared = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        if (declared is { MaxRequestBodySize: null })
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

    private static Task RefuseAsync(HttpContext context, long limit) =>
        Problems.WriteAsync(context, Problems.Details(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
            $"Request bodies are limited to {limit:N0} bytes."));
}
