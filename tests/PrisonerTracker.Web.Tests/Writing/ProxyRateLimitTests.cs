using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Writing;

/// <summary>Behind a reverse proxy, anonymous readers are limited per client, not all together.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class ProxyRateLimitTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("10.0.0.7", "10.0.0.7", true)]
    [InlineData("10.0.0.7", null, false)]
    public async Task LimitsEachForwardedClientSeparatelyOnlyBehindATrustedProxy(string proxy, string? knownProxies, bool perClient)
    {
        await using var limited = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("RateLimiting:AnonymousPerMinute", "2");
            if (knownProxies is not null) b.UseSetting("ForwardedHeaders:KnownProxies", knownProxies);
            b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(proxy))));
        });
        var client = limited.CreateClient();

        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await GetAsFromAsync(client, "203.0.113.1")).StatusCode);
        await ProblemAssert.IsProblemAsync(await GetAsFromAsync(client, "203.0.113.1"), HttpStatusCode.TooManyRequests);

        var other = await GetAsFromAsync(client, "203.0.113.2");
        Assert.Equal(perClient ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsFromAsync(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats/summary");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return client.SendAsync(request);
    }

    /// <summary>The test server has no socket: every request is made to come from <paramref name="address"/>.</summary>
    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
