using Microsoft.AspNetCore.Http.Features;

namespace PrisonerTracker.Web.Api;

/// <summary>
/// HEAD on the API answers like GET (RFC 9110 §9.3.2): same status and headers (ETag,
/// Content-Type, Link), no body. Endpoints are mapped for GET only, so the request is routed as
/// a GET and whatever the endpoint writes is discarded; the method is restored afterwards, so
/// the request log still says HEAD.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    });
}
