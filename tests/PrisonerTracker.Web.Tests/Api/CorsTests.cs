using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Api;

/// <summary>Browser clients on other sites can read the API, and write with a key they send themselves.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CorsTests(TrackerApp app) : IAsyncLifetime
{
    private const string Origin = "https://newsroom.example";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadFromAnotherOriginIsAllowedAndSeesTheCachingAndPagingHeaders()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/detainees?limit=1");
        request.Headers.Add("Origin", Origin);
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        var exposed = Header(response, "Access-Control-Expose-Headers");
        Assert.Contains("ETag", exposed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Link", exposed, StringComparison.OrdinalIgnoreCase);
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task PreflightForAWriteWithAKeyIsAnswered()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/detainees");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        var response = await app.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PagesAreNotOpenedToOtherOrigins()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/detainees");
        request.Headers.Add("Origin", Origin);
        var response = await app.CreateClient().SendAsync(request);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
