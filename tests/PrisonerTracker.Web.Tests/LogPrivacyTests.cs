using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PrisonerTracker.Web.Tests.Support;
using Serilog.Core;

namespace PrisonerTracker.Web.Tests;

/// <summary>What reaches the log: paths and statuses, never what a reader typed or sent.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class LogPrivacyTests(TrackerApp app) : IAsyncLifetime
{
    private const string Typed = "SENTINELTYPED";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RequestLogHoldsNoQueryValueNoBodyAndTheStatusTheClientGot()
    {
        var sink = new CapturedLog();
        await using var logged = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILogEventSink>(sink)));
        var client = logged.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/detainees?q={Typed}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/detainees?minor={Typed}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/stats/summary?asOf={Typed}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/detainees?q={Typed}")).StatusCode);
        var body = new StringContent($$"""{"name":"{{Typed}}","nationalId":"{{Typed}}"}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/v1/detainees", body)).StatusCode);

        var log = sink.Text;
        Assert.Contains("HTTP GET /api/v1/detainees responded 400", log);
        Assert.Contains("HTTP GET /detainees responded 200", log);
        Assert.DoesNotContain(Typed, log);
        Assert.DoesNotContain("responded 500", log);
    }
}
