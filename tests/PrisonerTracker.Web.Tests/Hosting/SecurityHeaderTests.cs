using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.Hosting;

/// <summary>What a browser may do with our responses: the same limits on pages, API, files and errors.</summary>
[Collection(TrackerAppCollection.Name)]
public sealed class SecurityHeaderTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/detainees?culture=es", HttpStatusCode.OK)]
    [InlineData("/embed/timeseries", HttpStatusCode.OK)]
    [InlineData("/api/v1/detainees", HttpStatusCode.OK)]
    [InlineData("/api/v1/detainees?limit=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/detainees?q=%00", HttpStatusCode.BadRequest)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    public async Task EveryResponseRunsOnlyOurOwnFilesAndDeniesUnusedFeatures(string path, HttpStatusCode status)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        var policy = Directives(response);
        Assert.Equal("'self'", policy["default-src"]);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'none'", policy["base-uri"]);
        Assert.Equal("'self'", policy["form-action"]);
        Assert.False(policy.ContainsKey("style-src"), "styles fall back to default-src 'self': no inline styles");
        Assert.Equal(path.StartsWith("/embed") ? "*" : "'self'", policy["frame-ancestors"]);
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        var permissions = Single(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera", "microphone", "geolocation", "payment", "usb" })
            Assert.Contains($"{feature}=()", permissions);
        Assert.DoesNotContain("clipboard-write", permissions); // the citation's copy button uses it
    }

    [Fact]
    public async Task ApiReferenceAllowsItsOwnStyleElementAndDataImagesButNoOtherScript()
    {
        var response = await app.CreateClient().GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        Assert.Equal("'self'", policy["script-src"]);
        Assert.Matches("^'self' 'sha256-[A-Za-z0-9+/]{43}='$", policy["style-src"]);
        Assert.Equal("'self' data:", policy["img-src"]);
        Assert.Equal("'none'", policy["object-src"]);
        Assert.Equal("'self'", policy["frame-ancestors"]);
    }

    [Fact]
    public async Task HttpsResponsesAskBrowsersToStayOnHttps()
    {
        var https = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tracker.example") });
        Assert.StartsWith("max-age=", Single(await https.GetAsync("/"), "Strict-Transport-Security"));
        // Plain HTTP cannot set it (a network attacker could strip it anyway), and browsers ignore it there.
        Assert.False((await app.CreateClient().GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task DevelopmentMachinesAreNotToldToStayOnHttps()
    {
        using var development = app.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));
        var https = development.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://tracker.example") });
        var response = await https.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static Dictionary<string, string> Directives(HttpResponseMessage response) =>
        Single(response, "Content-Security-Policy").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', 2))
            .ToDictionary(d => d[0], d => d.Length > 1 ? d[1] : "");

    private static string Single(HttpResponseMessage response, string header) =>
        (response.Headers.TryGetValues(header, out var values) ? values : response.Content.Headers.GetValues(header)).Single();
}
