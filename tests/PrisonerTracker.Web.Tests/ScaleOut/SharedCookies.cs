using System.Collections.Concurrent;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// A browser's cookie jar shared by clients of different instances, as a load balancer makes one
/// browser talk to several. Requests say they came over HTTPS through the (loopback, trusted)
/// proxy, as behind a TLS-terminating load balancer, so Secure cookies and antiforgery work;
/// each client has its own forwarded address unless given one (rate limits count per address).
/// </summary>
public sealed class SharedCookies
{
    private readonly ConcurrentDictionary<string, string> _cookies = new();

    public HttpClient ClientFor(AppInstance instance, string? clientAddress = null) =>
        new(new Handler(this, clientAddress ?? RandomAddress()) { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = instance.BaseAddress,
        };

    public static string RandomAddress() => $"198.18.{Random.Shared.Next(0, 256)}.{Random.Shared.Next(1, 255)}";

    private sealed class Handler(SharedCookies jar, string clientAddress) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", clientAddress);
            if (!jar._cookies.IsEmpty)
                request.Headers.Add("Cookie", string.Join("; ", jar._cookies.Select(c => $"{c.Key}={c.Value}")));
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
                foreach (var setCookie in setCookies) jar.Take(setCookie);
            return response;
        }
    }

    private void Take(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var equals = pair.IndexOf('=');
        if (equals <= 0) return;
        var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
        var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || value.Length == 0;
        if (expired) _cookies.TryRemove(name, out _);
        else _cookies[name] = value;
    }
}
