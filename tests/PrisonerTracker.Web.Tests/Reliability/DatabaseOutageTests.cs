using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Reliability;

/// <summary>
/// With the database unreachable (nothing listens on its port), every request that needs it is
/// answered 503 with Retry-After, as problem details on the API and as a page for readers: an
/// outage is "come back shortly", never a 500 that looks like a bug.
/// </summary>
[Collection(TrackerAppCollection.Name)]
public sealed class DatabaseOutageTests(TrackerApp app)
{
    [Theory]
    [InlineData("/api/v1/detainees?q=a")]
    [InlineData("/api/v1/stats/summary")]
    [InlineData("/api/v1/facilities")]
    public async Task ApiAnswersServiceUnavailableWithRetryAfterGivenUnreachableDatabase(string url)
    {
        await using var down = Unreachable();
        var response = await down.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain("Npgsql", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PagesAnswerServiceUnavailableWithAFriendlyPageGivenUnreachableDatabase()
    {
        await using var down = Unreachable();
        var response = await down.CreateClient().GetAsync("/?culture=es");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("No disponible por un momento", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadinessIsUnhealthyGivenUnreachableDatabase()
    {
        await using var down = Unreachable();
        var response = await down.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Unreachable() =>
        app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Tracker",
            $"Host=127.0.0.1;Port={ClosedPort()};Database=none;Username=postgres;Timeout=3"));

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
