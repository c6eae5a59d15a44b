using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PrisonerTracker.Web.Hosting;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so per-client rate
/// limits would throttle all readers together. The client address and scheme are taken from
/// <c>X-Forwarded-For</c>/<c>-Proto</c>, but only when the connection comes from a trusted proxy:
/// loopback by default, plus the addresses in <c>ForwardedHeaders:KnownProxies</c> (comma-separated).
/// </summary>
public static class ProxySetup
{
    public static WebApplicationBuilder AddTrackerProxies(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration["ForwardedHeaders:KnownProxies"] ?? "";
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        });
        return builder;
    }
}
