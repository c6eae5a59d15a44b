namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Who may show our pages inside a frame. Newsrooms embed the charts under <c>/embed</c>
/// in their articles, so those pages may be framed by any site; every other page only by
/// this site, so that nobody can overlay a sign-in or review form with their own content
/// (clickjacking). Applied by <see cref="SecurityHeaders"/> on every response.
/// </summary>
public static class FramingHeaders
{
    public const string EmbedPrefix = "/embed";

    public static void Apply(IHeaderDictionary headers, PathString path)
    {
        var embeddable = path.StartsWithSegments(EmbedPrefix);
        // Both: frame-ancestors for current browsers, X-Frame-Options for older ones.
        if (embeddable) headers.Remove("X-Frame-Options");
        else headers.XFrameOptions = "SAMEORIGIN";
        AddFrameAncestors(headers, embeddable ? "*" : "'self'");
    }

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
