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

    private HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
}
