using System.Net;
using PrisonerTracker.Web.Api;
using PrisonerTracker.Web.Tests.Support;

namespace PrisonerTracker.Web.Tests.ScaleOut;

/// <summary>
/// Which database a request reads (ADR 17): the public and keys that have not just written read the
/// standby; a key's reads right after its write, staff sessions and writes use the primary.
/// </summary>
[Collection(StaleStandbyCollection.Name)]
public sealed class ReadRoutingTests(StaleStandbyApp app) : IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnonymousReadsComeFromTheStandby()
    {
        var page = await app.CreateClient().GetJsonAsync("/api/v1/detainees");

        Assert.Empty(page.Names());
    }

    [Fact]
    public async Task AKeyReadsItsOwnWriteFromThePrimaryThenTheStandbyAgain()
    {
        var writer = await app.ClientWithKeyAsync(StaffRole.Editor, "Routing writer");
        var other = await app.ClientWithKeyAsync(StaffRole.Editor, "Routing reader");
        var created = await writer.SendJsonAsync(HttpMethod.Post, "/api/v1/detainees", new { name = "Routing Test Person" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = (await created.JsonAsync()).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await writer.GetAsync($"/api/v1/detainees/{person}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/detainees/{person}")).StatusCode);

        app.Clock.Now = app.Clock.Now.AddSeconds(11);
        Assert.Equal(HttpStatusCode.NotFound, (await writer.GetAsync($"/api/v1/detainees/{person}")).StatusCode);
    }

    [Fact]
    public async Task AStaffSessionReadsThePrimary()
    {
        await app.CreateUserAsync("routing.editor@example.org");
        var browser = app.CreateBrowserLikeClient();
        await browser.SignInAsync("routing.editor@example.org");

        var page = await browser.GetJsonAsync("/api/v1/detainees");

        Assert.NotEmpty(page.Names());
    }
}
