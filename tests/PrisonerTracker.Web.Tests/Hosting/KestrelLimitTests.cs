using System.Net;
using System.Text;
using PrisonerTracker.Web.Tests.Browser;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Hosting;

/// <summary>
/// What one request may send, on the real server (Kestrel): a body over 1 MiB is refused 413 before
/// anything reads it (problem details on the API, the error page for a form), a request line over
/// 8 KiB 414, headers over 32 KiB 431. Nothing a client sends can make the server buffer without bound.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KestrelLimitTests(BrowserApp app)
{
    [Fact]
    public async Task FormOverOneMebibyteIsRefusedTooLarge()
    {
        using var client = Client();
        var form = new FormUrlEncodedContent([new("Input.Culture", "en"), new("Input.ReturnUrl", "/" + new string('x', 1100 * 1024))]);

        var response = await client.PostAsync("/culture?culture=es", form);

        // The page's text is checked in RequestLimitTests: Kestrel closes the connection of an unread body.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ApiBodyOverOneMebibyteIsRefusedAsProblemDetails()
    {
        using var client = Client();
        var key = await app.CreateApiKeyAsync(PrisonerTracker.Web.Api.StaffRole.Editor);
        client.DefaultRequestHeaders.Authorization = new("Bearer", key.Key);
        var body = new StringContent($$"""{"name":"{{new string('x', 1100 * 1024)}}"}""", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/api/v1/detainees", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task HeadersOverThirtyTwoKibibytesAreRefused()
    {
        using var client = Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats/summary");
        for (var i = 0; i < 5; i++) request.Headers.Add($"X-Filler-{i}", new string('h', 8 * 1024));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RequestLineOverEightKibibytesIsRefused()
    {
        using var client = Client();
        var response = await client.GetAsync("/api/v1/detainees?q=" + new string('a', 9 * 1024));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Fact]
    public async Task ModestHeadersAndBodiesAreServed()
    {
        using var client = Client();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/stats/summary");
        request.Headers.Add("X-Filler", new string('h', 16 * 1024));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
}
