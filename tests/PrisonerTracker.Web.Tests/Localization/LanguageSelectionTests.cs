using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Localization;

/// <summary>Which language a page is served in: query string, then cookie, then Accept-Language, else English.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class LanguageSelectionTests(TrackerApp app) : IAsyncLifetime
{
    private const string EnglishHeading = "Political prisoners: claims and verified facts";
    private const string SpanishHeading = "Presos políticos: cifras oficiales y hechos verificados";

    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task HomePageIsEnglishWithoutAnyLanguageHint()
    {
        var html = await app.CreateClient().GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(EnglishHeading, html);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/detainees")]
    [InlineData("/methodology")]
    public async Task PagesTellCachesTheyVaryByLanguageAndCookie(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains("Cookie", response.Headers.Vary);
    }

    [Theory]
    [InlineData("fr-FR,fr;q=0.9")]
    [InlineData("de")]
    public async Task UnsupportedAcceptLanguageFallsBackToEnglish(string acceptLanguage)
    {
        var html = await GetAsync("/", acceptLanguage: acceptLanguage);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains(EnglishHeading, html);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-VE,es;q=0.9,en;q=0.5")]
    [InlineData("fr;q=0.9,es;q=0.8")]
    public async Task SpanishAcceptLanguageGivesSpanish(string acceptLanguage)
    {
        var html = await GetAsync("/", acceptLanguage: acceptLanguage);
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains(SpanishHeading, html);
    }

    [Fact]
    public async Task CultureQueryStringGivesSpanish()
    {
        var html = await app.CreateClient().GetStringAsync("/?culture=es");
        Assert.Contains(SpanishHeading, html);
        Assert.Contains("Saltar al contenido principal", html);
    }

    [Fact]
    public async Task CultureCookieWinsOverAcceptLanguage()
    {
        var html = await GetAsync("/", acceptLanguage: "en-US", cookie: ".AspNetCore.Culture=c%3Des%7Cuic%3Des");
        Assert.Contains(SpanishHeading, html);
    }

    [Fact]
    public async Task SpanishPageFormatsDatesAndClaimWordingInSpanish()
    {
        var html = await app.CreateClient().GetStringAsync("/?culture=es&asOf=2026-01-13");
        Assert.Contains("<time datetime=\"2026-01-13\">13 de enero de 2026</time>", html);
        Assert.Contains("más de 400", html);
        Assert.Contains("entre 60 y 70", html);
        Assert.DoesNotContain("more than 400", html);
    }

    [Fact]
    public async Task NotFoundPageIsLocalized()
    {
        var response = await Client().SendAsync(Request("/no-such-page", acceptLanguage: "es"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Página no encontrada", await response.Content.ReadAsStringAsync());
    }

    private HttpClient Client() => app.CreateClient();

    private async Task<string> GetAsync(string url, string? acceptLanguage = null, string? cookie = null)
    {
        var response = await Client().SendAsync(Request(url, acceptLanguage, cookie));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static HttpRequestMessage Request(string url, string? acceptLanguage = null, string? cookie = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        if (cookie is not null) request.Headers.Add("Cookie", cookie);
        return request;
    }
}
