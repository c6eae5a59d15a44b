using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace PrisonerTracker.Web.Localization;

/// <summary>
/// The language switch in the header: remembers the choice in the standard culture cookie
/// and sends the reader back to the page they were on, never to another site.
/// </summary>
public sealed class CultureSwitch(TimeProvider clock)
{
    /// <summary>Sets the culture cookie; false (and nothing set) for a culture the site does not offer.</summary>
    public bool TryRemember(HttpContext context, string? culture)
    {
        if (!TrackerCultures.IsSupported(culture)) return false;
        var normalised = TrackerCultures.Supported.First(c => c.Equals(culture, StringComparison.OrdinalIgnoreCase));
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(normalised)),
            new CookieOptions
            {
                Expires = clock.GetUtcNow().AddYears(1),
                Path = "/",
                IsEssential = true, // a display preference, not tracking: no consent needed
                HttpOnly = true,
                Secure = context.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
            });
        return true;
    }

    /// <summary>Longer return addresses are not ours (a page's address with its filters stays far below).</summary>
    public const int MaxReturnUrlLength = 2048;

    /// <summary>
    /// The page to go back to: a local path only (not "//host", "/\host", an absolute URL, or one
    /// with control characters, which browsers strip before resolving), without ?culture=…, which
    /// would otherwise override the choice just made. Percent-encoded, so that a path such as "/é"
    /// becomes "/%C3%A9": a raw non-ASCII character is not a valid header value and would fail the
    /// redirect. Anything else goes home.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl)
    {
        if (!IsLocal(returnUrl) || returnUrl!.Length > MaxReturnUrlLength) return "/";
        var queryStart = returnUrl.IndexOf('?');
        // PathString escapes what a path may not hold and keeps %XX escapes as they are (no double encoding).
        var path = new PathString(queryStart < 0 ? returnUrl : returnUrl[..queryStart]).ToUriComponent();
        var safe = queryStart < 0 ? path : QueryHelpers.AddQueryString(path, KeptQuery(returnUrl[queryStart..]));
        return safe.Length <= MaxReturnUrlLength ? safe : "/";
    }

    // Parsing and writing the query again also encodes whatever it held raw.
    private static IEnumerable<KeyValuePair<string, string?>> KeptQuery(string query) =>
        QueryHelpers.ParseQuery(query)
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase)
                && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));

    // The same test as IUrlHelper.IsLocalUrl, without needing an action context.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
