namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Headers that limit what a browser lets our responses do, on every response (pages, API,
/// static files, errors): a Content-Security-Policy that runs only our own files (no inline
/// script or style, nothing from other hosts), the framing rules of <see cref="FramingHeaders"/>,
/// no full URLs (which can hold a name typed into search) in the Referer sent to other sites, and
/// no access to device features the site never uses.
/// </summary>
public static class SecurityHeaders
{
    public const string SwaggerPrefix = "/swagger";

    /// <summary>Pages, API and static files: our own scripts, styles and images only.</summary>
    public const string Policy =
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>
    /// The API reference (Swagger UI, a page for developers, served from the Swashbuckle package):
    /// its stylesheet draws icons as <c>data:</c> SVG images, and its script adds one fixed
    /// <c>&lt;style&gt;</c> element, allowed by its hash alone rather than by 'unsafe-inline'.
    /// Upgrading Swashbuckle can change that element: the browser test of /swagger then fails
    /// and Chromium's message names the new hash to put here. Scripts stay 'self' only
    /// (Swashbuckle serves its set-up as index.js, not inline).
    /// </summary>
    public const string SwaggerPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; " +
        "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    /// <summary>Device and browser features the site never uses, denied to it and to anything it frames.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), " +
        "geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), " +
        "payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), " +
        "usb=(), xr-spatial-tracking=()";

    /// <summary>
    /// Workspace pages use Web Authentication (passkeys) from our own origin only; everything else stays denied.
    /// The public pages never ask for a passkey, so they keep denying it.
    /// </summary>
    public const string WorkspacePermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), " +
        "geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), " +
        "payment=(), picture-in-picture=(), publickey-credentials-create=(self), publickey-credentials-get=(self), " +
        "screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()";

    public const string WorkspacePrefix = "/workspace";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // The path as requested: an error page re-executed under /Error keeps the rules of the page asked for.
            var path = context.Request.Path;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = path.StartsWithSegments(WorkspacePrefix, StringComparison.OrdinalIgnoreCase)
                    ? WorkspacePermissionsPolicy : PermissionsPolicy;
                headers.ContentSecurityPolicy = path.StartsWithSegments(SwaggerPrefix) ? SwaggerPolicy : Policy;
                FramingHeaders.Apply(headers, path);
                return Task.CompletedTask;
            });
            return next(context);
        });
}
