using System.Net;
using PrisonerTracker.Web.Tests.Browser;

namespace PrisonerTracker.Web.Tests.Hosting;

/// <summary>
/// Responses as the real server (Kestrel) writes them: it validates header values and adds its own
/// headers, which the in-memory test server does not.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KestrelResponseTests(BrowserApp app)
{
    [Theory]
    [InlineData("/\u00e9", "/%C3%A9")]
    [InlineData("/detainees?q=Roc\u00edo", "/detainees?q=Roc%C3%ADo")]
    [InlineData("/\r\n/evil.example", "/")]
    public async Task LanguageSwitchRedirectsWithAValidHeaderGivenNonAsciiReturnUrl(string returnUrl, string location)
    {
        using var client = Client();
        var response = await client.PostAsync("/culture", new FormUrlEncodedContent([new("Input.Culture", "es"), new("Input.ReturnUrl", returnUrl)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task HeadOnTheApiAnswersLikeGetWithoutBody()
    {
        using var client = Client();
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/detainees?limit=1"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/json", head.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(head.Headers.ETag);
        // Not "Content-Length: 0": that would describe an empty GET.
        Assert.NotEqual(0, head.Content.Headers.ContentLength ?? -1);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/detainees?limit=1")]
    [InlineData("/css/site.css")]
    public async Task ResponsesDoNotNameTheServer(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
}
