using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using PrisonerTracker.Web.Localization;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Localization;

/// <summary>The header's language switch: a POST to /culture that sets the cookie and goes back, locally only.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class CultureSwitchTests(TrackerApp app)
{
    [Fact]
    public async Task PostingSpanishSetsLongLivedCultureCookieAndRedirectsBack()
    {
        var response = await PostAsync("es", "/methodology");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/methodology", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Des%7Cuic%3Des;", cookie);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SwitchedLanguageIsRememberedOnLaterPages()
    {
        var client = app.CreateClient(); // keeps cookies, follows redirects
        var switched = await client.PostAsync("/culture", Form("es", "/"));
        Assert.Contains("Presos políticos", await switched.Content.ReadAsStringAsync());
        Assert.Contains("Cómo contamos", await client.GetStringAsync("/methodology"));
        await client.PostAsync("/culture", Form("en", "/"));
        Assert.Contains("How we count", await client.GetStringAsync("/methodology"));
    }

    [Fact]
    public async Task ReturnUrlKeepsItsQueryButDropsCultureOverride()
    {
        var response = await PostAsync("en", "/?culture=es&asOf=2026-01-13");
        Assert.Equal("/?asOf=2026-01-13", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    [InlineData("/\r\nSet-Cookie: stolen=1")]
    [InlineData("/methodology\nLocation: https://evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\u0085evil")]
    [InlineData(" /methodology")]
    public async Task ForeignOrMalformedReturnUrlGoesHomeInstead(string returnUrl)
    {
        var response = await PostAsync("es", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/\u00e9", "/%C3%A9")]
    [InlineData("/%C3%A9", "/%C3%A9")]
    [InlineData("/detainees?q=Roc\u00edo San Miguel", "/detainees?q=Roc%C3%ADo%20San%20Miguel")]
    [InlineData("/%2F%2Fevil.example", "/%2F%2Fevil.example")]
    [InlineData("/a b\"<x>#frag", "/a%20b%22%3Cx%3E%23frag")]
    public async Task ReturnUrlWithCharactersAHeaderCannotHoldIsPercentEncoded(string returnUrl, string location)
    {
        var response = await PostAsync("es", returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task VeryLongReturnUrlGoesHomeInstead()
    {
        var response = await PostAsync("es", "/" + new string('a', CultureSwitch.MaxReturnUrlLength));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        // Short enough as typed, too long once its non-ASCII characters are encoded.
        response = await PostAsync("es", "/" + new string('\u00e9', CultureSwitch.MaxReturnUrlLength / 2));
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task UnsupportedCultureSetsNoCookie()
    {
        var response = await PostAsync("fr", "/methodology");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task EveryPageHeaderOffersBothLanguagesPostingToCulture()
    {
        var html = await app.CreateClient().GetStringAsync("/methodology?culture=es");
        Assert.Contains("<form class=\"lang-switch\" method=\"post\" action=\"/culture\"", html);
        Assert.Contains("<input type=\"hidden\" name=\"Input.ReturnUrl\" value=\"/methodology?culture=es\" />", html);
        Assert.Contains("value=\"en\" lang=\"en\"", html);
        Assert.Matches("value=\"es\" lang=\"es\"\\s+aria-current=\"true\">Español<", html);
    }

    [Fact]
    public async Task CulturePageOpenedDirectlyOffersTheChoiceAndReturnsHome()
    {
        var html = await app.CreateClient().GetStringAsync("/culture?culture=es");
        Assert.Contains("<h1>Elegir idioma</h1>", html);
        Assert.Contains("name=\"Input.ReturnUrl\" value=\"/\"", html);
    }

    private Task<HttpResponseMessage> PostAsync(string culture, string returnUrl) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).PostAsync("/culture", Form(culture, returnUrl));

    private static FormUrlEncodedContent Form(string culture, string returnUrl) =>
        new([new("Input.Culture", culture), new("Input.ReturnUrl", returnUrl)]);
}
