namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Who may show our pages inside a frame. Newsrooms embed the charts under <c>/embed</c>
/// in their articles, so those pages may be framed by any site; every other page only by
/// this site, so that nobody can overlay a sign-in or review form with their own content
/// (clickjacking).
/// </summary>
public static class FramingHeaders
{
    public const string EmbedPrefix = "/embed";

    public static IApplicationBuilder UseFramingHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var embeddable = context.Request.Path.StartsWithSegments(EmbedPrefix);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                // Both: frame-ancestors for current browsers, X-Frame-Options for older ones.
                if (embeddable) headers.Remove("X-Frame-Options");
                else headers.XFrameOptions = "SAMEORIGIN";
                AddFrameAncestors(headers, embeddable ? "*" : "'self'");
                return Task.CompletedTask;
            });
            return next(context);
        });

    // Another part of the app may set its own policy: add the directive to it, never replace it.
    private static void AddFrameAncestors(IHeaderDictionary headers, string sources)
    {
        var policy = headers.ContentSecurityPolicy.ToString();
        if (policy.Contains("frame-ancestors", StringComparison.OrdinalIgnoreCase)) return;
        headers.ContentSecurityPolicy = string.IsNullOrWhiteSpace(policy)
            ? $"frame-ancestors {sources}"
            : $"{policy.TrimEnd().TrimEnd(';')}; frame-ancestors {sources}";
    }
}
