using System.Net;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests;

[Collection(TrackerAppCollection.Name)]
public sealed class HostTests(TrackerApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ReadinessIsHealthyGivenReachableDatabase()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HomePageShowsDemoHeadlineNumbersOnGivenDate()
    {
        var html = await app.CreateClient().GetStringAsync("/?asOf=2026-01-13");
        Assert.Matches(@"data-testid=""held""><span class=""number"" data-value=""11"">11<", html);
        Assert.Matches(@"data-testid=""released-verified""><span class=""number"" data-value=""1"">1<", html);
        Assert.Contains("more than 400", html);
    }

    [Fact]
    public async Task UnknownPageAnswersNotFoundWithFriendlyPage()
    {
        var response = await app.CreateClient().GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SwaggerDocumentIsServed()
    {
        var json = await app.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        Assert.Contains("\"PrisonerTracker API\"", json);
    }
}
