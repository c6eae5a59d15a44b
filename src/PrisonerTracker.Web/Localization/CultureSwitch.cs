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

    /// <summary>
    /// The page to go back to: a local path only (not "//host", "/\host" or an absolute URL),
    /// without ?culture=…, which would otherwise override the choice just made.
    /// </summary>
    public static string SafeReturnUrl(string? returnUrl)
    {
        if (!IsLocal(returnUrl)) return "/";
        var queryStart = returnUrl!.IndexOf('?');
        if (queryStart < 0) return returnUrl;
        var path = returnUrl[..queryStart];
        var query = QueryHelpers.ParseQuery(returnUrl[queryStart..])
            .Where(p => !p.Key.Equals("culture", StringComparison.OrdinalIgnoreCase)
                && !p.Key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return QueryHelpers.AddQueryString(path, query);
    }

    // The same test as IUrlHelper.IsLocalUrl, without needing an action context.
    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
